"""Pseudonyms: stable per group, different across groups and keys, never stored."""

from bot.pseudonyms import ADJECTIVES, ANIMALS, member_key, pseudonym

KEY = "a" * 48


def test_the_same_member_in_the_same_group_keeps_one_pseudonym() -> None:
    assert pseudonym(KEY, 1, 2, 3) == pseudonym(KEY, 1, 2, 3)


def test_a_pseudonym_is_an_adjective_and_an_animal() -> None:
    adjective, animal = pseudonym(KEY, 1, 2, 3).split(" ")
    assert adjective in ADJECTIVES
    assert animal in ANIMALS


def test_groups_members_and_keys_all_change_the_pseudonym() -> None:
    names = {pseudonym(KEY, 1, channel, member) for channel in range(10) for member in range(10)}
    assert len(names) > 90  # a hundred combinations, almost all distinct
    assert pseudonym("b" * 48, 1, 2, 3) != pseudonym(KEY, 1, 2, 3) or pseudonym(
        "b" * 48, 1, 2, 4
    ) != pseudonym(KEY, 1, 2, 4)


def test_word_lists_are_unique_and_large_enough() -> None:
    assert len(set(ADJECTIVES)) == len(ADJECTIVES) >= 100
    assert len(set(ANIMALS)) == len(ANIMALS) >= 100
    assert all(" " not in word for word in (*ADJECTIVES, *ANIMALS))


def test_member_keys_depend_on_purpose_and_reveal_no_id() -> None:
    first = member_key(KEY, 1, 123456789, "share-rate")
    assert first == member_key(KEY, 1, 123456789, "share-rate")
    assert first != member_key(KEY, 1, 123456789, "other")
    assert "123456789" not in first
