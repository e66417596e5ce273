"""The shipped psychoeducation prompt library: one TOML file per topic in ``bot/data/prompts``.

File format::

    # bot/data/prompts/footer.toml  (not a topic; nor is any file whose name starts with "_")
    footer = "For peer discussion, not therapy. In crisis? Use /resources."

    # bot/data/prompts/<topic>.toml  (the file name is the topic slug)
    topic = "cbt"                    # optional; when present it must match the file name
    label = "Thoughts, feelings and actions (CBT)"

    [[prompts]]
    id = "cbt-thought-feeling-action"   # unique across the library; starts with "<topic>-"
    title = "..."
    body = \"\"\"...\"\"\"
    question = "...?"                # one discussion question
    exercise = "..."                 # optional

Shipped prompts are held to limits at least as strict as facilitators' own prompts
(:mod:`bot.prompts.custom`), so every post fits Discord's embed limits. ``_library.toml`` is
still read for the footer when ``footer.toml`` is absent.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.prompts.custom import CUSTOM_PREFIX, QUESTION_MAX

MAX_TITLE = 100
MAX_BODY = 1200
MAX_QUESTION = QUESTION_MAX
MAX_EXERCISE = 400
MAX_LABEL = 100
MAX_FOOTER = 2048

DEFAULT_DIRECTORY = Path(__file__).resolve().parent.parent / "data" / "prompts"
FOOTER_FILE = "footer.toml"
LEGACY_META_FILE = "_library.toml"
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


class LibraryError(ValueError):
    """The shipped library is malformed; the message names the file, the prompt and the problem."""


@dataclass(frozen=True, slots=True)
class Prompt:
    """One psychoeducation prompt."""

    id: str
    topic: str
    title: str
    body: str
    question: str
    exercise: str | None
    builtin: bool = True


@dataclass(frozen=True, slots=True)
class Topic:
    """A group of prompts, e.g. ``cbt`` / "Thoughts, feelings and actions (CBT)"."""

    slug: str
    label: str


@dataclass(frozen=True, slots=True)
class PromptLibrary:
    """Every shipped prompt, its topics (in file-name order) and the footer under each post."""

    prompts: tuple[Prompt, ...]
    topics: tuple[Topic, ...]
    footer: str

    def get(self, prompt_id: str) -> Prompt | None:
        """The prompt with this id, or ``None``."""
        return next((prompt for prompt in self.prompts if prompt.id == prompt_id), None)

    def by_topic(self, slug: str) -> tuple[Prompt, ...]:
        """The prompts of one topic, in file order."""
        return tuple(prompt for prompt in self.prompts if prompt.topic == slug)


def _text(entry: dict[str, Any], key: str, limit: int, where: str) -> str | None:
    """The trimmed value of an optional text field, or ``None`` when the key is absent."""
    if key not in entry:
        return None
    value = entry[key]
    if not isinstance(value, str):
        raise LibraryError(f"{where}: `{key}` must be text")
    value = value.strip()
    if not value:
        raise LibraryError(f"{where}: `{key}` is empty")
    if len(value) > limit:
        raise LibraryError(f"{where}: `{key}` is {len(value)} characters (limit {limit})")
    return value


def _required(entry: dict[str, Any], key: str, limit: int, where: str) -> str:
    value = _text(entry, key, limit, where)
    if value is None:
        raise LibraryError(f"{where}: `{key}` is missing")
    return value


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LibraryError(f"{path.name}: cannot be read ({exc})") from None


def _prompt(entry: object, slug: str, number: int, file: str, seen: set[str]) -> Prompt:
    where = f"{file} prompt #{number}"
    if not isinstance(entry, dict):
        raise LibraryError(f"{where}: must be a table")
    prompt_id = entry.get("id")
    if prompt_id is None:
        raise LibraryError(f"{where}: `id` is missing")
    if not isinstance(prompt_id, str) or not _SLUG.match(prompt_id):
        raise LibraryError(f"{where}: `id` must be a lower-case slug, not {prompt_id!r}")
    where = f"{file} prompt `{prompt_id}`"
    if prompt_id.startswith(CUSTOM_PREFIX):
        raise LibraryError(f"{where}: ids starting with `{CUSTOM_PREFIX}` are reserved")
    if not prompt_id.startswith(f"{slug}-"):
        raise LibraryError(f"{where}: the id must start with the topic slug `{slug}-`")
    if prompt_id in seen:
        raise LibraryError(f"{where}: duplicate id `{prompt_id}`")
    seen.add(prompt_id)
    title = _required(entry, "title", MAX_TITLE, where)
    if "\n" in title:
        raise LibraryError(f"{where}: `title` must be a single line")
    question = _required(entry, "question", MAX_QUESTION, where)
    if not question.endswith("?"):
        raise LibraryError(f"{where}: `question` must end with a question mark")
    return Prompt(
        id=prompt_id,
        topic=slug,
        title=title,
        body=_required(entry, "body", MAX_BODY, where),
        question=question,
        exercise=_text(entry, "exercise", MAX_EXERCISE, where),
    )


def _topic(path: Path, seen: set[str]) -> tuple[Topic, list[Prompt]]:
    slug = path.stem
    if not _SLUG.match(slug):
        raise LibraryError(f"{path.name}: the file name must be a lower-case slug")
    data = _read(path)
    declared = data.get("topic", slug)
    if declared != slug:
        raise LibraryError(f"{path.name}: `topic` is {declared!r} but the file name says {slug!r}")
    label = data.get("label")
    if not isinstance(label, str) or not label.strip():
        raise LibraryError(f"{path.name}: `label` must be non-empty text")
    if len(label.strip()) > MAX_LABEL:
        raise LibraryError(f"{path.name}: `label` is longer than {MAX_LABEL} characters")
    entries = data.get("prompts")
    if not isinstance(entries, list) or not entries:
        raise LibraryError(f"{path.name}: needs at least one [[prompts]] entry")
    prompts = [
        _prompt(entry, slug, number, path.name, seen)
        for number, entry in enumerate(entries, start=1)
    ]
    return Topic(slug=slug, label=label.strip()), prompts


def _footer(folder: Path) -> str:
    for name in (FOOTER_FILE, LEGACY_META_FILE):
        path = folder / name
        if not path.exists():
            continue
        footer = _read(path).get("footer", "")
        if not isinstance(footer, str) or len(footer.strip()) > MAX_FOOTER:
            raise LibraryError(
                f"{name}: `footer` must be text of at most {MAX_FOOTER:,} characters"
            )
        return footer.strip()
    return ""


def load_library(directory: Path | None = None) -> PromptLibrary:
    """Read and validate the library; :class:`LibraryError` says exactly what is wrong and where."""
    folder = directory if directory is not None else DEFAULT_DIRECTORY
    files = sorted(
        path
        for path in folder.glob("*.toml")
        if path.name != FOOTER_FILE and not path.name.startswith("_")
    )
    if not files:
        raise LibraryError(f"no prompt topic files (*.toml) in {folder}")
    seen: set[str] = set()
    topics: list[Topic] = []
    prompts: list[Prompt] = []
    for path in files:
        topic, found = _topic(path, seen)
        topics.append(topic)
        prompts.extend(found)
    return PromptLibrary(prompts=tuple(prompts), topics=tuple(topics), footer=_footer(folder))
