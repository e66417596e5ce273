"""Prometheus metrics: what operators watch to know Lantern is doing its job.

One :class:`Metrics` per bot, each with its own registry (never the process-global one), so
that two bots in one process (tests, the demo) never share or clash over counters. Recording
a metric is a few dictionary operations and never touches the database or the network.
"""

from datetime import datetime

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

# The extra "*_created" series double the output and nobody here graphs them.
disable_created_metrics()

# Acknowledgement deadlines run from 5 to 60 minutes by default: buckets around them.
ACK_BUCKETS = (30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200)
LAG_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300)


class Metrics:
    """The counters, histograms and gauges Lantern exports."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages_assessed = Counter(
            "lantern_messages_assessed",
            "Guild messages and edits read by the risk detector.",
            registry=self.registry,
        )
        self.semantic_shed = Counter(
            "lantern_semantic_shed",
            "Messages without a risk cue not given to the busy sentence model (rules only).",
            registry=self.registry,
        )
        self.alerts = Counter(
            "lantern_alerts",
            "Escalations opened, by severity and source (folded repeats are not counted).",
            ["severity", "source"],
            registry=self.registry,
        )
        self.time_to_acknowledge = Histogram(
            "lantern_time_to_acknowledge_seconds",
            "Time from an escalation being opened to a counselor acknowledging it.",
            buckets=ACK_BUCKETS,
            registry=self.registry,
        )
        self.repages = Counter(
            "lantern_repages",
            "Re-pages sent because an alert passed its acknowledgement deadline.",
            registry=self.registry,
        )
        self.delivery_failures = Counter(
            "lantern_delivery_failures",
            "Failed attempts to deliver an alert, page, DM or note (each is retried).",
            ["kind"],
            registry=self.registry,
        )
        self.scheduler_lag = Histogram(
            "lantern_scheduler_lag_seconds",
            "How late scheduled jobs (prompts, sessions, pages) started.",
            buckets=LAG_BUCKETS,
            registry=self.registry,
        )
        self.undelivered_alerts = Gauge(
            "lantern_undelivered_alerts",
            "Open escalations whose alert has not reached the counselors channel.",
            registry=self.registry,
        )
        self.overdue_escalations = Gauge(
            "lantern_overdue_escalations",
            "Open escalations past their re-pages, with backup contacts paged.",
            registry=self.registry,
        )
        self.heartbeat_age = Gauge(
            "lantern_heartbeat_age_seconds",
            "Seconds since the bot last recorded its heartbeat.",
            registry=self.registry,
        )

    def alert_opened(self, severity: str, source: str) -> None:
        """Count a new escalation."""
        self.alerts.labels(severity=severity, source=source).inc()

    def acknowledged(self, opened_at: datetime, acknowledged_at: datetime) -> None:
        """Record how long an escalation waited for its owner."""
        self.time_to_acknowledge.observe(max(0.0, (acknowledged_at - opened_at).total_seconds()))

    def job_started(self, scheduled_for: datetime, started_at: datetime) -> None:
        """Record how late a scheduled job started."""
        self.scheduler_lag.observe(max(0.0, (started_at - scheduled_for).total_seconds()))

    def exposition(self) -> bytes:
        """The metrics in Prometheus' text format."""
        return generate_latest(self.registry)
