"""Crash consistency: SIGKILL the bot at random points; after restarts, every alert exactly once.

The bot runs under simcord in a child process (``tests.reliability.crash_child``) on a data
directory that outlives it. A trial is:

1. **First life.** The child builds a server, configures Lantern, puts a counselor on call and
   sends a seeded burst of risky and ordinary messages from six participants (enough to open
   several escalations, fold some, upgrade some and flood the rest into a digest), then lets
   virtual time pass so digests, retries and re-pages go out. It dies by SIGKILL either at a
   random wall-clock moment after the burst starts, or by its own hand right after simcord
   accepted its N-th message (channel message or direct message): Discord has the message
   and the bot has not yet recorded it, the exact window marker reconciliation exists for.
2. **Recovery lives.** A new child starts the bot on the same data directory against a fresh
   simcord, a few virtual seconds after the crash (in some soak trials, minutes: past the
   re-page deadlines). Sometimes (soak) that life is killed too, at a random moment, and a
   third one starts. The last life runs to the end.
3. **Verification** reads the journal and the database (plain ``sqlite3``, read-only).

simcord is in-memory, so "Discord" dies with each child. The honest substitute: the child
journals every message created or edited in simcord from inside simcord's event emitter,
synchronously, before the REST call that created it returns to the bot; a journal line is one
``write(2)`` on an append-only file, which a SIGKILL cannot undo. Each later life rebuilds the
same world (simcord's clock and id allocation are deterministic; the child checks the ids) and
re-seeds every bot message of earlier lives with its original id, author, content, embeds and
components. So when the restarted bot retries a delivery whose first attempt may have reached
Discord, the channel (or DM) history it searches for the delivery's marker holds exactly what
Discord would have kept, and the check below counts messages across all lives as one Discord.

What is asserted, across all lives of a trial:

* every escalation in the database is delivered: its alert marker appears in exactly one
  message in the counselors channel (its own alert, or one digest), and the database points
  at that very message;
* no marker (alert, page, upgrade, DM to on-call, resources DM) is carried by two messages:
  nothing Lantern owed was delivered twice; and nothing is left owed or given up;
* every message carrying a marker is recorded as delivered (nothing reached Discord unknown);
* every risky message whose author was sent resources has an escalation about that author,
  and each resources DM names an escalation about its recipient;
* every escalation comes from a risky message a participant really sent;
* no life logged an error or left an exception in simcord.

Messages the bot received but had not yet recorded when it died are not assessed after the
restart (nor are messages posted while it is down): Discord does not replay them and Lantern
does not scan history for them. That is a limit of the design, reported, not asserted here.

A test artifact: a later life's clock restarts at zero and catches up through the instant the
earlier life died, so its first new messages can get ids that sort between old ones. The
check asserts that the counselors channel stays below the number of messages the worker scans
(``HISTORY_SCAN``), so this ordering cannot change the result.
"""

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cogs.escalation.delivery import HISTORY_SCAN
from tests.reliability.crash_child import RISKY, read_journal

REPO = Path(__file__).resolve().parents[2]
# Generous: a life takes about two seconds; a loaded machine may take many times that.
LIFE_TIMEOUT = 180.0
MARKER = re.compile(r"esc-(\d+)/[A-Za-z0-9/_-]+")


@dataclass(frozen=True)
class Death:
    """How a life ends: by its own SIGKILL after N sends, by the parent's after a delay, or not."""

    after_sends: int = 0
    counting: str = "all"
    after_seconds: float | None = None

    def describe(self) -> str:
        """For failure messages."""
        if self.after_sends:
            return f"killed right after send #{self.after_sends} ({self.counting} messages)"
        if self.after_seconds is not None:
            return f"killed {self.after_seconds:.3f}s after the burst began"
        return "ran to the end"


SURVIVE = Death()


@dataclass
class Trial:
    """One crash-and-recover run on a fresh data directory."""

    seed: int
    deaths: list[Death]
    directory: Path
    # How long (virtual seconds) each restart comes after the crash.
    downtime: float = 5.0
    returncodes: list[int] = field(default_factory=list)

    @property
    def journal(self) -> Path:
        """The durable record of what Discord saw."""
        return self.directory / "journal.jsonl"

    @property
    def database(self) -> Path:
        """Lantern's database."""
        return self.directory / "data" / "lantern.db"

    def describe(self) -> str:
        """Enough to replay the trial."""
        lives = "; ".join(f"life {n}: {d.describe()}" for n, d in enumerate(self.deaths, 1))
        return (
            f"seed {self.seed}, downtime {self.downtime}s, {lives}, return codes {self.returncodes}"
        )


def wait_for_record(trial: Trial, kind: str, life: int, child: subprocess.Popen[bytes]) -> None:
    """Block until the child journals a ``kind`` record for ``life`` (or exits)."""
    deadline = time.monotonic() + LIFE_TIMEOUT
    while time.monotonic() < deadline:
        if any(r["t"] == kind and r["life"] == life for r in read_journal(trial.journal)):
            return
        if child.poll() is not None:
            return
        time.sleep(0.005)
    raise AssertionError(f"life {life} never became {kind}: {trial.describe()}")


def live(trial: Trial, life: int, death: Death) -> int:
    """Run one life of the bot in a child process; returns its exit status."""
    command = [
        sys.executable,
        "-m",
        "tests.reliability.crash_child",
        "--data-dir",
        str(trial.directory / "data"),
        "--journal",
        str(trial.journal),
        "--life",
        str(life),
        "--seed",
        str(trial.seed),
        "--die-after-sends",
        str(death.after_sends),
        "--counting",
        death.counting,
        "--downtime",
        str(trial.downtime),
    ]
    with (trial.directory / f"life{life}.stderr").open("wb") as stderr:
        # Our own interpreter and module, with arguments built above: nothing untrusted.
        child = subprocess.Popen(  # noqa: S603
            command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            if death.after_seconds is not None:
                wait_for_record(trial, "ready", life, child)
                time.sleep(death.after_seconds)
                if child.poll() is None:
                    os.kill(child.pid, signal.SIGKILL)
            return child.wait(timeout=LIFE_TIMEOUT)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()


def run_trial(trial: Trial) -> None:
    """Every life of the trial, the last one always to the end."""
    trial.directory.mkdir(parents=True)
    for life, death in enumerate([*trial.deaths, SURVIVE], start=1):
        code = live(trial, life, death)
        trial.returncodes.append(code)
        if death == SURVIVE:
            stderr = (trial.directory / f"life{life}.stderr").read_text()
            assert code == 0, f"the last life failed ({trial.describe()}):\n{stderr}"
    trial.deaths = [*trial.deaths, SURVIVE]


@dataclass
class Sent:
    """A bot message as Discord last saw it, across every life."""

    id: int
    life: int
    channel_id: int
    dm_user: int | None
    texts: list[str]


def bot_messages(records: list[dict[str, Any]]) -> dict[int, Sent]:
    """Every bot message of every life, in its latest edited form."""
    sent: dict[int, Sent] = {}
    for record in records:
        if record["t"] != "msg" or not record["by_bot"]:
            continue
        texts = [record.get("content") or ""]
        texts += [(embed.get("footer") or {}).get("text", "") for embed in record["embeds"]]
        known = sent.get(record["id"])
        if known is None:
            sent[record["id"]] = Sent(
                record["id"], record["life"], record["channel_id"], record["dm_user"], texts
            )
        else:
            known.texts = texts
    return sent


def carriers(sent: dict[int, Sent]) -> dict[str, set[int]]:
    """Which messages carry each delivery marker as their own.

    A fallback DM shows a copy of the alert's embed, footer marker included; that copy is not
    a second delivery of the channel alert, so it does not count as carrying it.
    """
    found: dict[str, set[int]] = defaultdict(set)
    for message in sent.values():
        markers = {match.group(0) for text in message.texts for match in MARKER.finditer(text)}
        if message.dm_user is not None and any("/fallback/dm-" in m for m in markers):
            markers = {m for m in markers if not m.endswith("/alert")}
        for marker in markers:
            found[marker].add(message.id)
    return found


def database_rows(path: Path, sql: str) -> list[sqlite3.Row]:
    """Rows of a read-only query against the bot's database."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.row_factory = sqlite3.Row
        return list(connection.execute(sql))
    finally:
        connection.close()


def verify(trial: Trial) -> dict[str, int]:
    """Check every promise across the trial's lives; returns counts for the summary."""
    why = trial.describe()
    records = read_journal(trial.journal)
    problems = [r for r in records if r["t"] == "error"]
    problems += [r for r in records if r["t"] == "done" and r["errors"]]
    assert not problems, f"errors inside the bot ({why}): {problems}"
    last = len(trial.deaths)
    assert any(r["t"] == "done" and r["life"] == last for r in records), why

    world = next(r["ids"] for r in records if r["t"] == "world")
    sent = bot_messages(records)
    marked = carriers(sent)
    escalations = database_rows(trial.database, "SELECT * FROM escalations")
    outbox = database_rows(trial.database, "SELECT * FROM outbox")

    in_channel = [m for m in sent.values() if m.channel_id == world["counselors"]]
    # Marker reconciliation scans the channel's latest HISTORY_SCAN messages; this trial's
    # verdict on it stands only if everything the bot posted there is within that reach.
    assert len(in_channel) < HISTORY_SCAN, f"{len(in_channel)} messages in the channel ({why})"
    twice = {marker: ids for marker, ids in marked.items() if len(ids) > 1}
    assert not twice, f"delivered more than once ({why}): {twice}"
    owed = [dict(row) for row in outbox if row["state"] != "done"]
    assert not owed, f"deliveries still owed or given up ({why}): {owed}"

    for escalation in escalations:
        marker = f"esc-{escalation['id']}/alert"
        holders = marked.get(marker, set())
        assert len(holders) == 1, f"{marker} is in {len(holders)} messages ({why})"
        (holder,) = holders
        assert sent[holder].channel_id == world["counselors"], why
        assert escalation["delivery_state"] == "delivered", why
        if escalation["alert_message_id"] is not None:
            assert escalation["alert_message_id"] == holder, why

    done = {row["marker"]: row for row in outbox}
    for marker, holders in marked.items():
        assert marker in done, f"{marker} reached Discord but Lantern never owed it ({why})"
        (holder,) = holders
        assert done[marker]["result_id"] == holder, f"{marker} recorded as another message"
    for row in outbox:
        if row["kind"] != "alert_edit":
            assert row["marker"] in marked, f"{row['marker']} recorded but not in Discord ({why})"

    about = {row["id"]: row for row in escalations}
    helped = set()
    for marker, holders in marked.items():
        if "/resources-" in marker and not marker.endswith("/note"):
            (holder,) = holders
            recipient = sent[holder].dm_user
            number = int(MARKER.fullmatch(marker).group(1))  # type: ignore[union-attr]
            assert number in about, f"resources sent for a missing escalation ({why})"
            assert about[number]["member_id"] == recipient, why
            helped.add(recipient)
    spoken = {
        r["id"]: r for r in records if r["t"] == "msg" and not r["by_bot"] and r["dm_user"] is None
    }
    members_with_escalation = {row["member_id"] for row in escalations}
    for message in spoken.values():
        if message["content"] in RISKY and message["author_id"] in helped:
            assert message["author_id"] in members_with_escalation, why
    for escalation in escalations:
        source = spoken.get(escalation["message_id"])
        assert source is not None, f"escalation #{escalation['id']} has no message ({why})"
        assert source["content"] in RISKY, why
        assert source["author_id"] == escalation["member_id"], why

    return {
        "escalations": len(escalations),
        "deliveries": len(outbox),
        "retried": sum(1 for row in outbox if row["attempts"] > 1),
        "risky_unrecorded": sum(
            1
            for m in spoken.values()
            if m["content"] in RISKY and m["author_id"] not in members_with_escalation
        ),
    }


def assert_reconciled_last_send(trial: Trial) -> None:
    """After a kill right after a send, that message was found by its marker, not sent again."""
    records = read_journal(trial.journal)
    first_life = [r for r in records if r["t"] == "msg" and r["by_bot"] and r["life"] == 1]
    last = first_life[-1]
    texts = [last.get("content") or ""] + [
        (embed.get("footer") or {}).get("text", "") for embed in last["embeds"]
    ]
    markers = [m.group(0) for text in texts for m in MARKER.finditer(text)]
    assert markers, f"the last message before the kill carries no marker: {last}"
    rows = database_rows(trial.database, "SELECT marker, attempts, result_id FROM outbox")
    by_marker = {row["marker"]: row for row in rows}
    for marker in markers:
        row = by_marker[marker]
        assert row["result_id"] == last["id"], f"{marker} was not reconciled: {dict(row)}"
        assert row["attempts"] >= 2, f"{marker} was never retried: {dict(row)}"


def check(trial: Trial) -> dict[str, int]:
    """Run a trial and verify it; a kill right after a send must have been reconciled."""
    run_trial(trial)
    summary = verify(trial)
    first = trial.deaths[0]
    if first.after_sends and trial.returncodes[0] == -signal.SIGKILL:
        assert_reconciled_last_send(trial)
    return summary


def test_kill_right_after_a_direct_message_never_duplicates_it(tmp_path: Path) -> None:
    """Discord accepted a DM (to on-call or to the member), the bot died before recording it."""
    trial = Trial(seed=11, deaths=[Death(after_sends=1, counting="dm")], directory=tmp_path / "t")
    check(trial)
    assert trial.returncodes[0] == -signal.SIGKILL


def test_kill_right_after_an_alert_never_duplicates_it(tmp_path: Path) -> None:
    """Discord accepted a channel post, the bot died before recording it."""
    trial = Trial(
        seed=12, deaths=[Death(after_sends=2, counting="channel")], directory=tmp_path / "t"
    )
    check(trial)
    assert trial.returncodes[0] == -signal.SIGKILL


def test_kill_at_a_random_moment_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """SIGKILL from outside, anywhere in the burst."""
    rng = random.Random(13)
    trial = Trial(
        seed=13, deaths=[Death(after_seconds=rng.uniform(0, 0.8))], directory=tmp_path / "t"
    )
    check(trial)


SOAK_TRIALS = 24


@pytest.mark.soak
def test_soak_many_random_kills(tmp_path: Path) -> None:
    """Many trials: random kill points in the first life, and sometimes in the recovery too."""
    base = random.SystemRandom().randrange(1 << 30)
    rng = random.Random(base)
    totals: dict[str, int] = defaultdict(int)
    for number in range(SOAK_TRIALS):
        style = number % 3
        if style == 0:
            first = Death(after_sends=rng.randint(1, 4), counting="dm")
        elif style == 1:
            first = Death(after_sends=rng.randint(1, 5), counting="channel")
        else:
            first = Death(after_seconds=rng.uniform(0, 1.0))
        deaths = [first]
        if number % 4 == 3:
            deaths.append(Death(after_seconds=rng.uniform(0, 0.6)))
        # Now and then the bot stays down past a critical alert's deadline: it comes back to
        # re-pages as well as to the deliveries it owed.
        downtime = 400.0 if number % 5 == 4 else 5.0
        trial = Trial(
            seed=base + number,
            deaths=deaths,
            directory=tmp_path / f"t{number}",
            downtime=downtime,
        )
        for key, value in check(trial).items():
            totals[key] += value
    print(f"crash soak (base seed {base}): {SOAK_TRIALS} trials, {dict(totals)}")
