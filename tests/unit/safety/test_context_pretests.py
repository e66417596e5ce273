"""The literal pre-tests in context.py (over the patterns in the cues package) must never skip a pattern that could match."""

from __future__ import annotations

import importlib
import re

import pytest

from bot.safety import context
from bot.safety.cues import clauses, figures, impulses, questions
from bot.safety.keys import required_sets

_parser = importlib.import_module("re._parser")


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (impulses.ALMOST, ("almost", "nearly", "close to")),
        (impulses.ACCIDENT, ("accident", "by mistake")),
        (questions.ASKED, ("ask", "wondered", "checked")),
    ],
)
def test_pretest_literals_cover_every_required_key(
    pattern: re.Pattern[str], literals: tuple[str, ...]
) -> None:
    """Every key some match must contain includes one of the pre-test's literals."""
    (keys, *_) = required_sets(list(_parser.parse(pattern.pattern, pattern.flags)), True)
    assert all(any(literal in key for literal in literals) for key in keys)


@pytest.mark.parametrize(
    "text",
    ["lol", "haha lol ok", "/j", "that was /s", "jk", "jk jk", "lol.", "  lol  lol !"],
)
def test_joke_pretest_admits_every_joke(text: str) -> None:
    ctx = context.Context(text)
    assert figures.JOKE.search(text) or clauses.LAUGH_ONLY.match(text)
    assert ctx._may_joke


def test_pretests_skip_plain_text() -> None:
    ctx = context.Context("i want to drink tonight")
    assert not ctx._may_joke
    assert not ctx._may_almost
    assert not ctx._may_accident
    assert not ctx._may_ask
