"""Geometry of the gap heatmap, drawn as SVG by synergy/_heatmap.svg.

No chart library draws an accessible heatmap as static SVG without JavaScript or inline styles
(which the Content-Security-Policy forbids); a grid of labelled rectangles is all it takes.
Colour is never the only signal: every cell carries its numbers as text, and the same numbers
are in a table next to the picture.
"""

from dataclasses import dataclass

from netzwerkstatt.synergy.selectors import GapCell, GapOverview

CELL_W, CELL_H = 96, 52
ROW_LABEL_W, COLUMN_LABEL_H = 190, 165
# Needs-without-offer scale: four steps of one hue, each dark enough for its text colour.
GAP_FILLS = ["#fde7e4", "#f7b8ae", "#e2735f", "#b3261e"]
COVERED_FILL = "#e6f2ea"
EMPTY_FILL = "#f6f7f9"


@dataclass
class HeatCell:
    x: int
    y: int
    fill: str
    text_colour: str
    cell: GapCell
    crowded: bool


@dataclass
class Heatmap:
    width: int
    height: int
    cells: list[HeatCell]
    row_labels: list[tuple[int, str]]
    column_labels: list[tuple[int, str]]
    row_label_x: int = ROW_LABEL_W - 8
    column_label_y: int = COLUMN_LABEL_H - 8


def _fill(cell: GapCell, peak: int) -> tuple[str, str]:
    if cell.is_gap:
        count = len(cell.uncovered_needs) or len(cell.needs)
        step = min(len(GAP_FILLS) - 1, (count * len(GAP_FILLS) - 1) // max(peak, 1))
        return GAP_FILLS[step], "#ffffff" if step >= 2 else "#1d2330"
    if cell.needs or cell.offers:
        return COVERED_FILL, "#1d2330"
    return EMPTY_FILL, "#4a5363"


def heatmap(overview: GapOverview, *, no_topic_label: str) -> Heatmap:
    peak = max((len(c.uncovered_needs) or len(c.needs) for c in overview.cells()), default=1)
    cells = []
    for row, cells_of_row in enumerate(overview.rows):
        for column, cell in enumerate(cells_of_row):
            fill, text = _fill(cell, peak)
            cells.append(
                HeatCell(
                    x=ROW_LABEL_W + column * CELL_W,
                    y=COLUMN_LABEL_H + row * CELL_H,
                    fill=fill,
                    text_colour=text,
                    cell=cell,
                    crowded=cell.is_crowded,
                )
            )
    return Heatmap(
        width=ROW_LABEL_W + CELL_W * len(overview.topics) + 4,
        height=COLUMN_LABEL_H + CELL_H * len(overview.target_groups) + 4,
        cells=cells,
        row_labels=[
            (COLUMN_LABEL_H + row * CELL_H + CELL_H // 2 + 5, group.label)
            for row, group in enumerate(overview.target_groups)
        ],
        column_labels=[
            (ROW_LABEL_W + column * CELL_W + CELL_W // 2, topic.label if topic else no_topic_label)
            for column, topic in enumerate(overview.topics)
        ],
    )
