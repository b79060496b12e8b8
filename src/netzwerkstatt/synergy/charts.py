"""The gap heatmap as a table: a row per target group, a column per topic.

A table rather than a picture: it reads cell by cell with a screen reader, its text never
shrinks, and on a phone it scrolls inside its region while the first column stays in place.
Colours come from CSS classes (`hm-gap-0` … `hm-gap-3`, `hm-covered`, `hm-empty`): the
Content-Security-Policy forbids inline styles. Colour is never the only signal: every cell
carries its numbers as text.
"""

from dataclasses import dataclass

from netzwerkstatt.core.models import TargetGroup
from netzwerkstatt.synergy.selectors import GapCell, GapOverview

# Needs-without-offer scale: four steps of one hue, each light or dark enough for its text.
GAP_STEPS = 4


@dataclass
class HeatCell:
    cell: GapCell
    tone: str

    @property
    def crowded(self) -> bool:
        return self.cell.is_crowded


@dataclass
class HeatRow:
    target_group: TargetGroup
    cells: list[HeatCell]


@dataclass
class Heatmap:
    column_labels: list[str]
    rows: list[HeatRow]


def _tone(cell: GapCell, peak: int) -> str:
    if cell.is_gap:
        count = len(cell.uncovered_needs) or len(cell.needs)
        step = min(GAP_STEPS - 1, (count * GAP_STEPS - 1) // max(peak, 1))
        return f"hm-gap-{step}"
    if cell.needs or cell.offers:
        return "hm-covered"
    return "hm-empty"


def heatmap(overview: GapOverview, *, no_topic_label: str) -> Heatmap:
    peak = max((len(c.uncovered_needs) or len(c.needs) for c in overview.cells()), default=1)
    return Heatmap(
        column_labels=[topic.label if topic else no_topic_label for topic in overview.topics],
        rows=[
            HeatRow(
                target_group=group,
                cells=[HeatCell(cell=cell, tone=_tone(cell, peak)) for cell in cells_of_row],
            )
            for group, cells_of_row in zip(overview.target_groups, overview.rows, strict=True)
        ],
    )
