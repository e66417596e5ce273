"""What a check-in asks, how answers are validated, and which answers are worrying."""

from dataclasses import dataclass
from enum import StrEnum

from bot.errors import InvalidInput


class Used(StrEnum):
    """Whether the participant used since their last check-in."""

    YES = "yes"
    NO = "no"
    UNSAID = "unsaid"  # prefer not to say

    @property
    def label(self) -> str:
        """How the answer reads to people."""
        return {"yes": "yes", "no": "no", "unsaid": "prefer not to say"}[self.value]


_USED_WORDS = {
    "yes": Used.YES,
    "y": Used.YES,
    "no": Used.NO,
    "n": Used.NO,
    "prefer not to say": Used.UNSAID,
    "prefer not": Used.UNSAID,
    "skip": Used.UNSAID,
    "unsaid": Used.UNSAID,
    "": Used.UNSAID,
}


@dataclass(frozen=True, slots=True)
class Answers:
    """A validated check-in."""

    mood: int
    cravings: int
    used: Used
    note: str | None


def _number(raw: str, what: str, low: int, high: int) -> int:
    cleaned = raw.strip().removesuffix(f"/{high}").strip()
    try:
        value = int(cleaned)
    except ValueError:
        raise InvalidInput(
            f"{what} should be a whole number from {low} to {high} (you wrote “{raw.strip()[:20]}”). "
            "Nothing was saved; please try again."
        ) from None
    if not low <= value <= high:
        raise InvalidInput(
            f"{what} should be from {low} to {high} (you wrote {value}). Nothing was saved; "
            "please try again."
        )
    return value


def parse_answers(mood: str, cravings: str, used: str, note: str, *, note_max: int) -> Answers:
    """Validate the raw modal fields; raises a kind :class:`InvalidInput` naming the problem."""
    used_key = used.strip().lower()
    if used_key not in _USED_WORDS:
        raise InvalidInput(
            "For “used since your last check-in”, answer yes, no, or prefer not to say. "
            "Nothing was saved; please try again."
        )
    cleaned_note = note.strip()
    if len(cleaned_note) > note_max:
        raise InvalidInput(
            f"The note can be at most {note_max} characters (yours has {len(cleaned_note)}). "
            "Nothing was saved."
        )
    return Answers(
        mood=_number(mood, "Mood", 1, 10),
        cravings=_number(cravings, "Cravings", 0, 10),
        used=_USED_WORDS[used_key],
        note=cleaned_note or None,
    )


def worrying(answers: Answers, note_escalates: bool) -> list[str]:
    """Why these answers call for support (empty when they don't)."""
    reasons = []
    if answers.mood <= 2:
        reasons.append("very low mood")
    if answers.cravings >= 9:
        reasons.append("very strong cravings")
    if answers.used is Used.YES:
        reasons.append("use since the last check-in")
    if note_escalates:
        reasons.append("what you wrote in your note")
    return reasons


def summary_line(answers: Answers) -> str:
    """The answers in one line (what a counselor sees when asked to reach out)."""
    return (
        f"Check-in: mood {answers.mood}/10, cravings {answers.cravings}/10, "
        f"used since last check-in: {answers.used.label}"
    )
