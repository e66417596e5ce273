"""The library loader's contract on small libraries written to tmp_path.

(The shipped content's own checks belong with the content; these cover the loader.)
"""

from pathlib import Path

import pytest

from bot.prompts.library import LibraryError, load_library

SLEEP = """
label = "Sleep"
[[prompts]]
id = "sleep-1"
title = "Wind down"
body = "A routine tells your body it is time to rest."
question = "What helps you wind down?"
exercise = "Put the phone away 30 minutes before bed."

[[prompts]]
id = "sleep-2"
title = "Naps"
body = "Short naps can help."
question = "When do you nap?"
"""


def _library(tmp_path: Path, **files: str) -> Path:
    for name, text in files.items():
        (tmp_path / f"{name}.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_valid_library_loads(tmp_path: Path) -> None:
    folder = _library(tmp_path, sleep=SLEEP, _library='footer = "Peer support, not therapy."')
    library = load_library(folder)
    assert [topic.slug for topic in library.topics] == ["sleep"]
    assert library.topics[0].label == "Sleep"
    assert [prompt.id for prompt in library.by_topic("sleep")] == ["sleep-1", "sleep-2"]
    assert library.get("sleep-2") is not None
    assert library.get("sleep-2").exercise is None  # type: ignore[union-attr]
    assert library.get("nope") is None
    assert library.footer == "Peer support, not therapy."
    assert all(prompt.builtin for prompt in library.prompts)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("sleep-2", "sleep-1"), "duplicate id"),
        (("sleep-2", "custom-9"), "reserved"),
        (('body = "Short naps can help."', f'body = "{"x" * 1201}"'), "limit 1200"),
        (('question = "When do you nap?"', ""), "`question` is missing"),
        (('label = "Sleep"', ""), "`label`"),
    ],
)
def test_problems_are_named(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    folder = _library(tmp_path, sleep=SLEEP.replace(*change))
    with pytest.raises(LibraryError, match=message):
        load_library(folder)


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="no prompt topic files"):
        load_library(tmp_path)
