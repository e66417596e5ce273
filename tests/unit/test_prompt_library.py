"""The shipped prompt library: schema, quality checks on the content, and loader errors.

The content checks are deliberately simple and fast. They catch slips (a stigmatising word, a
copy-pasted prompt, a wall of text), not every way a prompt can be poor: people still review
the writing.
"""

import dataclasses
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from bot.prompts import custom
from bot.prompts.library import (
    MAX_BODY,
    MAX_EXERCISE,
    MAX_TITLE,
    LibraryError,
    Prompt,
    PromptLibrary,
    load_library,
)

LIBRARY = load_library()
PROMPTS = LIBRARY.prompts

EXPECTED_TOPICS = {
    "cbt",
    "dbt",
    "motivational",
    "mindfulness",
    "relapse_prevention",
    "coping",
    "connection",
    "family",
    "body",
    "understanding",
    "gratitude",
}

# Word-bounded, case-insensitive. Labels that reduce a person to a condition.
BANNED_WORDS = (
    "addict",
    "addicts",
    "junkie",
    "junkies",
    "alcoholic",
    "alcoholics",
    "abuser",
    "abusers",
    "druggie",
    "druggies",
)
BANNED_PHRASES = (
    r"substance abuse",
    r"drug abuse",
    # "clean" / "dirty" about a person or a drug test.
    r"(?:clean|dirty) (?:test|tests|urine|screen|screens|sample|samples|drug test)",
    r"(?:stay|stays|staying|stayed|get|gets|getting|got|be|being|am|is|are|was|were|been) clean",
)
# Prompts explain ideas; they never give dosing or medication instructions.
MEDICAL_WORDS = r"\b(?:mg|milligrams?|dosage|dosing|overdose on purpose|taper|tapering)\b"

# Jaccard similarity of word 4-shingles. Distinct prompts score near 0; a light rewording of
# one prompt scores well above this.
NEAR_DUPLICATE = 0.3

SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n+")
WORD = re.compile(r"[A-Za-z0-9']+")


def _texts(prompt: Prompt) -> list[str]:
    return [prompt.title, prompt.body, prompt.question, prompt.exercise or ""]


def _sentences(text: str) -> list[str]:
    return [part for part in SENTENCE_END.split(text) if WORD.search(part)]


def _shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = [word.lower() for word in WORD.findall(text)]
    return {tuple(words[index : index + size]) for index in range(len(words) - size + 1)}


def _jaccard(left: set[tuple[str, ...]], right: set[tuple[str, ...]]) -> float:
    return len(left & right) / len(left | right) if left | right else 0.0


# The shipped files ---------------------------------------------------------------------------


def test_the_shipped_library_has_enough_prompts_in_every_topic() -> None:
    counts = Counter(prompt.topic for prompt in PROMPTS)
    assert len(PROMPTS) >= 96
    assert len(LIBRARY.topics) >= 10
    assert {topic.slug for topic in LIBRARY.topics} >= EXPECTED_TOPICS
    assert set(counts) == {topic.slug for topic in LIBRARY.topics}
    thin = {slug: count for slug, count in counts.items() if count < 8}
    assert thin == {}


def test_topics_have_short_unique_labels() -> None:
    labels = [topic.label for topic in LIBRARY.topics]
    assert len(set(labels)) == len(labels)
    assert all(0 < len(label) <= 100 for label in labels)  # a Discord select option label


def test_ids_and_titles_are_unique() -> None:
    ids = [prompt.id for prompt in PROMPTS]
    titles = [prompt.title.lower() for prompt in PROMPTS]
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    assert [name for name, count in Counter(titles).items() if count > 1] == []


def test_ids_start_with_their_topic_and_every_prompt_is_builtin() -> None:
    for prompt in PROMPTS:
        assert prompt.id.startswith(f"{prompt.topic}-"), prompt.id
        assert not prompt.id.startswith(custom.CUSTOM_PREFIX), prompt.id
        assert prompt.builtin


def test_lengths_fit_the_limits() -> None:
    for prompt in PROMPTS:
        assert 0 < len(prompt.title) <= MAX_TITLE, prompt.id
        assert "\n" not in prompt.title, prompt.id
        assert 200 <= len(prompt.body) <= MAX_BODY, prompt.id
        assert prompt.exercise is None or 0 < len(prompt.exercise) <= MAX_EXERCISE, prompt.id


def test_shipped_limits_are_no_looser_than_facilitators_limits() -> None:
    # Posts are rendered the same way, so shipped prompts must fit wherever custom ones fit.
    assert MAX_TITLE <= custom.TITLE_MAX
    assert MAX_BODY <= custom.BODY_MAX
    assert MAX_EXERCISE <= custom.EXERCISE_MAX


def test_every_prompt_asks_exactly_one_question() -> None:
    for prompt in PROMPTS:
        assert prompt.question.endswith("?"), prompt.id
        assert prompt.question.count("?") == 1, prompt.id
        assert "\n" not in prompt.question, prompt.id


def test_bodies_are_a_few_short_paragraphs() -> None:
    for prompt in PROMPTS:
        paragraphs = [part for part in prompt.body.split("\n\n") if part.strip()]
        assert 1 <= len(paragraphs) <= 5, prompt.id


def test_bodies_read_easily() -> None:
    # A rough stand-in for a grade 6-8 reading level: short sentences on average, none huge.
    for prompt in PROMPTS:
        sentences = _sentences(prompt.body)
        lengths = [len(WORD.findall(sentence)) for sentence in sentences]
        assert sum(lengths) / len(lengths) < 20, prompt.id
        assert max(lengths) <= 45, prompt.id
    words = [word for prompt in PROMPTS for word in WORD.findall(prompt.body)]
    long_words = [word for word in words if len(word) >= 13]
    assert len(long_words) / len(words) < 0.02


def test_no_two_prompts_are_near_duplicates() -> None:
    bodies = {prompt.id: _shingles(prompt.body) for prompt in PROMPTS}
    exercises = {prompt.id: _shingles(prompt.exercise) for prompt in PROMPTS if prompt.exercise}
    similar = [
        (left, right, round(_jaccard(bodies[left], bodies[right]), 2))
        for left, right in combinations(bodies, 2)
        if _jaccard(bodies[left], bodies[right]) >= NEAR_DUPLICATE
    ]
    similar += [
        (left, right, round(_jaccard(exercises[left], exercises[right]), 2))
        for left, right in combinations(exercises, 2)
        if _jaccard(exercises[left], exercises[right]) >= NEAR_DUPLICATE
    ]
    assert similar == []
    questions = [prompt.question.lower() for prompt in PROMPTS]
    assert len(set(questions)) == len(questions)


def test_no_stigmatising_language() -> None:
    words = re.compile(r"\b(?:" + "|".join(BANNED_WORDS) + r")\b", re.IGNORECASE)
    phrases = re.compile(r"\b(?:" + "|".join(BANNED_PHRASES) + r")\b", re.IGNORECASE)
    texts = [(prompt.id, text) for prompt in PROMPTS for text in _texts(prompt)]
    texts += [(topic.slug, topic.label) for topic in LIBRARY.topics]
    texts.append(("footer", LIBRARY.footer))
    found = [
        (where, match.group(0))
        for where, text in texts
        for pattern in (words, phrases)
        for match in pattern.finditer(text)
    ]
    assert found == []


def test_no_medical_instructions_contact_details_or_footer_in_prompts() -> None:
    medical = re.compile(MEDICAL_WORDS, re.IGNORECASE)
    contact = re.compile(r"https?://|www\.|@|\b\d{3,}[\s-]?\d{3,}\b")
    for prompt in PROMPTS:
        for text in _texts(prompt):
            assert not medical.search(text), prompt.id
            assert not contact.search(text), prompt.id
            # The bot adds the footer itself; prompts don't repeat it.
            assert "medical advice" not in text.lower(), prompt.id
            assert "/resources" not in text, prompt.id


def test_the_footer_says_this_is_not_therapy_and_where_to_get_help() -> None:
    footer = LIBRARY.footer
    assert 0 < len(footer) <= 2048  # a Discord embed footer
    assert "not therapy" in footer
    assert "/resources" in footer
    assert "emergency" in footer


def test_library_lookups() -> None:
    first = PROMPTS[0]
    assert LIBRARY.get(first.id) is first
    assert LIBRARY.get("no-such-prompt") is None
    assert LIBRARY.by_topic("cbt")
    assert all(prompt.topic == "cbt" for prompt in LIBRARY.by_topic("cbt"))
    assert LIBRARY.by_topic("no-such-topic") == ()
    assert isinstance(LIBRARY.prompts, tuple)
    assert isinstance(LIBRARY.topics, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        LIBRARY.footer = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "changed"  # type: ignore[misc]


# The loader on small, deliberately broken libraries -------------------------------------------

GOOD = '''
topic = "calm"
label = "Staying calm"

[[prompts]]
id = "calm-breathe"
title = "Breathe out slowly"
body = """A long breath out can settle the body."""
question = "What helps you settle?"
exercise = "Breathe out for a count of six, five times."

[[prompts]]
id = "calm-pause"
title = "Pause"
body = "A short pause gives you room to choose."
question = "When could you pause today?"
'''


def _write(folder: Path, name: str, text: str) -> Path:
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD
    return _write(tmp_path, "calm.toml", GOOD.replace(old, new, 1))


def test_a_small_valid_library_loads(tmp_path: Path) -> None:
    _write(tmp_path, "calm.toml", GOOD)
    _write(tmp_path, "footer.toml", 'footer = "Peer discussion only."')
    library = load_library(tmp_path)
    assert isinstance(library, PromptLibrary)
    assert [(topic.slug, topic.label) for topic in library.topics] == [("calm", "Staying calm")]
    assert [prompt.id for prompt in library.prompts] == ["calm-breathe", "calm-pause"]
    assert library.get("calm-pause") == Prompt(
        id="calm-pause",
        topic="calm",
        title="Pause",
        body="A short pause gives you room to choose.",
        question="When could you pause today?",
        exercise=None,
    )
    assert library.footer == "Peer discussion only."


def test_the_topic_key_is_optional_and_the_file_name_is_the_slug(tmp_path: Path) -> None:
    _write(tmp_path, "calm.toml", GOOD.replace('topic = "calm"\n', ""))
    library = load_library(tmp_path)
    assert library.topics[0].slug == "calm"
    assert library.footer == ""  # no footer file: no footer


@pytest.mark.parametrize(
    ("old", "new", "prompt_id", "problem"),
    [
        ('title = "Pause"\n', "", "calm-pause", "`title` is missing"),
        (
            'body = "A short pause gives you room to choose."\n',
            "",
            "calm-pause",
            "`body` is missing",
        ),
        ('question = "When could you pause today?"\n', "", "calm-pause", "`question` is missing"),
        ('title = "Pause"', 'title = "   "', "calm-pause", "`title` is empty"),
        (
            'body = "A short pause gives you room to choose."',
            'body = ""',
            "calm-pause",
            "`body` is empty",
        ),
        ('title = "Pause"', "title = 3", "calm-pause", "`title` must be text"),
        (
            '"""A long breath out can settle the body."""',
            '"""' + "x" * (MAX_BODY + 1) + '"""',
            "calm-breathe",
            f"`body` is {MAX_BODY + 1} characters (limit {MAX_BODY})",
        ),
        (
            'title = "Pause"',
            f'title = "{"t" * (MAX_TITLE + 1)}"',
            "calm-pause",
            f"limit {MAX_TITLE}",
        ),
        (
            'exercise = "Breathe out for a count of six, five times."',
            f'exercise = "{"e" * (MAX_EXERCISE + 1)}"',
            "calm-breathe",
            f"limit {MAX_EXERCISE}",
        ),
        (
            'question = "When could you pause today?"',
            'question = "Pause today."',
            "calm-pause",
            "question mark",
        ),
        ('id = "calm-pause"', 'id = "calm-breathe"', "calm-breathe", "duplicate id"),
        ('id = "calm-pause"', 'id = "sleep-pause"', "sleep-pause", "must start with"),
        ('id = "calm-pause"', 'id = "custom-7"', "custom-7", "reserved"),
        ('title = "Pause"', 'title = "Pause\\nand breathe"', "calm-pause", "single line"),
    ],
)
def test_a_problem_names_the_file_and_the_prompt(
    tmp_path: Path, old: str, new: str, prompt_id: str, problem: str
) -> None:
    folder = _broken(tmp_path, old, new)
    with pytest.raises(LibraryError) as raised:
        load_library(folder)
    message = str(raised.value)
    assert "calm.toml" in message
    assert f"`{prompt_id}`" in message
    assert problem in message


def test_a_missing_or_malformed_id_names_the_file_and_position(tmp_path: Path) -> None:
    folder = _broken(tmp_path, 'id = "calm-pause"\n', "")
    with pytest.raises(LibraryError, match=r"calm\.toml prompt #2: `id` is missing"):
        load_library(folder)
    folder = _broken(tmp_path, 'id = "calm-pause"', 'id = "Calm Pause"')
    with pytest.raises(LibraryError, match=r"calm\.toml prompt #2: `id` must be a lower-case"):
        load_library(folder)


def test_a_duplicate_id_in_another_file_names_the_second_file(tmp_path: Path) -> None:
    _write(tmp_path, "calm.toml", GOOD)
    _write(tmp_path, "calm_more.toml", GOOD.replace('topic = "calm"', 'topic = "calm_more"'))
    with pytest.raises(LibraryError) as raised:
        load_library(tmp_path)
    # calm-breathe does not start with calm_more-, but the duplicate check names the file too.
    assert "calm_more.toml" in str(raised.value)
    assert "`calm-breathe`" in str(raised.value)


def test_a_topic_key_that_disagrees_with_the_file_name_is_an_error(tmp_path: Path) -> None:
    folder = _broken(tmp_path, 'topic = "calm"', 'topic = "sleep"')
    with pytest.raises(LibraryError, match=r"calm\.toml: `topic` is 'sleep'"):
        load_library(folder)


def test_file_level_problems_name_the_file(tmp_path: Path) -> None:
    _broken(tmp_path, 'label = "Staying calm"', 'label = ""')
    with pytest.raises(LibraryError, match=r"calm\.toml: `label`"):
        load_library(tmp_path)
    _write(tmp_path, "calm.toml", 'label = "Calm"\nprompts = []\n')
    with pytest.raises(LibraryError, match=r"calm\.toml: needs at least one"):
        load_library(tmp_path)
    _write(tmp_path, "calm.toml", 'label = "Calm\n')
    with pytest.raises(LibraryError, match=r"calm\.toml: cannot be read"):
        load_library(tmp_path)
    (tmp_path / "calm.toml").unlink()
    _write(tmp_path, "Bad Name.toml", GOOD)
    with pytest.raises(LibraryError, match=r"Bad Name\.toml: the file name"):
        load_library(tmp_path)


def test_a_bad_footer_is_an_error_and_footer_files_are_not_topics(tmp_path: Path) -> None:
    _write(tmp_path, "footer.toml", "footer = 7")
    with pytest.raises(LibraryError, match="no prompt topic files"):
        load_library(tmp_path)
    _write(tmp_path, "calm.toml", GOOD)
    with pytest.raises(LibraryError, match=r"footer\.toml: `footer`"):
        load_library(tmp_path)
