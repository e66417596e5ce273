"""What moderation does: settings, the decision per rule, and what members are told."""

import pytest

from bot.errors import InvalidInput
from bot.groups import permissions as perms
from bot.groups.moderation import Finding, Rule
from bot.groups.policy import (
    ModerationSettings,
    channel_note,
    decide,
    member_notice,
)

SETTINGS = ModerationSettings(guild_id=1)
PHONE = Finding(Rule.CONTACT, "a phone number", "555-0134")
INSULT = Finding(Rule.HARASSMENT, "words aimed at hurting someone", "you're pathetic")
ASKING = Finding(Rule.SOURCING, "asking for substances", "who has percs")
FLOOD = Finding(Rule.MENTIONS, "6 mentions in one message", "")


def test_contact_details_are_only_removed() -> None:
    decision = decide([PHONE], SETTINGS, 0)
    assert decision.action == "removed"
    assert decision.timeout_minutes is None
    assert not decision.escalate


def test_harassment_is_warned_until_the_limit_then_timed_out() -> None:
    assert decide([INSULT], SETTINGS, 0).action == "removed, warning 1"
    assert decide([INSULT], SETTINGS, 1).timeout_minutes is None
    third = decide([INSULT], SETTINGS, 2)
    assert third.timeout_minutes == SETTINGS.timeout_minutes
    assert third.action == f"removed, timed out {SETTINGS.timeout_minutes} min"


def test_sourcing_is_escalated_and_leads_over_other_rules() -> None:
    decision = decide([PHONE, ASKING], SETTINGS, 0)
    assert decision.rule is Rule.SOURCING
    assert decision.escalate
    assert decision.found == "asking for substances and a phone number"


def test_floods_are_timed_out_at_once() -> None:
    assert decide([FLOOD], SETTINGS, 0).timeout_minutes == SETTINGS.flood_timeout_minutes


def test_rules_switch_and_limits_are_validated() -> None:
    off = SETTINGS.switched(Rule.CONTACT, False)
    assert Rule.CONTACT not in off.enabled
    assert Rule.CONTACT in off.switched(Rule.CONTACT, True).enabled
    changed = SETTINGS.with_limits(timeout_minutes=15, warnings_before_timeout=None)
    assert changed.timeout_minutes == 15
    assert changed.warnings_before_timeout == SETTINGS.warnings_before_timeout
    with pytest.raises(InvalidInput, match="between"):
        SETTINGS.with_limits(timeout_minutes=0)
    with pytest.raises(InvalidInput, match="between"):
        SETTINGS.with_limits(shares_per_hour=1000)


@pytest.mark.parametrize("findings", [[PHONE], [INSULT], [ASKING], [FLOOD]])
def test_member_notices_explain_and_channel_notes_name_nobody(findings: list[Finding]) -> None:
    decision = decide(findings, SETTINGS, 0)
    notice = member_notice(decision, "evening-group", SETTINGS)
    assert "#evening-group" in notice
    assert "removed" in notice
    note = channel_note(decision)
    assert "removed" in note
    assert "<@" not in note


def test_permissions_are_named_as_admins_know_them() -> None:
    assert perms.missing({"view_channel"}, ("view_channel", "manage_messages")) == [
        "Manage Messages"
    ]
    assert perms.label("moderate_members") == "Timeout Members"
    text = perms.explain_missing(["Manage Messages", "Embed Links"], "in #group")
    assert "**Manage Messages** and **Embed Links** permissions in #group" in text
