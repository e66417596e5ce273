"""The escalation service on a real SQLite file: record first, fold, page, deliver."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.clock import FixedClock
from bot.db import Database
from bot.errors import InvalidInput
from bot.escalation.model import Report, Source, Status
from bot.escalation.service import EscalationService
from bot.sealed import Sealer
from bot.settings import EscalationSettings
from bot.store.escalations import EscalationStore
from bot.store.guilds import GuildConfigStore
from bot.store.outbox import OutboxStore

GUILD = 1
COUNSELORS = 50
MODLOG = 51


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "lantern.db")
    yield database
    await database.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 1, 12, tzinfo=UTC))


@pytest.fixture
async def service(db: Database, clock: FixedClock) -> EscalationService:
    guilds = GuildConfigStore(db)
    await guilds.update(
        GUILD,
        clock.now(),
        counselors_channel_id=COUNSELORS,
        modlog_channel_id=MODLOG,
        counselor_role_id=9,
    )
    return EscalationService(
        escalations=EscalationStore(db),
        outbox=OutboxStore(db),
        guilds=guilds,
        sealer=Sealer([Fernet.generate_key().decode()]),
        clock=clock,
        settings=EscalationSettings(),
    )


def report(
    severity: str = "high", member: int = 7, category: str = "suicide", **extra: object
) -> Report:
    return Report(
        guild_id=GUILD,
        source=Source.DETECTOR,
        category=category,
        severity=severity,
        channel_id=3,
        message_id=4,
        member_id=member,
        excerpt="I want to die",
        **extra,  # type: ignore[arg-type]
    )


async def kinds(service: EscalationService) -> list[str]:
    return sorted(item.kind for item in await service.due_deliveries())


async def test_report_records_escalation_event_and_owed_alert(service: EscalationService) -> None:
    outcome = await service.report(report())

    assert outcome.created
    assert outcome.escalation.status is Status.OPEN
    assert await kinds(service) == ["alert"]
    history = await service.history(outcome.escalation.id)
    assert [event.kind for event in history] == ["created"]
    assert service.details(outcome.escalation).excerpt == "I want to die"
    assert "die" not in (outcome.escalation.sealed_excerpt or "")


async def test_same_member_and_category_fold_and_severity_rises(service: EscalationService) -> None:
    first = await service.report(report("medium"))
    second = await service.report(report("critical"))
    other_category = await service.report(report("high", category="relapse"))

    assert not second.created
    assert second.upgraded
    assert second.escalation.id == first.escalation.id
    assert second.escalation.severity == "critical"
    assert second.escalation.fold_count == 1
    assert other_category.created
    assert "upgrade" in await kinds(service)


async def test_fold_window_expires(service: EscalationService, clock: FixedClock) -> None:
    first = await service.report(report())
    clock.advance(31 * 60)
    second = await service.report(report())
    assert second.created
    assert second.escalation.id != first.escalation.id


async def test_pages_after_deadline_then_backup_and_overdue(
    service: EscalationService, clock: FixedClock
) -> None:
    await service.set_rota(GUILD, 100, "oncall", True)
    await service.set_rota(GUILD, 200, "backup", True)
    outcome = await service.report(report("critical"))
    assert await kinds(service) == ["alert", "critical_dm"]

    clock.advance(4 * 60)
    assert await service.fire_due_pages() == []

    clock.advance(61)
    assert len(await service.fire_due_pages()) == 1
    clock.advance(5 * 60)
    await service.fire_due_pages()
    clock.advance(5 * 60)
    await service.fire_due_pages()

    escalation = await service.find(outcome.escalation.id)
    assert escalation is not None
    assert escalation.page_count == 3
    assert escalation.overdue
    owed = await kinds(service)
    assert owed.count("repage") == 3
    assert owed.count("repage_dm") == 3
    assert owed.count("backup_dm") == 1


async def test_acknowledge_stops_paging_and_cannot_repeat(
    service: EscalationService, clock: FixedClock
) -> None:
    outcome = await service.report(report())
    await service.acknowledge(outcome.escalation.id, GUILD, 300)
    clock.advance(3600)
    assert await service.fire_due_pages() == []
    with pytest.raises(InvalidInput, match="already acknowledged"):
        await service.acknowledge(outcome.escalation.id, GUILD, 301)


async def test_resolve_needs_a_note_and_false_alarm_does_not(service: EscalationService) -> None:
    first = await service.report(report())
    with pytest.raises(InvalidInput, match="outcome note"):
        await service.close(first.escalation.id, GUILD, 300, Status.RESOLVED, "  ")
    closed = await service.close(
        first.escalation.id, GUILD, 300, Status.RESOLVED, "spoke with them"
    )
    assert closed.status is Status.RESOLVED
    second = await service.report(report(member=8))
    flagged = await service.close(second.escalation.id, GUILD, 300, Status.FALSE_ALARM, None)
    assert flagged.status is Status.FALSE_ALARM


async def test_other_guild_cannot_touch_an_escalation(service: EscalationService) -> None:
    outcome = await service.report(report())
    with pytest.raises(InvalidInput, match="no escalation"):
        await service.acknowledge(outcome.escalation.id, GUILD + 1, 300)


async def test_alert_failures_fall_back_to_dms_and_modlog_once(service: EscalationService) -> None:
    await service.set_rota(GUILD, 100, "oncall", True)
    await service.report(report())
    alert = (await service.due_deliveries())[0]

    attempts = await service.begin_attempt(alert)
    await service.delivery_failed(alert, attempts, "HTTP 404", unusable=True)
    await service.delivery_failed(alert, attempts + 1, "HTTP 404", unusable=True)

    assert await service.owed("fallback_dm") == 1
    assert await service.owed("modlog_delivery_failed") == 1
    # The alert itself is never given up.
    assert await service.owed("alert") == 1


async def test_resources_once_per_window(service: EscalationService, clock: FixedClock) -> None:
    await service.report(report(send_resources=True))
    await service.report(report(send_resources=True, category="relapse"))
    assert (await kinds(service)).count("resources_dm") == 1
    clock.advance(61 * 60)
    await service.report(report(send_resources=True, category="abuse"))
    assert (await kinds(service)).count("resources_dm") == 2


async def test_search_lists_still_overdue_first_not_acknowledged_ones(
    service: EscalationService, clock: FixedClock
) -> None:
    late = await service.report(report("critical"))
    for _ in range(3):  # past the re-pages: overdue, backup paged
        clock.advance(5 * 60 + 1)
        await service.fire_due_pages()
    taken = await service.report(report("critical", member=8))
    for _ in range(3):
        clock.advance(5 * 60 + 1)
        await service.fire_due_pages()
    await service.acknowledge(taken.escalation.id, GUILD, 300)
    fresh = await service.report(report("critical", member=9))

    store = service._store
    listed = await store.search(GUILD, statuses=[Status.OPEN, Status.ACKNOWLEDGED])
    assert [e.id for e in listed] == [late.escalation.id, fresh.escalation.id, taken.escalation.id]
