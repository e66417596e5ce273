"""The seven scenes of the demo, each with checks of what its people should see.

simcord's clock starts on Thursday 1 January 2026 at 00:00 UTC, which is 19:00 on New Year's
Eve in New York, the demo server's time zone. The evening prompt is due at 20:00 there.
"""

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

import discord
from simcord import InteractionResult
from simcord.actors import MemberActor
from simcord.builders import ChannelHandle

from bot.demo.checks import Scorecard
from bot.demo.stage import Stage
from bot.demo.transcript import Transcript
from bot.demo.world import DemoWorld
from bot.settings import Settings

ALERT_BUTTONS = ["Acknowledge", "Resolve", "False alarm", "Open private thread"]
ORDINARY_TALK = [
    ("alex", "90 days sober today. Didn't think I'd ever say that."),
    ("jordan", "this craving is killing me but I'm ok, going for a walk after group"),
    ("sam", "I used to drink every day, now I go to meetings instead"),
]
CRISIS = "I can't do this anymore. I have the pills lined up and I'm taking them tonight."
RELAPSE = "I'm going to use again tonight, I already bought some"
SHARE = "Told my family about the program this weekend. It went better than I feared."
# The rest of the week's check-ins: (mood, cravings) each evening; jordan slowly feels better.
REST_OF_WEEK = [
    {"alex": ("7", "3"), "jordan": ("5", "6"), "sam": ("6", "4")},
    {"alex": ("8", "2"), "jordan": ("5", "5"), "sam": ("5", "5")},
    {"alex": ("7", "2"), "jordan": ("6", "4"), "sam": ("6", "3")},
    {"alex": ("8", "1"), "jordan": ("7", "3"), "sam": ("7", "3")},
]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass
class Demo:
    """What the scenes share: the world, the stage, the scorecard, and what they made."""

    world: DemoWorld
    stage: Stage
    transcript: Transcript
    card: Scorecard
    settings: Settings
    group: ChannelHandle | None = None
    handled_alerts: list[int] = field(default_factory=list)

    def person(self, name: str) -> MemberActor:
        """A participant by name."""
        return next(p for p in self.world.participants if p.name == name)

    def require_group(self) -> ChannelHandle:
        """The peer group channel made in scene 2."""
        if self.group is None:
            raise RuntimeError("there is no group channel (scene 2 did not create it)")
        return self.group


# Reading what users see -------------------------------------------------------------------


def reply_text(result: InteractionResult) -> str:
    """The text of a command's reply: the response, or its last follow-up when deferred."""
    response = result.response
    if (response is None or not response.content) and result.followups:
        response = result.followups[-1]
    return response.content if response is not None else ""


def labels(message: discord.Message) -> list[str]:
    """The labels of a message's buttons, in order."""
    return [
        child.label or ""
        for row in message.components
        for child in getattr(row, "children", [])
        if isinstance(child, discord.Button)
    ]


def alerts(world: DemoWorld) -> list[discord.Message]:
    """Counselor alerts (one per escalation) in the counselors channel."""
    return [
        message
        for message in world.counselors.history()
        if message.embeds and "escalation #" in (message.embeds[0].title or "")
    ]


def field_value(message: discord.Message, name: str) -> str:
    """The value of an embed field of a message, or empty."""
    for embed_field in message.embeds[0].fields if message.embeds else []:
        if embed_field.name == name:
            return embed_field.value or ""
    return ""


def can_see(member: MemberActor, channel: ChannelHandle) -> bool:
    """Whether a member can see a channel at all (they can use commands only where they can)."""
    return bool(member.available_commands(channel))


def bot_dms(member: MemberActor) -> list[discord.Message]:
    """What the bot sent a member by DM."""
    return [m for m in member.user.dm_channel.history() if m.author.bot]


def escalation_number(message: discord.Message) -> int | None:
    """The escalation number in an alert's title."""
    match = re.search(r"escalation #(\d+)", message.embeds[0].title or "")
    return int(match.group(1)) if match else None


# The scenes -------------------------------------------------------------------------------


async def scene_setup(demo: Demo) -> None:
    """A server admin tells Lantern which roles and channels to use."""
    world, stage, card = demo.world, demo.stage, demo.card
    demo.transcript.note(
        "The server has Participant, Facilitator and Counselor roles, a public #welcome, and "
        "private #counselors and #modlog channels. Participants have no role yet."
    )
    result = await stage.slash(
        world.admin,
        world.welcome,
        "setup roles",
        participant=world.participant_role,
        facilitator=world.facilitator_role,
        counselor=world.counselor_role,
    )
    card.expect(result.ephemeral and reply_text(result) == "Roles saved.", "/setup roles saves")
    result = await stage.slash(
        world.admin,
        world.welcome,
        "setup channels",
        counselors=world.counselors,
        modlog=world.modlog,
    )
    card.expect(
        reply_text(result) == "Channels saved.", "/setup channels saves", reply_text(result)
    )
    result = await stage.slash(
        world.admin, world.welcome, "setup region", region="US", timezone="America/New_York"
    )
    card.expect("saved" in reply_text(result), "/setup region saves", reply_text(result))
    result = await stage.slash(world.admin, world.welcome, "setup show")
    embed = result.response.embeds[0] if result.response and result.response.embeds else None
    still = (
        next((f.value or "" for f in embed.fields if f.name == "Still needed"), "") if embed else ""
    )
    card.expect("fully set up" in still, "/setup show says Lantern is fully set up", still)


async def scene_group(demo: Demo) -> None:
    """A facilitator creates a peer group; three newcomers agree to the guidelines."""
    world, stage, card = demo.world, demo.stage, demo.card
    result = await stage.slash(
        world.facilitator,
        world.welcome,
        "group create",
        name="evening group",
        topic="IOP group, evenings",
    )
    match = re.search(r"<#(\d+)>", reply_text(result))
    group = next(
        (c for c in world.guild.channels.values() if match and c.id == int(match[1])), None
    )
    if not card.expect(
        group is not None, "/group create makes a group channel", reply_text(result)
    ):
        raise RuntimeError("no group channel")
    assert group is not None
    demo.group = group
    card.expect(
        not any(can_see(p, group) for p in world.participants),
        "newcomers cannot see the group before agreeing",
    )
    result = await stage.slash(
        world.facilitator, world.welcome, "group guidelines", channel=world.welcome
    )
    posts = [m for m in world.welcome.history() if "I agree" in labels(m)]
    card.expect(
        len(posts) == 1 and posts[0].pinned, "the guidelines are posted and pinned with [I agree]"
    )
    if not posts:
        raise RuntimeError("no guidelines post")
    for participant in world.participants:
        result = await stage.click(participant, posts[0], "I agree")
        card.expect(
            "Thank you for agreeing" in reply_text(result),
            f"{participant.name} is thanked for agreeing",
            reply_text(result),
        )
    card.expect(
        all(can_see(p, group) for p in world.participants),
        "all three participants can see the group after agreeing",
    )


async def scene_prompt(demo: Demo) -> None:
    """The facilitator schedules the evening prompt, and it posts on time with a thread."""
    world, stage, card = demo.world, demo.stage, demo.card
    group = demo.require_group()
    result = await stage.slash(
        world.facilitator, group, "prompts schedule", channel=group, days="daily", time="8pm"
    )
    card.expect("Schedule #1 saved" in reply_text(result), "/prompts schedule saves the schedule")
    posted_at = world.env.now().replace(hour=1, minute=0, second=0, microsecond=0)
    before = prompt_posts(group)
    await stage.wait_until(posted_at - timedelta(minutes=1), "waiting for 8pm in New York")
    card.expect(prompt_posts(group) == before, "nothing is posted before 8pm")
    await stage.wait_until(posted_at + timedelta(minutes=1), "the evening group begins")
    posts = prompt_posts(group)[len(before) :]
    card.expect(len(posts) == 1, "one prompt is posted at 8pm", f"{len(posts)} posts")
    if posts:
        embed = posts[0].embeds[0]
        card.expect(
            any(f.name == "Reflect" for f in embed.fields), "the prompt has a Reflect question"
        )
        threads = [t.name for t in group.threads]
        card.expect(
            (embed.title or "")[:100] in threads,
            "a discussion thread is opened on it",
            str(threads),
        )


def prompt_posts(channel: ChannelHandle) -> list[discord.Message]:
    """Prompts the bot posted in a channel (embeds with a Reflect question)."""
    return [
        m
        for m in channel.history()
        if m.author.bot
        and not m.flags.ephemeral
        and m.embeds
        and any(f.name == "Reflect" for f in m.embeds[0].fields)
    ]


async def scene_talk(demo: Demo) -> None:
    """Participants talk, check in and share anonymously; ordinary recovery talk raises nothing."""
    world, stage, card = demo.world, demo.stage, demo.card
    group = demo.require_group()
    for name, text in ORDINARY_TALK:
        await stage.say(demo.person(name), group, text)
    threads = group.threads
    if threads:
        await stage.say(
            demo.person("alex"),
            threads[0],
            "For me it's the late evenings. Calling my sponsor helps.",
        )
    card.expect(alerts(world) == [], "ordinary recovery talk raises no alert")
    card.expect(
        all(bot_dms(p) == [] for p in world.participants), "nobody is sent crisis resources for it"
    )
    answers = {"alex": ("7", "2", "no"), "jordan": ("4", "7", "no"), "sam": ("6", "3", "no")}
    for name, (mood, cravings, used) in answers.items():
        who = demo.person(name)
        shown = await stage.slash(who, group, "checkin")
        if not card.expect(shown.modal is not None, f"/checkin shows {name} a form"):
            continue
        result = await stage.submit(who, shown, {"mood": mood, "cravings": cravings, "used": used})
        card.expect(
            result.ephemeral and "Thank you for checking in" in reply_text(result),
            f"{name}'s check-in is thanked privately",
            reply_text(result),
        )
    sam = demo.person("sam")
    shown = await stage.slash(sam, group, "share")
    if card.expect(shown.modal is not None, "/share shows a form"):
        result = await stage.submit(sam, shown, {"text": SHARE})
        card.expect("Shared in" in reply_text(result), "the share is confirmed privately")
        shared = [
            m
            for m in group.history()
            if m.embeds and "shared anonymously" in (m.embeds[0].author.name or "")
        ]
        card.expect(len(shared) == 1, "the share appears in the group under a pseudonym")
        seen = " ".join(str(m.embeds[0].to_dict()) + m.content for m in shared)
        card.expect(
            sam.name not in seen and str(sam.id) not in seen, "the share does not name its author"
        )
    card.expect(alerts(world) == [], "still no alert after the check-ins and the share")


async def scene_crisis(demo: Demo) -> None:
    """A message that needs a counselor: resources, the alert, acknowledge, thread, resolve."""
    world, stage, card = demo.world, demo.stage, demo.card
    group = demo.require_group()
    jordan, counselor = demo.person("jordan"), world.counselor
    await stage.say(jordan, group, CRISIS)
    dms = bot_dms(jordan)
    card.expect(len(dms) == 1 and bool(dms[0].embeds), "jordan is sent crisis resources by DM")
    found = alerts(world)
    if not card.expect(len(found) == 1, "one alert appears in #counselors", f"{len(found)} alerts"):
        raise RuntimeError("no alert to act on")
    alert = found[0]
    number = escalation_number(alert)
    card.expect(
        labels(alert) == ALERT_BUTTONS, "the alert has its four buttons", str(labels(alert))
    )
    card.expect("CRITICAL" in (alert.embeds[0].title or ""), "the alert is marked critical")
    await stage.click(counselor, alert, "Acknowledge")
    status = field_value(alerts(world)[0], "Status")
    card.expect("Acknowledged by" in status, "the alert shows it was acknowledged", status)
    result = await stage.click(counselor, alerts(world)[0], "Open private thread")
    card.expect(
        "Private thread opened" in reply_text(result), "the counselor is told the thread is open"
    )
    thread = next(
        (t for t in group.threads if (t.name or "").startswith("Check-in with a counselor")), None
    )
    if card.expect(thread is not None, "a private thread is opened with jordan"):
        assert thread is not None
        card.expect(
            not can_see(demo.person("alex"), thread), "other participants cannot see that thread"
        )
        await stage.say(
            jordan, thread, "thank you. I gave the pills to my sister, I'm at her place tonight"
        )
    shown = await stage.click(counselor, alerts(world)[0], "Resolve")
    if card.expect(shown.modal is not None, "Resolve asks for an outcome note"):
        await stage.submit(
            counselor,
            shown,
            {"note": "Spoke with Jordan in thread; safe with family tonight, call booked."},
        )
    status = field_value(alerts(world)[0], "Status")
    card.expect("Resolved by" in status, "the alert shows it was resolved", status)
    if number is not None:
        demo.handled_alerts.append(number)


async def scene_repage(demo: Demo) -> None:
    """A second alert nobody acknowledges: counselors are paged again after the deadline."""
    world, stage, card = demo.world, demo.stage, demo.card
    group = demo.require_group()
    await stage.say(demo.person("alex"), group, RELAPSE)
    new = [m for m in alerts(world) if escalation_number(m) not in demo.handled_alerts]
    if not card.expect(len(new) == 1, "a second alert appears", f"{len(new)} new alerts"):
        raise RuntimeError("no second alert")
    number = escalation_number(new[0])
    card.expect(labels(new[0]) == ALERT_BUTTONS, "the second alert has its four buttons")
    deadline = new[0].created_at + timedelta(minutes=demo.settings.escalation.ack_minutes_high)
    await stage.wait_until(deadline - timedelta(minutes=1), "nobody acknowledges it")
    card.expect(repages(world, number) == [], "no re-page before the deadline")
    await stage.wait_until(deadline + timedelta(minutes=1), "the acknowledge deadline passes")
    card.expect(len(repages(world, number)) == 1, "counselors are re-paged after the deadline")
    alert = next(m for m in alerts(world) if escalation_number(m) == number)
    await stage.click(world.counselor, alert, "Acknowledge")
    alert = next(m for m in alerts(world) if escalation_number(m) == number)
    status = field_value(alert, "Status")
    card.expect("Acknowledged by" in status, "the re-paged alert is then acknowledged", status)


def repages(world: DemoWorld, number: int | None) -> list[discord.Message]:
    """Re-page messages about one escalation in the counselors channel."""
    return [
        m
        for m in world.counselors.history()
        if "Re-page" in m.content and f"escalation #{number}" in m.content
    ]


async def scene_summary(demo: Demo) -> None:
    """The week goes on; the facilitator views check-in trends and a participant their own."""
    world, stage, card = demo.world, demo.stage, demo.card
    group = demo.require_group()
    evening = world.env.now()
    for day, answers in enumerate(REST_OF_WEEK, start=1):
        await stage.wait_until(evening + timedelta(days=day), "the next evening")
        said = ", ".join(
            f"{name} (mood {mood}, cravings {cravings})"
            for name, (mood, cravings) in answers.items()
        )
        demo.transcript.note(f"Everyone checks in privately: {said}")
        with demo.transcript.quiet():
            for name, (mood, cravings) in answers.items():
                who = demo.person(name)
                shown = await stage.slash(who, group, "checkin")
                await stage.submit(who, shown, {"mood": mood, "cravings": cravings, "used": "no"})
    result = await stage.slash(world.facilitator, group, "checkins summary", channel=group, days=7)
    embed = result.response.embeds[0] if result.response and result.response.embeds else None
    description = (embed.description or "") if embed else ""
    card.expect(
        result.ephemeral and embed is not None, "the summary is shown to the facilitator only"
    )
    days_shown = description.count("3 people")
    card.expect(
        days_shown == len(REST_OF_WEEK) + 1,
        "the summary shows a line for each day the three checked in",
        description,
    )
    card.expect(
        not any(p.name in description for p in world.participants), "the summary names nobody"
    )
    await stage.slash(demo.person("jordan"), group, "checkins history")
    for name in ("trends.png", "checkins.png"):
        path = demo.transcript.saved.get(name)
        card.expect(path is not None and path.is_file(), f"the chart {name} is written")
        if path is not None and path.is_file():
            card.expect(path.read_bytes().startswith(PNG_MAGIC), f"{name} is a PNG image")


Scene = Callable[[Demo], Awaitable[None]]
SCENES: list[tuple[str, Scene]] = [
    ("Setting up the server", scene_setup),
    ("A peer group and its guidelines", scene_group),
    ("A psychoeducation prompt on schedule", scene_prompt),
    ("Group talk, check-ins and an anonymous share", scene_talk),
    ("A message that needs a counselor", scene_crisis),
    ("An alert nobody acknowledges", scene_repage),
    ("Check-in trends for the facilitator", scene_summary),
]
