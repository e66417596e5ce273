"""The moderation detectors, table-driven: realistic positives and recovery-talk negatives."""

import pytest

from bot.groups.moderation import (
    Rule,
    check_text,
    count_mentions,
    describe,
    find_contact,
    find_harassment,
    find_mention_flood,
    find_sourcing,
)

CONTACT = [
    ("call me at 555-0134", "a phone number"),
    ("text me 555 0134 if you need to talk", "a phone number"),
    ("my cell is (617) 555-0199", "a phone number"),
    ("617.555.0199 anytime", "a phone number"),
    ("+44 7700 900123 is my whatsapp", "a phone number"),
    ("ring me on 07700 900123", "a phone number"),
    ("email me: jess.recovers@gmail.com", "an e-mail address"),
    ("jess dot r at gmail dot com", "an e-mail address"),
    ("reach me at jessr at gmail", "an e-mail address"),
    ("I live at 42 Oak Street, come by", "a street address"),
    ("the house is 1200 W Elm Ave", "a street address"),
    ("send it to PO Box 1234", "a street address"),
    ("meet me at 100 Broad St after group", "a street address"),
    ("follow me @jess_recovers on instagram", "a social media handle"),
    ("my ig is jess.recovers", "a social media handle"),
    ("add me on snap jessr", "a social media handle"),
    ("snap: jess_r", "a social media handle"),
    ("instagram.com/jessrecovers", "a social media handle"),
    ("venmo me @jess-m for the pizza", "a payment handle"),
    ("cashapp $jessm", "a payment handle"),
    ("my venmo is jess-m22", "a payment handle"),
    ("paypal.me/jessm", "a social media handle"),
]

NOT_CONTACT = [
    "I have 555 days sober today!",
    "day 365 2024 was the hardest year",
    "my therapist's office is on Main St",
    "we walked 3 miles down the road after group",
    "the 12 step way of life works for me",
    "5 good days at court this week, then sentencing",
    "call the crisis line at 988 if it gets bad",
    "SAMHSA helpline: 1-800-662-4357, free and confidential",
    "the UK number is 0800 689 5652",
    "email your counselor if you can't make it",
    "I deleted instagram and feel so much better",
    "my insta is private now",
    "oh snap: forgot my worksheet",
    "ig @fran is right about the breathing thing",
    "@fran can you dm me the worksheet?",
    "@everyone group starts in 5",
    "I paid with venmo yesterday",
    "it cost $20 at the pharmacy",
    "from 1999-2004 I drank every day",
    "my clean date is 2024-03-15",
    "meeting at 7:30-8:45 tonight",
    "we read page 417 and 418 of the big book",
    "call me Ishmael",
    "I'm 2 weeks away from 90 days",
    "I go to 2 St. Mary's meetings a week",
    "the meeting is at 1 Main Street, by the library",
    "text 741741 for the crisis text line",
    "shout out to @jen for the ride",
]


@pytest.mark.parametrize(("text", "kind"), CONTACT)
def test_contact_details_are_found(text: str, kind: str) -> None:
    found = find_contact(text)
    assert [f.kind for f in found] == [kind], found
    assert all(f.rule is Rule.CONTACT for f in found)


@pytest.mark.parametrize("text", NOT_CONTACT)
def test_recovery_talk_is_not_contact_details(text: str) -> None:
    assert find_contact(text) == []


HARASSMENT = [
    "you're pathetic",
    "shut up you idiot",
    "ur a worthless junkie",
    "you are such a fucking loser",
    "are you stupid or what",
    "you look like a crackhead",
    "kys",
    "just go die",
    "ok. go die",
    "go hang yourself",
    "I hope you relapse",
    "you should just relapse already",
    "nobody here likes you",
    "fuck you",
    "<@1234567890> is a piece of shit",
    "you f4gg0t",
    "those beaners again",
]

NOT_HARASSMENT = [
    "you're not a failure for relapsing",
    "you are not worthless, you are a person",
    "relapse doesn't make you a failure",
    "if you feel like a loser today, that's the depression talking",
    "don't let anyone tell you you're a junkie",
    "I'm such an idiot, I forgot my meds",
    "I felt like nobody cares about me",
    "do you ever feel like nobody wants you?",
    "fuck you, addiction",
    "my boss called me a retard in front of everyone",
    "someone yelled the f word at me on the bus",
    "I need a fag break, back in 5",
    "that's a chink in my armour I need to work on",
    "you are so strong",
    "thank you so much everyone",
    "> you're worthless\nthat's what my ex used to say",
    "you did amazing today",
    "I thought I was worthless but group helped",
    "he's a junkie just like me, and I love him",
    "you guys are the best, seriously",
    "I would rather go die in a ditch than drink again",
]


@pytest.mark.parametrize("text", HARASSMENT)
def test_harassment_is_found(text: str) -> None:
    found = find_harassment(text)
    assert found, text
    assert all(f.rule is Rule.HARASSMENT for f in found)


@pytest.mark.parametrize("text", NOT_HARASSMENT)
def test_support_and_self_talk_are_not_harassment(text: str) -> None:
    assert find_harassment(text) == []


SOURCING = [
    ("who has percs?", "asking for substances"),
    ("anyone selling xans", "asking for substances"),
    ("where can I get some fent around here", "asking for substances"),
    ("anybody got weed", "asking for substances"),
    ("where can I buy alcohol this late", "asking for substances"),
    ("looking to score some molly this weekend", "asking for substances"),
    ("can someone hook me up with adderall", "asking for substances"),
    ("who's the plug", "looking for a dealer"),
    ("need a plug asap", "looking for a dealer"),
    ("selling my subs, $10 each", "offering substances"),
    ("I have some extra oxys if anyone needs", "offering substances"),
    ("anyone want my leftover percs", "offering substances"),
    ("dm me for xanax", "offering substances"),
]

NOT_SOURCING = [
    "where can I get a sponsor?",
    "where can I find a meeting tonight",
    "where can I get narcan?",
    "who has experience with xanax withdrawal?",
    "anyone have tips for staying off meth?",
    "where can I get suboxone treatment near me",
    "where can I get on methadone",
    "I used to ask around who has percs every morning",
    "I almost asked who has xans today. I didn't.",
    "I'm not selling my car after all",
    "where can I get non-alcoholic beer",
    "anybody got a good way to deal with alcohol cravings",
    "who has a phone charger? mine died",
    "I need a plug adapter for my laptop",
    "where can I get my pills refilled on a sunday",
    "my doctor prescribed gabapentin, anyone else take it?",
    "selling my bike if anyone wants it",
    "I poured out all the vodka in the house",
    "anyone have a crack at the worksheet yet?",
    "I want a drink so bad right now",
    "anyone got wine recommendations for my mom's party? I'm driving",
    "my dealer texted me today. i deleted his number",
]


@pytest.mark.parametrize(("text", "kind"), SOURCING)
def test_sourcing_is_found(text: str, kind: str) -> None:
    found = find_sourcing(text)
    assert [f.kind for f in found] == [kind], found


@pytest.mark.parametrize("text", NOT_SOURCING)
def test_recovery_talk_is_not_sourcing(text: str) -> None:
    assert find_sourcing(text) == []


def test_mentions_are_counted_once_each() -> None:
    text = "<@1> <@!1> <@2> <@&3> @everyone @here hi"
    assert count_mentions(text) == 5  # <@1> and <@!1> are the same person
    assert find_mention_flood(text, limit=5)
    assert find_mention_flood("<@1> <@2> thanks both", limit=5) == []


def test_check_text_orders_by_seriousness_and_honours_switches() -> None:
    text = "who has percs? text me 555-0134"
    found = check_text(text)
    assert [f.rule for f in found] == [Rule.SOURCING, Rule.CONTACT]
    assert check_text(text, frozenset({Rule.CONTACT})) == [found[1]]
    assert check_text(text, frozenset()) == []
    assert describe(found) == "asking for substances and a phone number"


def test_invisible_characters_do_not_hide_words() -> None:
    assert find_contact("email: jess\u200b@gmail.com")
    assert find_harassment("you're pa\u200bthetic")
