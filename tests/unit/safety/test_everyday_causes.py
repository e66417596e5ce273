"""Everyday injuries, drinks, errands and laughter that the rules once read as risk.

An injury told with its everyday cause after it ("i cut myself, ugh, slicing the bread",
"burned my arm today, pulling the tray out") is an accident: both self-harm rules now share
one list of such causes (``ACCIDENT``). A bottle of a soft drink named by brand is no relapse,
a slip in the kitchen is a fall, "can't breathe, i'm laughing" is laughter and "drunk on love"
a figure of speech. Someone who "won't come to dinner" or is "not coming to group" was read as
someone who will not regain consciousness (an overdose in progress, critical), and so, at
critical, were other symptoms with their everyday explanation after them ("isn't answering her
phone, probably at work", "unresponsive on discord", "lips are blue from the popsicle"), and
a roof or a bridge with an errand after it ("on the roof right now cleaning the gutters"). So
were a card slipped into a machine, windows blacked out for a nap, a hold in a jiu jitsu class
and a relapse into watching a show, "too many pictures", "myself" as who a shelf or a slice is
for, and a goodbye with a trip beside it ("not going to be here next week, vacation!"); and
among family and partners, a knife pulled out to cut the cake, a phone taken to look at memes,
"pushed me to apply", "grabbed me by the hand", a water balloon, "scared of my dad's driving" and
a kicking "in fantasy football". Breathless from a workout or the humidity, a nick that won't stop
bleeding, a knife that slipped, a haircut, a beard with too much off, a bar hung from for the
shoulders and a toddler's bite are everyday too; a figure only covers the words right beside it,
so a disclosure told in between still alerts. The same words still alert where they tell of harm or use.
"""

import pytest

from bot.safety import Category, Severity
from tests.unit.safety.rules_alone import assert_alerts, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        # an injury with its everyday cause after it, even past a time or an interjection
        "i cut myself, ugh, slicing the bread",
        "cut my finger tonight peeling potatoes for the stew",
        "i burned my arm today, pulling the tray out of the oven",
        "burned myself again grabbing the pan handle lol",
        "i hurt myself lifting the couch up the stairs",
        "i cut myself while cooking",
        "i burned my hand while i was making dinner",
        "burned my arm on the oven, not on purpose lol",
        "i scratched my arm gardening, the roses won",
        "i hurt my back doing yoga this morning",
        "hurt myself on my bike on the way home",
        # a soft drink by name beside "drank", "chugged" or "downed"
        "drank a bottle of powerade and took my meds after the run",
        "chugged a bottle of lucozade then my migraine pills",
        "i drank a whole bottle of pedialyte, feeling human again",
        "downed a fanta after practice",
        # a fall
        "i slipped in the kitchen and banged my knee",
        "slipped in the shower this morning, i'm fine",
        "i slipped and hit my head on the cupboard",
        # laughter and figures of speech
        "i can't breathe i'm laughing so hard",
        "cannot breathe, crying laughing at this video",
        "i'm drunk on sleep deprivation at this point",
        "we're all drunk on sunshine after that hike",
        # coming to a place or an event, or round to an idea
        "he's not coming to group tonight, he has the flu",
        "my son locked himself in his room and won't come to dinner",
        "my dad won't come around to the idea of a new car",
        # someone else's "symptom" explained
        "my sister isn't answering her phone, probably at work",
        "my husband is so hard to wake up on weekends",
        "my mom stopped breathing so loud since she got the cpap",
        "my dad is blue about the game last night",
        "my son's lips are blue from the popsicle",
        "my friend is unresponsive on discord today",
        "my roommate is slumped over his desk studying",
        "my daughter's breathing sounds funny, she has a cold",
        "my brother is seizing the day lol",
        # up high for an errand
        "i'm on the roof right now cleaning the gutters",
        "standing on the bridge waiting for the parade lol",
        # an object slipped or blacked out, a hold in a grappling class, a show
        "slipped my card into the machine and it ate it",
        "she slipped the note under my door",
        "i blacked out the windows for the baby's nap",
        "he choked me out in jiu jitsu class today, good roll",
        "i relapsed into watching the office for the 5th time",
        # too many of something that is no drug; "myself" as who something is for; a trip
        "i took way too many pictures at the zoo",
        "hanging myself a new shelf today lol",
        "cutting myself a slice of cake",
        "i'm gonna shoot myself a reminder",
        "i'm not going to be here next week, vacation!",
        "this is my last message before my flight, bye all",
        "i won't be around for a while, camping trip",
        # family, partners and games
        "he pulled a knife out to cut the cake",
        "he took my phone to look at the memes",
        "my partner pushed me to apply for the job",
        "he grabbed me by the hand and dragged me to the dance floor",
        "my son hit me with a water balloon",
        "i'm scared of my dad's driving lol",
        "he's gonna get his ass kicked in fantasy football this week",
        # workouts, weather, grooming, tools, toddlers
        "spin instructor kept us on the stairmaster for 20 min, i still can't breathe",
        "too humid today, i can't breathe out there",
        "tiny nick on my chin but it won't stop bleeding",
        "the bread knife slipped and nicked my thumb",
        "slipped on black ice outside the pharmacy",
        "gave myself a buzz cut tonight",
        "trimmed my beard and took too much off the left side",
        "i hang from the pull-up bar every morning for my back",
        "my toddler bit my arm at daycare pickup",
        "my toddler drank the whole bottle of apple juice",
        "blacked out the whole house when i tripped the breaker",
        "my daughter hit her first home run today!!",
        # medicine put away, a pet's mishap, a sleepy friend, a stuffy nose, yoga on the floor
        "i have all my meds lined up in the organizer finally",
        "i'm stockpiling tylenol because the pharmacy keeps running out",
        "my dog ate a whole bottle of vitamins, vet says he'll be ok",
        "my friend won't wake up for our hike, texting her again",
        "he's not breathing through his nose, so stuffed up",
        "i found my mom on the floor doing yoga lol scared me",
        # a house rule broken, a jab at the doctor's, worn out by work
        "i relapsed on my no-phone-before-bed rule lol",
        "had a shot at the doctor's today, arm is sore",
        "i'm wasted after that double shift",
    ],
)
def test_everyday_injury_drink_or_laughter_is_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    ("text", "category", "severity"),
    [
        ("i cut myself on purpose tonight", Category.SELF_HARM, Severity.HIGH),
        ("i cut myself on my arm again", Category.SELF_HARM, Severity.HIGH),
        ("i burned myself with a lighter today", Category.SELF_HARM, Severity.HIGH),
        (
            "cut my thigh after the fight, then went back to cooking",
            Category.SELF_HARM,
            Severity.HIGH,
        ),
        ("drank a bottle of vodka and took my meds", Category.RELAPSE, Severity.HIGH),
        ("drank last weekend to ensure i would sleep", Category.RELAPSE, Severity.MEDIUM),
        ("chugged a bottle of wine before group", Category.RELAPSE, Severity.HIGH),
        ("i slipped at the bar last night", Category.RELAPSE, Severity.MEDIUM),
        ("slipped in my recovery, drank on friday", Category.RELAPSE, Severity.MEDIUM),
        ("i'm drunk on vodka right now", Category.RELAPSE, Severity.HIGH),
        ("got drunk on vacation", Category.RELAPSE, Severity.MEDIUM),
        ("i can't breathe, i took all my pills", Category.OVERDOSE, Severity.CRITICAL),
        ("she won't come to, i gave her narcan", Category.OVERDOSE, Severity.CRITICAL),
        ("my brother is not coming to and his lips are blue", Category.OVERDOSE, Severity.CRITICAL),
        ("he won't come around, please help", Category.OVERDOSE, Severity.CRITICAL),
        (
            "my sister isn't answering, she took a bunch of pills",
            Category.OVERDOSE,
            Severity.CRITICAL,
        ),
        ("he's slumped over the steering wheel", Category.OVERDOSE, Severity.CRITICAL),
        ("she's seizing on the floor", Category.OVERDOSE, Severity.CRITICAL),
        ("his lips are blue and he won't wake up", Category.OVERDOSE, Severity.CRITICAL),
        ("he's hard to wake up and his breathing is weird", Category.OVERDOSE, Severity.CRITICAL),
        ("my friend is unresponsive after he used", Category.OVERDOSE, Severity.CRITICAL),
        ("i'm on the roof right now", Category.SUICIDE, Severity.CRITICAL),
        ("i slipped a little last night", Category.RELAPSE, Severity.MEDIUM),
        ("i slipped the other night", Category.RELAPSE, Severity.MEDIUM),
        ("i slipped my first week out of rehab", Category.RELAPSE, Severity.MEDIUM),
        ("i blacked out last night", Category.RELAPSE, Severity.MEDIUM),
        ("he choked me out last night", Category.ABUSE, Severity.MEDIUM),
        ("i relapsed into old habits this weekend", Category.RELAPSE, Severity.MEDIUM),
        ("took too many of the pills", Category.OVERDOSE, Severity.CRITICAL),
        ("i'm going to hang myself tonight", Category.SUICIDE, Severity.CRITICAL),
        ("i cut myself a lot last night", Category.SELF_HARM, Severity.MEDIUM),
        ("this is my last message. goodbye", Category.SUICIDE, Severity.CRITICAL),
        ("i won't be here next week, i'm going to end it", Category.SUICIDE, Severity.CRITICAL),
        ("he pulled a knife out and pointed it at me", Category.ABUSE, Severity.CRITICAL),
        ("he took my phone to check who i was texting", Category.ABUSE, Severity.MEDIUM),
        ("my boyfriend pushed me into the wall last night", Category.ABUSE, Severity.MEDIUM),
        ("he grabbed me by the hair", Category.ABUSE, Severity.MEDIUM),
        ("i'm scared of my dad's temper", Category.ABUSE, Severity.HIGH),
        ("he's gonna get his ass kicked when i see him", Category.VIOLENCE, Severity.HIGH),
        (
            "after the hike i took all my pills and now i can't breathe",
            Category.OVERDOSE,
            Severity.CRITICAL,
        ),
        (
            "i cut my wrist after shaving and it won't stop bleeding",
            Category.SELF_HARM,
            Severity.HIGH,
        ),
        ("i'm going to hang myself from the rafters", Category.SUICIDE, Severity.CRITICAL),
        ("i bit my arm till it bled", Category.SELF_HARM, Severity.HIGH),
        ("i cut again tonight", Category.SELF_HARM, Severity.HIGH),
        (
            "the storm knocked the power out and i drank till i blacked out",
            Category.RELAPSE,
            Severity.MEDIUM,
        ),
        # "while" and a trip or a break are no cause of an injury
        (
            "i scratched my wrists raw while they argued downstairs",
            Category.SELF_HARM,
            Severity.HIGH,
        ),
        ("i burned my arm with a lighter on the bus home", Category.SELF_HARM, Severity.HIGH),
        ("cut my thigh again on my break at work", Category.SELF_HARM, Severity.HIGH),
        ("i have all my pills lined up on the table", Category.SUICIDE, Severity.MEDIUM),
        ("i've been stockpiling my meds", Category.SUICIDE, Severity.HIGH),
        ("my son ate a whole bottle of my pills", Category.OVERDOSE, Severity.CRITICAL),
        ("she won't wake up for anything, she took pills", Category.OVERDOSE, Severity.CRITICAL),
        ("i found my brother on the bathroom floor", Category.OVERDOSE, Severity.CRITICAL),
        ("he's not breathing", Category.OVERDOSE, Severity.CRITICAL),
        ("i relapsed on my meds", Category.RELAPSE, Severity.HIGH),
        ("had a shot at the bar after work", Category.RELAPSE, Severity.HIGH),
        ("i'm wasted after that bottle of wine", Category.RELAPSE, Severity.HIGH),
        # a cause that was meant is no accident
        ("i burnt my arm on the cooker ring on purpose", Category.SELF_HARM, Severity.HIGH),
        ("standing on the ledge right now looking down", Category.SUICIDE, Severity.CRITICAL),
        (
            "standing on the platform waiting for the fast train, i'm done",
            Category.SUICIDE,
            Severity.CRITICAL,
        ),
    ],
)
def test_the_same_words_still_alert_where_they_tell_of_harm(
    text: str, category: Category, severity: Severity
) -> None:
    assert_alerts(text, category, severity)
