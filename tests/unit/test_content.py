"""Shipped crisis resources and default group guidelines: present, complete and within limits."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import content
from bot.content import (
    GUIDELINES_MAX,
    ContentError,
    Guidelines,
    load_default_guidelines,
    load_resources,
    naloxone_note,
    resources_intro,
)
from bot.store.guilds import REGIONS

STIGMA = re.compile(
    r"\b(?:addicts?|junkies|junkie|alcoholics?|abusers?|druggies|druggie)\b", re.IGNORECASE
)
EMERGENCY_NUMBERS = {
    "US": "911",
    "CA": "911",
    "UK": "999",
    "IE": "112",
    "AU": "000",
    "NZ": "111",
    "INTL": "local emergency number",
}


def _clear_caches() -> None:
    for function in (
        content._resources_file,
        load_resources,
        resources_intro,
        naloxone_note,
        load_default_guidelines,
    ):
        function.cache_clear()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the content loaders at an empty directory; restore the shipped data afterwards."""
    monkeypatch.setattr(content, "DATA_DIRECTORY", tmp_path)
    _clear_caches()
    yield tmp_path
    _clear_caches()


# Crisis resources ----------------------------------------------------------------------------


def test_every_region_a_server_can_choose_has_resources() -> None:
    assert set(load_resources()) == set(REGIONS)


@pytest.mark.parametrize("code", REGIONS)
def test_each_region_has_an_emergency_number_and_a_line(code: str) -> None:
    region = load_resources()[code]
    assert region.code == code
    assert region.name
    assert EMERGENCY_NUMBERS[code] in region.emergency
    assert region.lines
    for line in region.lines:
        assert all((line.name, line.contact, line.hours, line.note)), line


def test_key_lines_are_listed() -> None:
    regions = load_resources()

    def contacts(code: str) -> str:
        return " ".join(f"{line.name} {line.contact}" for line in regions[code].lines)

    assert "988" in contacts("US")
    assert "1-800-662-4357" in contacts("US")
    assert "1-800-222-1222" in contacts("US")
    assert "988" in contacts("CA")
    assert "116 123" in contacts("UK")
    assert "85258" in contacts("UK")
    assert "116 123" in contacts("IE")
    assert "50808" in contacts("IE")
    assert "13 11 14" in contacts("AU")
    assert "1737" in contacts("NZ")
    assert "findahelpline.com" in contacts("INTL")


@pytest.mark.parametrize("code", REGIONS)
def test_a_region_fits_in_one_embed_field_with_room_for_the_program_line(code: str) -> None:
    # Mirrors the resources embed: every line of a region shares one field (1,024 characters).
    region = load_resources()[code]
    text = "\n".join(
        [f"**Emergency:** {region.emergency}"]
        + [f"**{line.name}**: {line.contact} ({line.hours}). {line.note}" for line in region.lines]
    )
    assert len(text) <= 700


def test_the_intro_and_naloxone_note_are_short_and_warm() -> None:
    intro = resources_intro()
    assert len(re.findall(r"[.!?](?:\s|$)", intro)) == 2
    assert "not in trouble" in intro
    assert "emergency" in intro
    note = naloxone_note()
    assert len(note) <= 300
    assert "naloxone" in note
    assert "emergency" in note
    assert "stay with" in note


def test_resources_are_cached() -> None:
    assert load_resources() is load_resources()


def test_resources_use_person_first_language() -> None:
    texts = [resources_intro(), naloxone_note()]
    for region in load_resources().values():
        texts.append(region.name)
        texts += [f"{line.name} {line.note}" for line in region.lines]
    assert [text for text in texts if STIGMA.search(text)] == []


def test_a_region_without_an_emergency_number_is_named(data_dir: Path) -> None:
    (data_dir / "resources.toml").write_text(
        'intro = "Hi."\nnaloxone_note = "Call."\n'
        '[regions.US]\nname = "US"\n'
        '[[regions.US.lines]]\nname = "A"\ncontact = "1"\nhours = "24/7"\nnote = "n"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"resources\.toml region US: `emergency`"):
        load_resources()


def test_a_line_missing_a_field_is_named(data_dir: Path) -> None:
    (data_dir / "resources.toml").write_text(
        '[regions.UK]\nname = "UK"\nemergency = "999"\n'
        '[[regions.UK.lines]]\nname = "A"\ncontact = "1"\nnote = "n"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"resources\.toml region UK line 1: `hours`"):
        load_resources()
    with pytest.raises(ContentError, match=r"resources\.toml: `intro`"):
        resources_intro()


def test_a_missing_file_is_a_content_error(data_dir: Path) -> None:
    with pytest.raises(ContentError, match=r"resources\.toml: cannot be read"):
        load_resources()
    with pytest.raises(ContentError, match=r"guidelines\.toml: cannot be read"):
        load_default_guidelines()


# Guidelines ----------------------------------------------------------------------------------


def test_the_guidelines_fit_one_embed() -> None:
    guidelines = load_default_guidelines()
    assert isinstance(guidelines, Guidelines)
    assert guidelines.version >= 1
    assert 0 < len(guidelines.title) <= 256  # an embed title
    assert len(guidelines.text) <= GUIDELINES_MAX <= 4096


@pytest.mark.parametrize(
    "point",
    [
        "respect",
        "confidential",
        "outside the group",
        "phone",
        "e-mail",
        "address",
        "social media",
        "selling",
        "counselor",
        "suicide",
        "self-harm",
        "overdose",
        "violence",
        "abuse",
        "flag",
        "who wrote it",
        "anonymous",
        "check-in",
        "immediate danger",
        "not an emergency service",
        "around the clock",
        "/resources",
        "emergency number",
        "i agree",
    ],
)
def test_the_guidelines_cover_the_key_points(point: str) -> None:
    assert point in load_default_guidelines().text.lower()


def test_the_guidelines_use_person_first_language() -> None:
    guidelines = load_default_guidelines()
    assert not STIGMA.search(guidelines.title + guidelines.text)


def test_guidelines_that_are_too_long_are_refused(data_dir: Path) -> None:
    (data_dir / "guidelines.toml").write_text(
        f'version = 1\ntitle = "T"\ntext = "{"x" * (GUIDELINES_MAX + 1)}"\n', encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"guidelines\.toml: `text` is 3,801 characters"):
        load_default_guidelines()


def test_guidelines_need_a_whole_version(data_dir: Path) -> None:
    (data_dir / "guidelines.toml").write_text(
        'version = "one"\ntitle = "T"\ntext = "x"\n', encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"guidelines\.toml: `version`"):
        load_default_guidelines()
