"""Facilitators' own prompts: ids and the validation they share with the built-in library."""

import re
from dataclasses import dataclass

from bot.errors import InvalidInput

CUSTOM_PREFIX = "custom-"
_CUSTOM_ID = re.compile(r"^custom-([1-9][0-9]{0,8})$")

# The limits every prompt meets, shipped or written by a facilitator. They keep a post inside
# Discord's embed limits (field values are at most 1,024 characters) and readable on a phone.
TITLE_MAX = 100
BODY_MAX = 1200
QUESTION_MAX = 300
EXERCISE_MAX = 600
MAX_CUSTOM_PER_GUILD = 200

_LIMITS = {"title": TITLE_MAX, "body": BODY_MAX, "question": QUESTION_MAX, "exercise": EXERCISE_MAX}
_LABELS = {"title": "title", "body": "text", "question": "question", "exercise": "exercise"}


@dataclass(frozen=True, slots=True)
class PromptDraft:
    """What a facilitator typed into the add or edit form."""

    topic: str
    title: str
    body: str
    question: str
    exercise: str | None = None


def custom_id(number: int) -> str:
    """The id of a guild's ``number``-th custom prompt."""
    return f"{CUSTOM_PREFIX}{number}"


def custom_number(prompt_id: str) -> int | None:
    """The number in ``custom-<n>``, or ``None`` if ``prompt_id`` is not a custom id."""
    match = _CUSTOM_ID.match(prompt_id.strip().lower())
    return int(match.group(1)) if match else None


def _clean(text: str | None) -> str:
    # Trailing spaces and Windows line endings pasted from documents are noise.
    return "\n".join(
        line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")
    ).strip()


def validate_draft(draft: PromptDraft, topics: frozenset[str]) -> PromptDraft:
    """The draft tidied up, or a kind :class:`InvalidInput` naming the first problem."""
    if draft.topic not in topics:
        raise InvalidInput(
            f"“{draft.topic[:40]}” isn't one of the topics. Choose one of: "
            + ", ".join(sorted(topics))
            + "."
        )
    values = {
        "title": _clean(draft.title),
        "body": _clean(draft.body),
        "question": _clean(draft.question),
        "exercise": _clean(draft.exercise),
    }
    for name in ("title", "body", "question"):
        if not values[name]:
            raise InvalidInput(f"The {_LABELS[name]} can't be empty. Nothing was saved.")
    for name, limit in _LIMITS.items():
        if len(values[name]) > limit:
            raise InvalidInput(
                f"The {_LABELS[name]} is {len(values[name]):,} characters; the limit is "
                f"{limit:,}. Nothing was saved."
            )
    if "\n" in values["title"]:
        raise InvalidInput("The title must be a single line. Nothing was saved.")
    return PromptDraft(
        topic=draft.topic,
        title=values["title"],
        body=values["body"],
        question=values["question"],
        exercise=values["exercise"] or None,
    )
