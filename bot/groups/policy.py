"""What moderation does about a finding: the per-guild settings and the decision rules.

Defaults live here because ``bot.settings`` is shared configuration; a guild changes its own
with ``/group moderation`` and ``/group moderation-limits`` (stored per guild).
"""

from dataclasses import dataclass, field, replace

from bot.errors import InvalidInput
from bot.groups.moderation import PRIORITY, RULE_NAMES, Finding, Rule, describe

WARNINGS_BEFORE_TIMEOUT = 3
WARNING_WINDOW_HOURS = 24
TIMEOUT_MINUTES = 60
FLOOD_TIMEOUT_MINUTES = 10
SHARES_PER_HOUR = 3
MAX_TIMEOUT_MINUTES = 28 * 24 * 60  # Discord's longest timeout

LIMITS = {
    "warnings_before_timeout": (1, 20),
    "warning_window_hours": (1, 24 * 30),
    "timeout_minutes": (1, MAX_TIMEOUT_MINUTES),
    "flood_timeout_minutes": (1, MAX_TIMEOUT_MINUTES),
    "shares_per_hour": (1, 30),
}


@dataclass(frozen=True, slots=True)
class ModerationSettings:
    """A guild's moderation switches and limits (the defaults until it changes them)."""

    guild_id: int
    enabled: frozenset[Rule] = field(default_factory=lambda: frozenset(Rule))
    warnings_before_timeout: int = WARNINGS_BEFORE_TIMEOUT
    warning_window_hours: int = WARNING_WINDOW_HOURS
    timeout_minutes: int = TIMEOUT_MINUTES
    flood_timeout_minutes: int = FLOOD_TIMEOUT_MINUTES
    shares_per_hour: int = SHARES_PER_HOUR
    modlog_excerpts: bool = False

    def switched(self, rule: Rule, enabled: bool) -> "ModerationSettings":
        """The settings with one rule switched on or off."""
        rules = self.enabled | {rule} if enabled else self.enabled - {rule}
        return replace(self, enabled=frozenset(rules))

    def with_limits(self, **limits: int | bool | None) -> "ModerationSettings":
        """The settings with some limits changed; ``None`` leaves a limit as it is."""
        changes: dict[str, int | bool] = {}
        for name, value in limits.items():
            if value is None:
                continue
            if name == "modlog_excerpts":
                changes[name] = bool(value)
                continue
            low, high = LIMITS[name]
            if not isinstance(value, int) or not low <= value <= high:
                label = name.replace("_", " ")
                raise InvalidInput(f"The {label} must be between {low:,} and {high:,}.")
            changes[name] = value
        return replace(self, **changes)  # type: ignore[arg-type]

    def describe(self) -> list[str]:
        """The settings as lines for people."""
        lines = [
            f"{'✅' if rule in self.enabled else '⬜'} {RULE_NAMES[rule]} (`{rule.value}`)"
            for rule in Rule
        ]
        lines += [
            f"Harassment: timeout of {self.timeout_minutes} min after "
            f"{self.warnings_before_timeout} warning(s) within {self.warning_window_hours} h",
            f"Mention floods and spam: timeout of {self.flood_timeout_minutes} min",
            f"Anonymous shares: up to {self.shares_per_hour} per member per hour",
            "Message excerpts in the moderation log: "
            + ("shown" if self.modlog_excerpts else "not shown"),
        ]
        return lines


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do about a message: remove it, maybe warn, time out, or escalate."""

    rule: Rule
    findings: tuple[Finding, ...]
    warning: int | None = None  # which harassment warning this is (1-based)
    timeout_minutes: int | None = None
    escalate: bool = False

    @property
    def action(self) -> str:
        """The action in words, for the moderation log."""
        parts = ["removed"]
        if self.warning is not None and self.timeout_minutes is None:
            parts.append(f"warning {self.warning}")
        if self.timeout_minutes is not None:
            parts.append(f"timed out {self.timeout_minutes} min")
        if self.escalate:
            parts.append("escalated to counselors")
        return ", ".join(parts)

    @property
    def found(self) -> str:
        """What was found, in words."""
        return describe(self.findings)


def leading_rule(findings: list[Finding]) -> Rule:
    """The most serious rule among the findings (they must not be empty)."""
    return min((f.rule for f in findings), key=PRIORITY.index)


def decide(
    findings: list[Finding], settings: ModerationSettings, earlier_warnings: int
) -> Decision:
    """The action for a message with ``findings`` from a member warned ``earlier_warnings`` times.

    Harassment is warned, and timed out once the warnings within the window reach the limit;
    sourcing is escalated at medium severity (a sign of relapse risk, not only a rule broken);
    floods and spam are timed out at once; contact details are only removed.
    """
    rule = leading_rule(findings)
    ordered = tuple(sorted(findings, key=lambda f: PRIORITY.index(f.rule)))
    if rule is Rule.HARASSMENT:
        warning = earlier_warnings + 1
        timeout = settings.timeout_minutes if warning >= settings.warnings_before_timeout else None
        return Decision(rule, ordered, warning=warning, timeout_minutes=timeout)
    if rule is Rule.SOURCING:
        return Decision(rule, ordered, escalate=True)
    if rule in (Rule.MENTIONS, Rule.SPAM):
        return Decision(rule, ordered, timeout_minutes=settings.flood_timeout_minutes)
    return Decision(rule, ordered)


def member_notice(decision: Decision, channel_name: str, settings: ModerationSettings) -> str:
    """What the author is told, privately, about their removed message."""
    where = f"Your message in #{channel_name} was removed"
    if decision.rule is Rule.CONTACT:
        return (
            f"{where} because it included {decision.found}. To keep everyone safe, the group "
            "doesn't share contact details; if you'd like to stay in touch with someone, a "
            "facilitator can help you do that safely. You're welcome to post again without them."
        )
    if decision.rule is Rule.HARASSMENT:
        if decision.timeout_minutes is not None:
            consequence = (
                f"Because this has happened {decision.warning} times recently, you've been timed "
                f"out for {decision.timeout_minutes} minutes."
            )
        else:
            consequence = (
                f"This is warning {decision.warning} of {settings.warnings_before_timeout}: "
                f"after {settings.warnings_before_timeout} within "
                f"{settings.warning_window_hours} hours comes a "
                f"{settings.timeout_minutes}-minute timeout."
            )
        return (
            f"{where} because it contained {decision.found}. Everyone here deserves to feel safe, "
            f"including when we disagree. {consequence} If something is upsetting you, a "
            "facilitator is there to talk to."
        )
    if decision.rule is Rule.SOURCING:
        return (
            f"{where} because it looked like {decision.found}, which the group guidelines don't "
            "allow. A counselor may check in with you: not to punish you, but because moments "
            "like this can be hard. If you need support right now, `/resources` lists people "
            "you can reach at any hour."
        )
    reason = (
        "it mentioned a lot of people at once"
        if decision.rule is Rule.MENTIONS
        else "you sent many messages very quickly"
    )
    return (
        f"{where} because {reason}. You've been timed out for {decision.timeout_minutes} "
        "minutes to let the channel settle."
    )


def channel_note(decision: Decision) -> str:
    """A brief note for the channel when the author can't be told privately; names nobody."""
    return (
        f"🛡️ A message was removed here ({RULE_NAMES[decision.rule]}). The group guidelines "
        "explain why. (This note disappears in a minute.)"
    )
