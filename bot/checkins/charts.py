"""PNG charts of mood and cravings (matplotlib, non-interactive backend)."""

import io
from collections.abc import Sequence
from typing import Any


def _pyplot() -> Any:
    """pyplot with the non-interactive backend, imported on first use (it is slow to load)."""
    import matplotlib

    matplotlib.use("Agg")  # no display: render to memory only
    from matplotlib import pyplot

    return pyplot


def trend_chart(
    title: str,
    days: Sequence[str],
    mood: Sequence[float | None],
    cravings: Sequence[float | None],
) -> bytes:
    """A line chart of mood and cravings per day; gaps where values are missing or hidden."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(7, 3.2), dpi=100)
    try:
        positions = list(range(len(days)))
        axes.plot(
            positions,
            [float("nan") if v is None else v for v in mood],
            marker="o",
            label="Mood (1-10)",
        )
        axes.plot(
            positions,
            [float("nan") if v is None else v for v in cravings],
            marker="s",
            label="Cravings (0-10)",
        )
        axes.set_ylim(0, 10.5)
        axes.set_title(title)
        step = max(1, len(days) // 7)
        axes.set_xticks(positions[::step], [day[5:] for day in days][::step])
        axes.grid(alpha=0.3)
        axes.legend(loc="upper left", fontsize="small")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)
