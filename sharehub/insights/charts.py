"""Where the shapes of the page's SVG charts go: plain numbers the templates draw
(templates/insights/includes/bar_chart.html and column_chart.html). The figures
themselves come from the database (selectors); these only scale them."""

from dataclasses import dataclass

WIDTH = 480
BAR = "#1d70b8"  # GOV.UK blue: 5.2:1 against white, more than the 3:1 a shape needs
TEXT = "#0b0c0c"


@dataclass
class Bar:
    label: str
    value: object
    x: float
    y: float
    width: float
    height: float
    text_x: float
    text_y: float
    label_y: float = 0


def bar_chart(figure, *, row_height: int = 56) -> dict:
    """Horizontal bars, one a row: the row's name above its bar, the value after it."""
    bars = []
    usable = WIDTH - 70
    for i, bar in enumerate(figure.bars):
        top = i * row_height
        width = usable * bar["percent"] / 100
        bars.append(
            Bar(
                label=bar["label"],
                value=bar["value"],
                x=0,
                y=top + 26,
                width=width,
                height=20,
                text_x=width + 8,
                text_y=top + 43,
                label_y=top + 19,
            )
        )
    return {"bars": bars, "width": WIDTH, "height": max(len(bars) * row_height, row_height)}


def column_chart(figure, *, height: int = 260) -> dict:
    """Vertical columns, one a row (a month), with the value above each column and
    the row's name below every column or every few when there are many."""
    rows = figure.bars
    count = max(len(rows), 1)
    step = WIDTH / count
    plot = height - 70  # room for the values above and the names below
    every = 1 if count <= 6 else (2 if count <= 13 else (4 if count <= 26 else 12))
    columns = []
    for i, bar in enumerate(rows):
        column_height = plot * bar["percent"] / 100
        x = i * step + step * 0.15
        columns.append(
            {
                "label": bar["label"],
                "short": _short(bar["label"]) if i % every == 0 else "",
                "value": bar["value"] if count <= 13 else "",
                "x": round(x, 1),
                "width": round(step * 0.7, 1),
                "y": round(24 + plot - column_height, 1),
                "height": round(column_height, 1),
                "middle": round(x + step * 0.35, 1),
                # a name at either end is kept inside the chart
                "anchor": "start" if x < 24 else ("end" if x + step > WIDTH - 24 else "middle"),
                "label_x": round(
                    0 if x < 24 else (WIDTH if x + step > WIDTH - 24 else x + step * 0.35), 1
                ),
                "value_y": round(18 + plot - column_height, 1),
            }
        )
    return {"columns": columns, "width": WIDTH, "height": height, "baseline": 24 + plot}


def _short(label: str) -> str:
    """ "January 2026" → "Jan 26" (the table beside the chart has the full name)."""
    parts = label.split()
    if len(parts) == 2 and parts[1].isdigit():
        return f"{parts[0][:3]} {parts[1][2:]}"
    return label
