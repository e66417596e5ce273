"""Rules and readings added from the fresh weeks of a veterans' group, LGBTQ+ young adults,
older adults, healthcare workers and members writing English as a second language, each
checked on the rules alone with phrasings written for this test."""

import pytest

from bot.safety import Category, Severity, assess
from bot.safety.patterns import AB, OD, RL, SH, S, V
from tests.unit.safety.rules_alone import RULES_ALONE, assert_alerts, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        # a supposition in the past tense about a recent day is a disclosure
        ("will they drop me from the program if you used on saturday?", RL, Severity.MEDIUM),
        (
            "asking for a friend, if someone drank last night can they still do the UA",
            RL,
            Severity.MEDIUM,
        ),
        # a recent day in the match's own clause wins over a history beside it; a year that
        # is "my worst" so far is no history
        ("clean since 2019 and i drank last night", RL, Severity.MEDIUM),
        ("this is my worst year so far, i want to die", S, Severity.HIGH),
        # "not today" after a recent act: the act was yesterday, not years ago
        ("Burned myself last night. Not today though.", SH, Severity.MEDIUM),
        # someone named who is not waking or breathing
        ("Marco's not breathing right after that line, I'm on with 911", OD, Severity.CRITICAL),
        # a last drink only days ago
        ("my last drink was monday, not the 90 days I told you all", RL, Severity.MEDIUM),
        # a firearm turned on oneself; one round; put down like an animal
        (
            "cleaned my pistol tonight and kept thinking about turning it on myself",
            S,
            Severity.HIGH,
        ),
        ("i only need one bullet and i have a whole box", S, Severity.CRITICAL),
        ("wish i could be put down like a sick dog, quick and quiet", S, Severity.HIGH),
        # passive wishes: a truck that takes the speaker out; envy of the dead
        (
            "wouldn't mind if a truck ran the light and took me out on the way home",
            S,
            Severity.MEDIUM,
        ),
        ("some nights i'm jealous of the guys who never made it home", S, Severity.MEDIUM),
        ("if the Lord take me in sleep tonight i am at peace with it", S, Severity.MEDIUM),
        ("i'd be happy to go home to the Lord early, i'm so tired", S, Severity.MEDIUM),
        ("i just want to be with my late husband again", S, Severity.MEDIUM),
        ("honestly hoping the biopsy comes back terminal", S, Severity.MEDIUM),
        ("stockpiled enough of my sleepers to check out on my own terms", S, Severity.HIGH),
        ("after the eviction i think the only answer is to end it", S, Severity.HIGH),
        ("sleeping forever sounds kinda peaceful right now", S, Severity.MEDIUM),
        # in another language
        ("no dormí nada, sigo pensando en matarme", S, Severity.HIGH),
        ("pensei em tirar minha vida de novo hoje", S, Severity.HIGH),
        ("tuve una recaída anoche, perdón", RL, Severity.MEDIUM),
        # self-harm urges: craving pain, missing the act; old cuts reopened
        ("craving pain tonight more than anything else", SH, Severity.MEDIUM),
        # "instead of" inside the wish is no coping
        ("i want to feel pain instead of this emptiness, fighting it", SH, Severity.MEDIUM),
        ("i miss the feeling of cutting so much it scares me", SH, Severity.MEDIUM),
        ("reopened the old cuts on my thigh in the shower", SH, Severity.HIGH),
        # an overdose by its abbreviation and its day; too much of a medicine
        ("OD saturday, discharged sunday, nobody at work knows", OD, Severity.HIGH),
        ("overdid my insulin this morning and i'm shaking", OD, Severity.HIGH),
        # use: a hit before group, drinks as one writes, use after a streak, a start on the
        # whisky, a drug pushed into one's own arm, tina slammed
        ("i took a hit in the parking lot before group, sorry", RL, Severity.HIGH),
        ("having a few beers right now and i don't even care", RL, Severity.HIGH),
        ("yesterday i drink after 2 years sober", RL, Severity.MEDIUM),
        ("started on the gin around lunch and haven't stopped", RL, Severity.HIGH),
        ("pushed the leftover morphine into my own arm in the med room", RL, Severity.HIGH),
        # the speaker in a pair or in "we"; a bottle or a bag shared; parents as the ones who
        # hurt
        ("me and my cousin used last night, i feel awful", RL, Severity.MEDIUM),
        ("my brother and me relapsed on friday", RL, Severity.MEDIUM),
        ("we're both so drunk right now", RL, Severity.HIGH),
        ("he and i split a fifth of whiskey tonight", RL, Severity.HIGH),
        ("my parents beat me last night", AB, Severity.MEDIUM),
        # threats: with one's own firearm; stomping someone out; whoever did it
        ("heading back to that office with my pistol tomorrow", V, Severity.HIGH),
        ("one more word and i'm stomping him out in the lot", V, Severity.HIGH),
        ("i'll hurt whoever reported me, swear to god", V, Severity.HIGH),
        # a firearm taken to a class or a club is still an armed approach
        ("bringing a gun to class tomorrow", V, Severity.CRITICAL),
        ("taking my gun to the club tonight", V, Severity.CRITICAL),
    ],
)
def test_settings_weeks_readings_alert(text: str, category: Category, severity: Severity) -> None:
    assert_alerts(text, category, severity)


@pytest.mark.parametrize(
    "text",
    [
        # suppositions about what is to come stay hypothetical
        "what happens if you relapse this weekend, do they call your sponsor?",
        "if someone drinks at a wedding next month does it reset their date",
        # dated history: two years given, the war years, the worst year, "i once", university
        "got narcanned four times between 2012 and 2014, I carry kits for others now",
        "I wanted to die during the war years. now I coach my grandson's team",
        "i once wrote a goodbye note. my therapist and i shredded it together last spring",
        "back in uni I did lines most weekends, glad that's over",
        "I remember being suicidal in the psych ward like it was someone else",
        # years free of it since; "like it was yesterday" is no recent day
        "my darkest year i burned myself a lot. i'm six years free of it",
        "I remember the night I overdosed like it was yesterday, and it was 2017",
        # a last drink long ago is a milestone
        "my last drink was 200 days ago and the cravings are quieter",
        "five years since my overdose today, grateful",
        # "no" and "none" answers; Portuguese negation
        "my doctor asked if I'd had thoughts of hurting myself. I said none lately",
        "não quero me matar, só estou muito cansado",
        # a busy ward, a vaccine's day after, a pharmacy pickup, hyperbole about eyebrows
        "we got hammered in the ER tonight, every bay full",
        "flu shot yesterday and i feel like i've been hit by a truck",
        "my blood pressure pills are ready at the pharmacy, going after lunch",
        "she said 'i'd kill for your eyebrows' and made my whole week",
        # parents are someone else; a waiting list is no high; a soft drink shared
        "my parents got drunk at the wedding last night",
        "we're high on the waiting list for housing",
        "we split a bottle of sparkling cider at midnight",
        # a firearm taken to the range, the woods or the gunsmith
        "heading to the range with my rifle after work",
        "bringing my shotgun to the deer stand saturday",
        "taking my pistol to the gunsmith, the slide sticks",
        "taking my shotgun to the skeet range with my dad sunday",
        # toy guns and tool knives
        "my son is taking his bb gun to his friend's house",
        "my stepdad's fishing knife is in the truck",
        "i'm on the bridge of the ship in my new video game",
        # a patient is someone else
        "pt OD'd in bay 2, we pushed narcan and he walked out AMA",
        # a device that will not wake is no person
        "my laptop isn't waking up from sleep again",
        "my savings took a hit this morning after the car repair",
    ],
)
def test_settings_weeks_readings_leave_everyday_chat_alone(text: str) -> None:
    assert_quiet(text)


def test_urge_met_by_something_done_instead_is_managed() -> None:
    """An urge handled by doing something else is a low note, not a page."""
    assessment = RULES_ALONE.assess("itching to cut tonight, did the breathing thing instead")
    assert assessment.category is SH
    assert assessment.severity is Severity.LOW


def test_a_carving_knife_is_no_tool() -> None:
    """The knives read as tools (a fishing knife, a butter knife) leave out the ones threats
    name: this one still alerts."""
    text = "if he comes round tonight i'll be waiting behind the door with the carving knife"
    assessment = assess(text)
    assert assessment.escalate
    assert assessment.category is V
