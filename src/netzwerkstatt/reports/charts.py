"""Geometry of the report's bar charts, drawn as SVG by reports/_bar_chart.html.

As for the gap heatmap (synergy/charts.py), no chart library renders static, accessible SVG
without JavaScript or inline styles, which the Content-Security-Policy forbids. Horizontal
bars with their label and number as text are all a funder's chart needs; every chart stands
next to a table with the same numbers.
"""

from dataclasses import dataclass

LABEL_W, BAR_MAX_W, VALUE_W = 230, 300, 50
ROW_H, BAR_H, TOP = 30, 20, 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int
    text_y: int


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    bars: list[Bar]
    width: int = LABEL_W + BAR_MAX_W + VALUE_W
    bar_x: int = LABEL_W
    label_x: int = LABEL_W - 8
    bar_height: int = BAR_H

    @property
    def height(self) -> int:
        return TOP * 2 + ROW_H * len(self.bars)


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(title: str, description: str, rows: list[tuple[str, int]]) -> BarChart:
    peak = max((value for _label, value in rows), default=0)
    bars = []
    for index, (label, value) in enumerate(rows):
        y = TOP + index * ROW_H
        width = round(BAR_MAX_W * value / peak) if peak else 0
        bars.append(
            Bar(label=_short(label), value=value, y=y, width=width, text_y=y + BAR_H // 2 + 5)
        )
    return BarChart(title=title, description=description, bars=bars)
