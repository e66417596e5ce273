"""Validation of facilitators' own prompts: the same limits as the built-in library."""

import pytest

from bot.errors import InvalidInput
from bot.prompts.custom import (
    BODY_MAX,
    EXERCISE_MAX,
    QUESTION_MAX,
    TITLE_MAX,
    PromptDraft,
    custom_id,
    custom_number,
    validate_draft,
)
from bot.prompts.model import missing_labels

TOPICS = frozenset({"coping-skills", "sleep"})


def _draft(**changes: object) -> PromptDraft:
    values: dict[str, object] = {
        "topic": "sleep",
        "title": "Wind-down routine",
        "body": "A regular routine tells your body it is time to rest.",
        "question": "What helps you wind down?",
        "exercise": None,
    }
    values.update(changes)
    return PromptDraft(**values)  # type: ignore[arg-type]


def test_a_valid_draft_is_tidied() -> None:
    draft = _draft(title="  Wind-down  ", body="Line one.  \r\nLine two.\n\n", exercise="   ")
    clean = validate_draft(draft, TOPICS)
    assert clean.title == "Wind-down"
    assert clean.body == "Line one.\nLine two."
    assert clean.exercise is None


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("title", TITLE_MAX),
        ("body", BODY_MAX),
        ("question", QUESTION_MAX),
        ("exercise", EXERCISE_MAX),
    ],
)
def test_limits_are_enforced(field: str, limit: int) -> None:
    validate_draft(_draft(**{field: "x" * limit}), TOPICS)
    with pytest.raises(InvalidInput, match="the limit is"):
        validate_draft(_draft(**{field: "x" * (limit + 1)}), TOPICS)


def test_body_limit_is_1200() -> None:
    assert BODY_MAX == 1200


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": " "}, "title can't be empty"),
        ({"body": ""}, "text can't be empty"),
        ({"question": "\n"}, "question can't be empty"),
        ({"topic": "astrology"}, "isn't one of the topics"),
        ({"title": "two\nlines"}, "single line"),
    ],
)
def test_bad_drafts_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        validate_draft(_draft(**changes), TOPICS)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("custom-1", 1),
        ("custom-42", 42),
        (" CUSTOM-7 ", 7),
        ("custom-0", None),
        ("custom-", None),
        ("sleep-1", None),
        ("custom-1x", None),
    ],
)
def test_custom_ids(typed: str, number: int | None) -> None:
    assert custom_number(typed) == number
    if number is not None:
        assert custom_id(number) == f"custom-{number}"


@pytest.mark.parametrize(
    ("granted", "thread", "asked"),
    [
        (set(), False, ["View Channel"]),
        ({"view_channel"}, False, ["Send Messages"]),
        ({"view_channel", "send_messages"}, True, ["Embed Links", "Create Public Threads"]),
        ({"view_channel", "send_messages", "embed_links"}, False, []),
        ({"view_channel", "send_messages", "embed_links"}, True, ["Create Public Threads"]),
    ],
)
def test_only_root_causes_of_missing_permissions_are_named(
    granted: set[str], thread: bool, asked: list[str]
) -> None:
    assert missing_labels(frozenset(granted), thread) == asked
