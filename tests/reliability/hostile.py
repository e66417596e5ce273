"""Hostile text and the checks every fuzzed interaction must pass.

Three things live here, shared by the hostile-input and access tests:

* ``CORPUS``: hand-written strings that have broken Discord bots before (mass mentions,
  role and user mention syntax, markdown that escapes code blocks, zero-width and control
  characters, bidi overrides, combining marks, emoji sequences, lone surrogate-like escapes).
* ``hostile_text``: a hypothesis strategy mixing the corpus, arbitrary Unicode, and the
  corpus padded to an exact maximum length (Discord's limits are where off-by-one bugs hide).
* ``Watch``: a cursor over what the bot did since a point in the test (simcord's captured
  errors, ERROR log records, REST requests) with one ``problems`` method that lists every
  broken promise: an exception, an unexpected-error reply, or a request that could ping.
"""

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import discord
from hypothesis import strategies as st
from simcord import Env, InteractionResult

from tests.integration.conftest import World

# A member id and role id that look real; the world's own ids are added by ``mentions_of``.
_FAKE_ID = "123456789012345678"

CORPUS: tuple[str, ...] = (
    "@everyone",
    "@here",
    "@everyone @here please read",
    "＠everyone",  # fullwidth at sign: must not be treated as a mention, nor crash
    "@\u200beveryone",
    f"<@{_FAKE_ID}>",
    f"<@!{_FAKE_ID}>",
    f"<@&{_FAKE_ID}>",
    f"<#{_FAKE_ID}>",
    f"</share:{_FAKE_ID}>",
    "<@&>",
    "<@everyone>",
    "**bold** __underline__ ~~strike~~ ||spoiler|| `code`",
    "```\n@everyone\n```",
    "``` unbalanced fence",
    "> quote\n>>> block quote",
    "# Heading\n-# subtext\n- list",
    "[click me](https://example.invalid/@everyone)",
    "\\@everyone \\<@&1>",
    "\u200b",
    "\u200b\u200c\u200d\u2060\ufeff",
    "\u202eevil\u202c",
    "\u0000",
    "\x00\x01\x02\x07\x08\x1b[31mred\x1b[0m\x7f",
    "\r\n\t\x0b\x0c",
    "\u2028\u2029",
    "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a" * 4,
    "👩‍👩‍👧‍👦🏳️‍🌈🇺🇳",
    "\U0001f600" * 10,
    "🔥💊🍺",
    "Ω≈ç√∫˜µ≤≥÷",
    "田中さんにあげて下さい",
    "مرحبا بالعالم",
    "'; DROP TABLE escalations; --",
    "%s %d %(message)s {0} {message}",
    "${jndi:ldap://example.invalid/a}",
    "../../etc/passwd",
    "nul\u0000byte",
    " ",
    "      ",
    "\n\n\n",
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "7pm",
    "25:61",
    "mon,tue,wed,thu,fri,sat,sun,mon",
    "Europe/London",
    "../../../../Europe/London",
    "Etc/GMT+14",
    "custom-1",
    "custom-0",
    "custom-" + "9" * 30,
)


def _pad(piece: str, length: int) -> str:
    """``piece`` repeated to exactly ``length`` characters (never empty)."""
    piece = piece or "x"
    return (piece * (length // len(piece) + 1))[:length]


def hostile_text(max_size: int, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Hostile strings between ``min_size`` and ``max_size`` characters.

    Arbitrary Unicode (surrogates excluded: they cannot be sent as JSON) is mixed with the
    corpus, corpus pieces glued together, and corpus pieces padded to the exact maximum.
    """
    unicode_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=min(max_size, 200))
    corpus = st.sampled_from(CORPUS)
    glued = st.lists(corpus, min_size=2, max_size=6).map("".join)
    at_max = corpus.map(lambda piece: _pad(piece, max_size))
    mixed = st.tuples(corpus, unicode_text).map(lambda pair: pair[0] + " " + pair[1])
    return (
        st.one_of(corpus, unicode_text, glued, at_max, mixed)
        .map(lambda text: text[:max_size])
        .filter(lambda text: len(text) >= min_size)
    )


def required_text(max_size: int) -> st.SearchStrategy[str]:
    """Hostile text that Discord would accept in a required field (not empty)."""
    return hostile_text(max_size, min_size=1)


class Records(logging.Handler):
    """Keeps every log record of a test, for the no-ERROR check."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Remember the record."""
        self.records.append(record)


UNEXPECTED = "something went wrong on our side"
REFUSED = ("Sorry, only", "Nothing was changed", "can't use this command")


def reply_text(result: InteractionResult) -> str:
    """Everything a user reads in an interaction's answer: contents, embeds, followups."""
    parts: list[str] = []
    messages = [result.response, *result.followups]
    for message in messages:
        if message is None:
            continue
        parts.append(message.content or "")
        for embed in message.embeds:
            parts.append(embed.title or "")
            parts.append(embed.description or "")
            parts.extend(f"{f.name} {f.value}" for f in embed.fields)
    return "\n".join(part for part in parts if part)


def answer_problems(result: InteractionResult, where: str, updated: int | None = None) -> list[str]:
    """What is wrong with how an interaction was answered (empty when it is fine).

    Every answer must be a form or a private (ephemeral) message with something in it, and
    never Lantern's "something went wrong" reply, which means a bug was caught and logged.
    Editing message ``updated`` in place (the alert whose button opened a form) also counts.
    """
    if result.modal is not None:
        return []
    problems = []
    in_place = updated is not None and result.response is not None and result.response.id == updated
    if not result.acknowledged:
        problems.append(f"{where}: the interaction was never answered")
    if not result.ephemeral and not in_place:
        problems.append(f"{where}: the answer was visible to everyone")
    text = reply_text(result)
    if not text.strip():
        problems.append(f"{where}: the answer was empty")
    if UNEXPECTED in text:
        problems.append(f"{where}: unexpected-error reply: {text[:200]!r}")
    return problems


_CONTENT_PATHS = (
    re.compile(r"^/channels/(?P<channel>\d+)/messages(/\d+)?$"),
    re.compile(r"^/interactions/\d+/[^/]+/callback$"),
    re.compile(r"^/webhooks/\d+/[^/]+(/messages/[^/]+)?$"),
)


def _payload(entry_json: Any) -> dict[str, Any] | None:
    """The message body of a request (an interaction callback nests it under ``data``)."""
    if not isinstance(entry_json, dict):
        return None
    data = entry_json.get("data")
    if "type" in entry_json and isinstance(data, dict):
        return data
    return entry_json


@dataclass
class Watch:
    """What the bot did since the watch was (re)started, and what was wrong with it."""

    env: Env
    world: World
    records: list[logging.LogRecord]
    errors_at: int = 0
    records_at: int = 0
    requests_at: int = 0

    def restart(self) -> None:
        """Only look at what happens from now on."""
        self.errors_at = self.env.error_cursor
        self.records_at = len(self.records)
        self.requests_at = len(self.env.http_requests)

    def requests(self) -> list[Any]:
        """The REST requests made since the watch started."""
        return list(self.env.http_requests[self.requests_at :])

    def _pingable_destination(self, channel_id: int | None) -> bool:
        """The counselors channel and DMs are the only places a counselor ping may go."""
        if channel_id is None:
            return False
        if channel_id == self.world.counselors.id:
            return True
        return isinstance(self.env.bot.get_channel(channel_id), discord.DMChannel)

    def mention_problems(self, user_texts: Iterable[str] = ()) -> list[str]:
        """Requests since the start that could ping someone they should not.

        The rule: every request carrying message content sends an allowed-mentions object
        that parses nothing. The only exceptions are the counselor role, named explicitly, in
        the counselors channel or a DM, in text the bot wrote (no user text in it); and the
        two people of a private check-in thread, named explicitly, in its opening message.
        """
        texts = [text.strip() for text in user_texts if len(text.strip()) >= 4]
        counselor_role = self.world.counselor_role.id
        problems = []
        for entry in self.requests():
            match = next(
                (m for pattern in _CONTENT_PATHS if (m := pattern.match(entry.path))), None
            )
            body = _payload(entry.json)
            if match is None or body is None or not body.get("content"):
                continue
            content = str(body["content"])
            where = f"{entry.method} {entry.path} {content[:80]!r}"
            policy = body.get("allowed_mentions")
            if not isinstance(policy, dict):
                problems.append(f"{where}: no allowed_mentions (Discord would parse everything)")
                continue
            parse = policy.get("parse", [])
            if parse:
                problems.append(f"{where}: allowed_mentions parses {parse}")
            roles = {int(role) for role in policy.get("roles", [])}
            users = {int(user) for user in policy.get("users", [])}
            channel = match.groupdict().get("channel")
            channel_id = int(channel) if channel else None
            if roles:
                if roles != {counselor_role}:
                    problems.append(f"{where}: may ping roles {roles}")
                elif not self._pingable_destination(channel_id):
                    problems.append(f"{where}: pings counselors outside their channel or DMs")
                elif any(text in content for text in texts):
                    problems.append(f"{where}: a counselor ping carries user text")
            if users and not content.startswith("Hi <@"):
                problems.append(f"{where}: may ping users {users}")
        return problems

    def problems(self, user_texts: Iterable[str] = ()) -> list[str]:
        """Every broken promise since the start: errors, ERROR logs, risky requests."""
        found = [
            f"bot raised {type(error).__name__}: {error}"
            for error in self.env.errors_since(self.errors_at)
        ]
        found += [
            f"ERROR log {record.name}: {record.getMessage()[:200]}"
            for record in self.records[self.records_at :]
            if record.levelno >= logging.ERROR
        ]
        found += self.mention_problems(user_texts)
        return found
