"""Rotation: a channel gets the prompt it has gone longest without."""

from dataclasses import dataclass

from bot.prompts.rotation import choose_next, rotation_order


@dataclass(frozen=True)
class P:
    id: str


def _run(eligible: list[P], posts: int, channel_id: int = 1) -> list[str]:
    """Post ``posts`` times in one channel, recording each post, and return the sequence."""
    history: dict[str, int] = {}
    sequence = []
    for post_id in range(1, posts + 1):
        chosen = choose_next(eligible, history, channel_id)
        assert chosen is not None
        history[chosen.id] = post_id
        sequence.append(chosen.id)
    return sequence


def test_nothing_repeats_until_every_prompt_was_posted() -> None:
    eligible = [P(f"p{i}") for i in range(12)]
    sequence = _run(eligible, 36)
    for cycle in range(3):
        assert sorted(sequence[cycle * 12 : (cycle + 1) * 12]) == sorted(p.id for p in eligible)
    # Between two posts of the same prompt, every other prompt was posted.
    for index, prompt_id in enumerate(sequence[12:], start=12):
        previous = max(i for i in range(index) if sequence[i] == prompt_id)
        assert set(sequence[previous + 1 : index]) == {p.id for p in eligible} - {prompt_id}


def test_a_new_prompt_goes_first_and_then_the_cycle_continues() -> None:
    eligible = [P("a"), P("b"), P("c")]
    history = {"a": 1, "b": 2, "c": 3}
    chosen = choose_next([*eligible, P("new")], history, 1)
    assert chosen == P("new")
    history["new"] = 4
    assert choose_next([*eligible, P("new")], history, 1) == P("a")


def test_removed_prompts_do_not_block_the_cycle() -> None:
    # "x" was posted before and is no longer eligible (switched off): it is simply ignored.
    history = {"x": 1, "a": 2}
    assert choose_next([P("a"), P("b")], history, 1) == P("b")


def test_never_posted_order_is_stable_and_differs_between_channels() -> None:
    eligible = [P(f"p{i}") for i in range(30)]
    first = [p.id for p in rotation_order(eligible, {}, 111)]
    assert first == [p.id for p in rotation_order(list(reversed(eligible)), {}, 111)]
    assert first != [p.id for p in rotation_order(eligible, {}, 222)]


def test_nothing_eligible() -> None:
    assert choose_next([], {"a": 1}, 1) is None
