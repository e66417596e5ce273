"""How escalations look in Discord: the alert embed, pages, and the resources message."""

from datetime import datetime

import discord

from bot.content import load_resources, naloxone_note, resources_intro
from bot.escalation.model import Details, Escalation, Event, Status, severity_rank

SEVERITY_COLOURS = {
    "critical": discord.Colour.from_rgb(190, 20, 30),
    "high": discord.Colour.from_rgb(230, 100, 20),
    "medium": discord.Colour.from_rgb(235, 180, 30),
    "low": discord.Colour.from_rgb(120, 140, 160),
}
CLOSED_COLOUR = discord.Colour.from_rgb(70, 150, 90)
SOURCE_WORDS = {
    "detector": "Automatic detection",
    "flag": "Flagged by a member",
    "staff": "Raised by staff",
    "checkin": "Check-in",
    "share": "Anonymous share",
}
MAX_FIELD = 1024


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quote(text: str, limit: int) -> str:
    """Quote user text for an embed: clipped, code-fenced markup neutralised."""
    return _clip(discord.utils.escape_markdown(text.replace("\n", " ")), limit)


def stamp(when: datetime) -> str:
    """A Discord timestamp that each reader sees in their own time zone."""
    return discord.utils.format_dt(when, "f")


def who(escalation: Escalation, member_name: str | None) -> str:
    """The member as counselors see them (a pseudonym when the source is anonymous)."""
    if escalation.member_id is None:
        return f"Anonymous participant ({escalation.pseudonym or 'no pseudonym'})"
    name = f" ({discord.utils.escape_markdown(member_name)})" if member_name else ""
    shared_as = f"\nShared anonymously as {escalation.pseudonym}" if escalation.pseudonym else ""
    return f"<@{escalation.member_id}>{name}{shared_as}"


def alert_embed(
    escalation: Escalation, details: Details, member_name: str | None, marker: str
) -> discord.Embed:
    """The counselor alert: severity, category, source, who, where, what, why, context, when."""
    closed = escalation.status.closed
    embed = discord.Embed(
        title=f"{escalation.severity.upper()} · {escalation.category.replace('_', ' ')} · "
        f"escalation #{escalation.id}",
        colour=CLOSED_COLOUR if closed else SEVERITY_COLOURS.get(escalation.severity),
        timestamp=escalation.created_at,
    )
    embed.add_field(name="Member", value=who(escalation, member_name), inline=True)
    embed.add_field(
        name="Source", value=SOURCE_WORDS.get(escalation.source.value, "?"), inline=True
    )
    if escalation.channel_id is not None:
        where = f"<#{escalation.channel_id}>"
        if escalation.message_id is not None:
            link = (
                f"https://discord.com/channels/{escalation.guild_id}/"
                f"{escalation.channel_id}/{escalation.message_id}"
            )
            where += f" · [jump to message]({link})"
        embed.add_field(name="Where", value=where, inline=True)
    if details.excerpt:
        embed.add_field(name="Message", value=_quote(details.excerpt, 900), inline=False)
    if details.reasons:
        lines = [
            f"`{reason.rule_id}`: “{_quote(reason.matched, 60)}”"
            + (f" ({', '.join(reason.modifiers)})" if reason.modifiers else "")
            for reason in details.reasons[:6]
        ]
        embed.add_field(name="Why", value=_clip("\n".join(lines), MAX_FIELD), inline=False)
    if details.context:
        lines = [
            f"**{discord.utils.escape_markdown(line.author)}**: {_quote(line.text, 200)}"
            for line in details.context[-3:]
        ]
        embed.add_field(name="Just before", value=_clip("\n".join(lines), MAX_FIELD), inline=False)
    embed.add_field(name="Status", value=status_line(escalation), inline=False)
    embed.set_footer(text=f"Lantern · {marker}")
    return embed


DIGEST_MAX = 20  # escalations per digest message: one "Open" button each, within Discord's 25


def digest_embed(escalations: list[Escalation], markers: list[str]) -> discord.Embed:
    """One message for many non-critical alerts that arrived in the same minute."""
    lines = []
    for escalation in escalations:
        where = f" · <#{escalation.channel_id}>" if escalation.channel_id else ""
        member = (
            f"<@{escalation.member_id}>"
            if escalation.member_id is not None
            else f"anonymous ({escalation.pseudonym or 'no pseudonym'})"
        )
        lines.append(
            f"**#{escalation.id}** · {escalation.severity} · "
            f"{escalation.category.replace('_', ' ')} · "
            f"{SOURCE_WORDS.get(escalation.source.value, '?').lower()}{where} · {member}"
        )
    embed = discord.Embed(
        title=f"Digest: {len(escalations)} alerts arrived within a minute",
        description=_clip(
            "So many alerts arrived at once that they are collected here instead of flooding "
            "the channel. Each is a full escalation and is re-paged until someone acknowledges "
            "it: press **Open** to see it and act on it.\n\n" + "\n".join(lines),
            4000,
        ),
        colour=SEVERITY_COLOURS.get(max((e.severity for e in escalations), key=severity_rank)),
    )
    embed.set_footer(text=_clip("Lantern · " + " ".join(markers), 2000))
    return embed


def status_line(escalation: Escalation) -> str:
    """Who owns it and what happened, in one or two lines."""
    parts = []
    if escalation.fold_count:
        parts.append(f"{escalation.fold_count + 1} messages from this member in this category")
    if escalation.status is Status.OPEN:
        due = escalation.ack_deadline
        parts.append(
            "**Open**: waiting for a counselor to acknowledge"
            + (f" (re-page {discord.utils.format_dt(due, 'R')})" if due else "")
        )
        if escalation.overdue:
            parts.append("**Overdue**: backup contacts have been paged")
    if escalation.acknowledged_by is not None and escalation.acknowledged_at is not None:
        parts.append(
            f"Acknowledged by <@{escalation.acknowledged_by}> {stamp(escalation.acknowledged_at)}"
        )
    if escalation.status.closed and escalation.closed_at is not None:
        word = "Resolved" if escalation.status is Status.RESOLVED else "Marked a false alarm"
        parts.append(f"{word} by <@{escalation.closed_by}> {stamp(escalation.closed_at)}")
    if escalation.thread_id is not None:
        parts.append(f"Private thread: <#{escalation.thread_id}>")
    return "\n".join(parts)


def history_embed(escalation: Escalation, events: list[Event]) -> discord.Embed:
    """The full event history of an escalation."""
    lines = []
    for event in events:
        actor = f" by <@{event.actor_id}>" if event.actor_id else ""
        note = f": {_quote(event.note, 150)}" if event.note else ""
        lines.append(f"{stamp(event.at)} · {event.kind.replace('_', ' ')}{actor}{note}")
    return discord.Embed(
        title=f"History of escalation #{escalation.id}",
        description=_clip("\n".join(lines) or "No events.", 4000),
    )


def page_text(
    escalation: Escalation, page: int, counselor_role_id: int | None, backup_role_id: int | None
) -> str:
    """The re-page message: refers to the alert and mentions who must act."""
    who_to_ping = " ".join(
        f"<@&{role}>"
        for role in (counselor_role_id, backup_role_id if escalation.overdue else None)
        if role
    )
    link = ""
    if escalation.alert_channel_id and escalation.alert_message_id:
        link = (
            f" https://discord.com/channels/{escalation.guild_id}/"
            f"{escalation.alert_channel_id}/{escalation.alert_message_id}"
        )
    overdue = " It is now overdue; backup contacts are being paged." if escalation.overdue else ""
    return (
        f"{who_to_ping} Re-page {page}: {escalation.severity} escalation #{escalation.id} "
        f"({escalation.category.replace('_', ' ')}) is still unacknowledged.{overdue}{link}"
    ).strip()


def page_mentions(
    counselor_role_id: int | None, backup_role_id: int | None
) -> discord.AllowedMentions:
    """Pages may mention the counselor and backup roles, and nothing else."""
    roles = [discord.Object(role) for role in (counselor_role_id, backup_role_id) if role]
    return discord.AllowedMentions(everyone=False, users=False, roles=roles)


def dm_text(escalation: Escalation, guild_name: str, why: str) -> str:
    """A DM to an on-call or backup counselor; identifies the alert, not the member's words."""
    return (
        f"Lantern: {why} in **{discord.utils.escape_markdown(guild_name)}**: "
        f"{escalation.severity} escalation #{escalation.id} "
        f"({escalation.category.replace('_', ' ')}). Please open the counselors channel, or run "
        f"`/escalations show id:{escalation.id}` there."
    )


def resources_embed(region: str, program_line: str | None) -> discord.Embed:
    """Crisis resources for the guild's region, warm and short."""
    regions = load_resources()
    chosen = regions.get(region) or regions["INTL"]
    embed = discord.Embed(
        title="You don't have to go through this alone",
        description=resources_intro(),
        colour=discord.Colour.from_rgb(90, 120, 200),
    )
    lines = [f"**Emergency:** {chosen.emergency}"]
    for line in chosen.lines:
        lines.append(f"**{line.name}**: {line.contact} ({line.hours}). {line.note}")
    if program_line:
        lines.append(f"**Your program:** {discord.utils.escape_markdown(program_line)}")
    embed.add_field(
        name=f"Help in {chosen.name}", value=_clip("\n".join(lines), MAX_FIELD), inline=False
    )
    if chosen.code != "INTL":
        intl = regions.get("INTL")
        if intl is not None and intl.lines:
            embed.add_field(
                name="Elsewhere",
                value=f"{intl.lines[0].name}: {intl.lines[0].contact}",
                inline=False,
            )
    embed.add_field(name="If someone may be overdosing", value=naloxone_note(), inline=False)
    return embed


SUPPORT_DM_TEXT = (
    "Hi, this is Lantern, the support bot in your group. Something you wrote made us want to "
    "check in. You're not in trouble. A counselor from your program has been told so they "
    "can reach out. If you need help right now, these lines are free and confidential:"
)

CHANNEL_NOTE_TEXT = (
    "A gentle reminder from Lantern: if anyone here is having a hard time right now, support "
    "is available any time. Press the button to see crisis lines privately."
)
