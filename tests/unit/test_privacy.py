"""Retention purge and forgetting, on real services and a real database."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.checkins.answers import Answers, Used
from bot.clock import FixedClock
from bot.escalation.model import Report, Source, Status
from bot.services import Services, build_services
from bot.settings import Settings, ensure_keys

GUILD = 10


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 2, 1, 12, tzinfo=UTC))


@pytest.fixture
async def services(tmp_path: Path, clock: FixedClock) -> AsyncIterator[Services]:
    built = await build_services(ensure_keys(Settings(data_dir=tmp_path)), clock)
    yield built
    await built.db.close()


async def _escalate(services: Services, member: int) -> int:
    outcome = await services.escalations.report(
        Report(
            guild_id=GUILD,
            source=Source.STAFF,
            category="other",
            severity="medium",
            member_id=member,
            excerpt="worried about them",
        )
    )
    return outcome.escalation.id


async def test_purge_applies_retention_and_dry_run_changes_nothing(
    services: Services, clock: FixedClock
) -> None:
    await services.checkins.record(GUILD, 5, 1, Answers(6, 2, Used.NO, "old note"))
    escalation_id = await _escalate(services, 1)
    await services.escalations.close(escalation_id, GUILD, 99, Status.RESOLVED, "fine")
    clock.advance(181 * 86400)
    await services.checkins.record(GUILD, 5, 2, Answers(6, 2, Used.NO, None))

    report = await services.privacy.purge(dry_run=True)
    assert report == {"check-ins": 1, "escalation excerpts": 1}
    assert len(await services.checkins.export(GUILD, 1)) == 1

    await services.privacy.purge(dry_run=False)
    assert await services.checkins.export(GUILD, 1) == []
    assert len(await services.checkins.export(GUILD, 2)) == 1
    erased = await services.escalations.find(escalation_id)
    assert erased is not None
    assert erased.member_id is None
    assert erased.sealed_excerpt is None
    assert erased.category == "other"  # counts survive


async def test_forget_erases_open_escalation_once_closed(services: Services) -> None:
    await services.checkins.record(GUILD, 5, 1, Answers(6, 2, Used.NO, None))
    await services.checkins.record(GUILD, 5, 2, Answers(6, 2, Used.NO, None))
    escalation_id = await _escalate(services, 1)

    forgotten = await services.privacy.forget(GUILD, 1)

    assert forgotten.removed["check-ins"] == 1
    assert forgotten.kept_open_escalations == 1
    assert len(await services.checkins.export(GUILD, 2)) == 1  # someone else's stay
    await services.escalations.close(escalation_id, GUILD, 99, Status.RESOLVED, "ok")
    await services.privacy.purge(dry_run=False)
    erased = await services.escalations.find(escalation_id)
    assert erased is not None
    assert erased.member_id is None


async def test_export_escalations_csv(services: Services, tmp_path: Path) -> None:
    import csv

    from bot.escalation.export import export_csv

    escalation_id = await _escalate(services, 1)
    await services.escalations.close(escalation_id, GUILD, 99, Status.RESOLVED, "called them")
    out = tmp_path / "export.csv"

    count = await export_csv(services.escalations, datetime(2026, 1, 1, tzinfo=UTC), out)

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert count == 1
    assert rows[0]["excerpt"] == "worried about them"
    assert "resolved by 99: called them" in rows[0]["history"]
    assert out.stat().st_mode & 0o077 == 0


async def test_forget_me_removes_who_flagged_a_message(services: Services) -> None:
    flagger, author = 501, 502
    outcome = await services.escalations.report(
        Report(
            guild_id=GUILD,
            source=Source.FLAG,
            category="other",
            severity="medium",
            member_id=author,
            reporter_id=flagger,
            excerpt="a worrying message",
        )
    )
    await services.privacy.forget(GUILD, flagger)

    escalation = await services.escalations.find(outcome.escalation.id)
    assert escalation is not None
    assert escalation.member_id == author  # the escalation about the author stays
    assert escalation.reporter_id is None
    events = await services.escalations.history(outcome.escalation.id)
    assert all(event.actor_id != flagger for event in events)
    row = await services.db.fetchone(
        "SELECT COUNT(*) FROM escalation_events WHERE actor_id = ?", (flagger,)
    )
    assert row is not None
    assert row[0] == 0
