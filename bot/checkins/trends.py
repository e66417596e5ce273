"""Group trends with small-cell suppression, and a participant's own streak."""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class DayRow:
    """Aggregates of one group's day as the database computes them, person by person: each
    participant's answers that day are averaged first, so checking in often weighs no more."""

    day: str
    channel_id: int
    participants: int
    mean_mood: float
    mean_cravings: float
    used_yes: int  # participants who said they used
    used_answered: int  # participants who answered the question at all


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
        """Whether no group had k distinct participants that day."""
        return self.participants is None


def suppress(rows: list[DayRow], k: int) -> list[DayCell]:
    """Per-day cells over the groups in ``rows``, each group's day counted only when it had at
    least ``k`` distinct participants (k is at least 2).

    A group's small day is left out of every total, not just hidden on its own: were it in the
    all-groups total, that total minus the other groups' would give its answers. The share who
    used is shown only when ``k`` people answered and not all of them said yes, since a share of
    100% tells what each of them answered.
    """
    k = max(2, k)
    by_day: dict[str, list[DayRow]] = {}
    for row in rows:
        by_day.setdefault(row.day, []).append(row)
    cells = []
    for day, group_days in by_day.items():
        shown = [row for row in group_days if row.participants >= k]
        people = sum(row.participants for row in shown)
        if not shown:
            cells.append(DayCell(day, None, None, None, None))
            continue
        mood = sum(row.mean_mood * row.participants for row in shown) / people
        cravings = sum(row.mean_cravings * row.participants for row in shown) / people
        used_yes = sum(row.used_yes for row in shown)
        answered = sum(row.used_answered for row in shown)
        share = used_yes / answered if answered >= k and used_yes < answered else None
        cells.append(
            DayCell(
                day,
                people,
                round(mood, 1),
                round(cravings, 1),
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
