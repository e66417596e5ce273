"""Threats, self-harm, overdoses and farewells told in words the rules did not read yet.

Every alert below was missed by the rules alone on the code before this file (most were
missed by `assess` too): someone on the way with a weapon, a graphic threat ("knock her teeth
out", "drag her out by her hair"), a weapon thought of for someone, "taking someone down with
me", "you'll see her on the news", "the foreman won't see it coming"; a cigarette or a pin
pressed into the member's own skin; someone who "turned blue", "is having what looks like a
seizure", a child sleepy after getting into a pill organiser, "popping the whole sheet of my
sleepers"; "better if me not here", "better if i wasn't here", "don't come looking".

Beside them, what must stay quiet. "my kid broke his arm ... cast is blue" was a critical
overdose alert before this file; the others are the everyday sentences the new readings were
written to leave alone.
"""

import pytest

from bot.safety import Category, Severity, assess
from bot.safety.normalize import normalize
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour says he's coming over with a knife tonight to settle it",
        "guy from my old block says he's on his way here with a strap, i'm home with the kids",
        "my ex is heading over here with a bat, he's screaming on the phone",
    ],
)
def test_someone_on_the_way_with_a_weapon_is_critical(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "ill knock her teeth out if she shows up drunk to get the kids again",
        "i'm going to punch his teeth in next time he says that",
        "gonna drag her out by her hair if she posts about me again",
        "i keep a box cutter in my bag and some days i think about using it on him",
        "if they violate me i'm taking someone down with me, that's a promise",
        "she told everyone my business. y'all gonna see her on the news",
        "planned it all, what time the shift ends. the foreman won't see it coming",
    ],
)
def test_graphic_and_veiled_threats_are_high(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "my dad is on his way over with a hammer to fix the deck",
        "the birthday girl won't see it coming, surprise party saturday",
        "you'll see her on the news for winning the science fair",
        "if i fail this exam i'm taking you all down with me lol",
        "he used to drag her by her hair when we were kids, my mom never stopped him",
    ],
)
def test_errands_surprises_and_good_news_are_no_threat(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "pressed the cig onto my ankle this time so no one would see it",
        "stuck a safety pin in my palm over and over through the whole lesson",
        "held the lighter against my wrist till it blistered",
    ],
)
def test_a_cigarette_or_a_pin_pressed_into_the_skin_is_self_harm(text: str) -> None:
    assert_alerts(text, Category.SELF_HARM, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "stuck a pin in my finger to check my blood sugar",
        "i stuck a pin in my hand to get the splinter out",
        "i put the lighter on my desk",
    ],
)
def test_a_pin_for_a_splinter_or_a_blood_test_is_no_self_harm(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "mate turned blue on the couch and we don't have narcan",
        "my housemate is having what looks like a seizure after smoking something",
        "my 3 year old got into grandmas pill organizer, i don't know how many, she's sleepy",
        "popping the whole sheet of my sleepers now, i want to sleep for a week",
    ],
)
def test_an_overdose_told_by_what_happened_is_critical(text: str) -> None:
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "my kid fell off the trampoline and broke his arm, he's fine, cast is blue",
        "my hair went blue after the dye lol",
        "the baby is sleepy, nap time",
        "he went blue in the face from yelling at the ref",
    ],
)
def test_a_blue_cast_hair_dye_and_a_nap_are_no_overdose(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "me sad all the time. better if me not here. sorry english bad",
        "tired of being the one everyone checks on. easier for everybody if i wasnt around",
        "better if i wasn't here honestly",
    ],
)
def test_passive_ideation_said_bare_is_medium(text: str) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.MEDIUM)


def test_a_farewell_that_asks_not_to_be_looked_for_is_high() -> None:
    assert_alerts(
        "log off time for good. been a good run. dont come looking", Category.SUICIDE, Severity.HIGH
    )


@pytest.mark.parametrize(
    "text",
    [
        "hiding in the bathroom from my kids, don't come looking for me lol",
        "going camping this weekend with no signal, don't come looking for me",
        "better if we leave early, traffic",
    ],
)
def test_hiding_from_the_kids_and_a_trip_are_no_farewell(text: str) -> None:
    assert_quiet(text)


def test_laughter_still_reads_as_laughter_beside_the_new_rules() -> None:
    """A word named in a rule becomes a known word for the normaliser; the first draft of
    the farewell above named "lmao" in a lookahead, and "lmaooo" then stayed "lmao" instead of
    becoming "lol", which made "i'm gonna jump off a cliff if this printer jams one more time"
    a critical alert."""
    text = "lmaooo i'm gonna jump off a cliff if this printer jams one more time"
    assert normalize(text).text.startswith("lol ")
    assert not assess(text).escalate, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "i spent my rent money on dope this weekend",
        "i spent my kids xmas money on the stuff, i'll replace it before she notices",
        "dropped acid yesterday and i feel like garbage",
    ],
)
def test_money_spent_on_the_drug_and_a_dropped_tab_are_relapse(text: str) -> None:
    assert_alerts(text, Category.RELAPSE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "dropped a pill on the floor and the dog almost ate it",
        "dropped the kids at school and went to the gym",
        "spent my money on a new bike",
        "i used to spend all my money on coke",
        "my brain relapsed about 100 times today but my body stayed home",
    ],
)
def test_a_dropped_pill_a_bike_the_past_and_a_relapse_of_the_mind_are_quiet(text: str) -> None:
    assert_quiet(text)


def test_a_stretched_token_takes_its_respelling_before_a_known_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Any word a rule names is a known word; "lmao" named in a rule must not stop "lmaooo"
    from reading as "lol" (the respelling wins, as it does for unstretched tokens)."""
    import bot.safety.normalize as normalizer

    real = normalizer.is_word
    monkeypatch.setattr(normalizer, "is_word", lambda token: token == "lmao" or real(token))
    normalizer._destretch.cache_clear()
    try:
        assert normalizer._destretch("lmaooo") == "lol"
    finally:
        normalizer._destretch.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "i wrote a letter to my kids just in case",
        "i have a plan but i'm not going to say it here",
        "i don't think i'll be at group next week, or ever",
    ],
)
def test_a_letter_just_in_case_a_plan_kept_back_and_an_absence_for_ever_are_high(
    text: str,
) -> None:
    assert_alerts(text, Category.SUICIDE, Severity.HIGH)


@pytest.mark.parametrize(
    "text",
    [
        "wrote a note for my roommate just in case the landlord comes by",
        "i have a plan for the weekend but i'm not going to tell my mom lol",
        "i won't be at group next week, or ever, i'm moving to ohio",
        "see you all tomorrow or ever lol",
    ],
)
def test_a_note_for_the_landlord_a_weekend_plan_and_a_move_are_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        ("i havent cut in months but last night i did", Category.SELF_HARM, Severity.HIGH),
        (
            "i haven't had a drink in a year but i did on saturday",
            Category.RELAPSE,
            Severity.MEDIUM,
        ),
        ("haven't used in 90 days but today i did", Category.RELAPSE, Severity.HIGH),
    ],
)
def test_a_streak_told_then_broken_in_two_words_alerts(
    text: str, category: Category, severity: Severity
) -> None:
    assert_alerts(text, category, severity)


def test_a_streak_with_an_emphatic_did_is_no_break() -> None:
    assert_quiet("i haven't cut in months but i did think about it")


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("waiting in the parking lot for him to get off work with a bat", Severity.CRITICAL),
        ("if my boss fires me tomorrow i'm coming back with something", Severity.HIGH),
        ("if they suspend me i'll show up to school with a gun", Severity.CRITICAL),
    ],
)
def test_waiting_armed_and_a_veiled_return_with_a_weapon_alert(
    text: str, severity: Severity
) -> None:
    assert_alerts(text, Category.VIOLENCE, severity)


@pytest.mark.parametrize(
    "text",
    [
        "waiting at the school for him to get off the bus",
        "waiting in the parking lot for my wife to get off work",
        "going to the store, gonna come back with something",
        "if the store has it i'll come back with something for dinner",
    ],
)
def test_a_pick_up_and_an_errand_are_no_threat(text: str) -> None:
    assert_quiet(text)


def test_several_times_the_dose_is_too_much() -> None:
    assert_alerts(
        "took 3 times my dose and my heart is racing", Category.OVERDOSE, Severity.CRITICAL
    )


@pytest.mark.parametrize(
    "text",
    [
        "had a pt come in overdosed on fentanyl tonight, we got him back with 3 doses of narcan",
        "back in basic we did night live fire and i thought i was gonna die every time",
        "my friend asked if i wanted to hit her vape at lunch and i said no",
    ],
)
def test_work_talk_a_drill_and_a_vape_are_quiet(text: str) -> None:
    assert_quiet(text)


def test_an_apprentice_is_someone_else_whose_overdose_is_critical() -> None:
    text = "my apprentice is on the ground in the basement, blue lips, not responding"
    assert_alerts(text, Category.OVERDOSE, Severity.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "made a list of people at school who made my life hell",
        "some kids are talking about bringing guns to school friday",
        "just know theyll be sorry",
        "i get this urge to shake him when he won't stop screaming",
    ],
)
def test_a_hit_list_weapons_to_school_and_an_urge_to_shake_a_child_alert(text: str) -> None:
    assert_alerts(text, Category.VIOLENCE, Severity.MEDIUM)


@pytest.mark.parametrize(
    "text",
    [
        "we're bringing knives to class for the cooking unit",
        "made a list of people who helped me this year",
        "i want to shake him awake lol he's so lazy",
        "you'll be sorry you missed this cake lol",
    ],
)
def test_a_cooking_class_a_thank_you_list_and_a_lazy_brother_are_quiet(text: str) -> None:
    assert_quiet(text)
