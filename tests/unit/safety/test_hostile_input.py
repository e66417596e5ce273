"""Hostile input: never raises, bounded time (hypothesis deadlines, not wall-clock asserts)."""

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.safety import Assessment, Severity, assess

BOUNDED = settings(deadline=timedelta(milliseconds=400), max_examples=60)

ZALGO = st.text(
    alphabet=st.characters(min_codepoint=0x300, max_codepoint=0x36F), min_size=0, max_size=40
)
ZERO_WIDTH = st.text(alphabet="\u200b\u200c\u200d\u2060\ufeff\u00ad", max_size=2000)
RTL = st.text(alphabet="\u202e\u202d\u2066\u2067\u2068\u2069abc kill", max_size=500)
EMOJI = st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=500)


def _sane(assessment: Assessment) -> None:
    assert isinstance(assessment, Assessment)
    if assessment.escalate:
        assert assessment.active_reasons
    for reason in assessment.reasons:
        start, end = reason.span
        assert 0 <= start <= end


@BOUNDED
@given(st.text(max_size=3000))
def test_any_text(text: str) -> None:
    _sane(assess(text))


@BOUNDED
@given(st.text(alphabet="kil myself d13 .-_*~0!@$ \n>", max_size=4000))
def test_adversarial_alphabet(text: str) -> None:
    _sane(assess(text))


@BOUNDED
@given(ZALGO, st.sampled_from(["kill myself", "i want to die", "hello there"]))
def test_zalgo(marks: str, words: str) -> None:
    text = "".join(ch + marks for ch in words)
    assessment = assess(text)
    _sane(assessment)
    if words != "hello there":
        assert assessment.escalate


@BOUNDED
@given(ZERO_WIDTH)
def test_only_zero_width(text: str) -> None:
    assert assess(text).severity is Severity.NONE


@BOUNDED
@given(RTL)
def test_right_to_left_overrides(text: str) -> None:
    _sane(assess(text))


@BOUNDED
@given(EMOJI)
def test_only_emoji(text: str) -> None:
    _sane(assess(text))


@settings(deadline=timedelta(seconds=3), max_examples=5)
@given(
    st.sampled_from(["a", "kill myself ", "k i l l ", "\u200b", "aaaaaaaaaa", "1@$*", "so so so "])
)
def test_100k_characters(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    _sane(assess(text))


def test_empty_and_whitespace() -> None:
    assert assess("").severity is Severity.NONE
    assert assess("   \n\t ").severity is Severity.NONE
    assert not assess(None).escalate  # type: ignore[arg-type]
