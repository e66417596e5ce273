"""Group trends with small-cell suppression, and a participant's own streak."""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class DayRow:
    """Aggregates of one day as the database computes them."""

    day: str
    participants: int
    checkins: int
    mean_mood: float
    mean_cravings: float
    used_yes: int
    used_answered: int


@dataclass(frozen=True, slots=True)
class DayCell:
    """What a facilitator may see of one day: numbers only when enough people answered."""

    day: str
    participants: int | None  # None: suppressed
    mean_mood: float | None
    mean_cravings: float | None
    used_share: float | None

    @property
    def suppressed(self) -> bool:
        """Whether the day had fewer than k distinct participants."""
        return self.participants is None


def suppress(rows: list[DayRow], k: int) -> list[DayCell]:
    """Hide every day with fewer than ``k`` distinct participants (k is at least 2)."""
    k = max(2, k)
    cells = []
    for row in rows:
        if row.participants < k:
            cells.append(DayCell(row.day, None, None, None, None))
            continue
        share = row.used_yes / row.used_answered if row.used_answered >= k else None
        cells.append(
            DayCell(
                row.day,
                row.participants,
                round(row.mean_mood, 1),
                round(row.mean_cravings, 1),
                None if share is None else round(share, 2),
            )
        )
    return cells


def streak(days: set[date], today: date) -> int:
    """Consecutive days with a check-in, ending today (or yesterday, if not yet today)."""
    current = today if today in days else today - timedelta(days=1)
    count = 0
    while current in days:
        count += 1
        current -= timedelta(days=1)
    return count
