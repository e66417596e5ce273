-- Escalation to counselors: durable alerts, their events, on-call rota, participant notices.

ALTER TABLE guild_config ADD COLUMN backup_role_id INTEGER;
ALTER TABLE guild_config ADD COLUMN excluded_channel_ids TEXT NOT NULL DEFAULT '[]';

CREATE TABLE escalations (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL,
    channel_id          INTEGER,
    message_id          INTEGER,
    member_id           INTEGER,            -- NULL when the source is anonymous
    pseudonym           TEXT,               -- shown instead of the member when anonymous
    reporter_id         INTEGER,            -- who flagged it; never shown to the author
    source              TEXT NOT NULL CHECK (source IN
                            ('detector', 'flag', 'staff', 'checkin', 'share')),
    category            TEXT NOT NULL,
    severity            TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    sealed_excerpt      TEXT,               -- Fernet token
    sealed_context      TEXT,               -- Fernet token of JSON: previous messages
    sealed_reasons      TEXT,               -- Fernet token of JSON: rule ids and matched words
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN
                            ('open', 'acknowledged', 'resolved', 'false_alarm')),
    fold_count          INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    ack_deadline        TEXT,
    page_count          INTEGER NOT NULL DEFAULT 0,
    overdue             INTEGER NOT NULL DEFAULT 0,
    acknowledged_by     INTEGER,
    acknowledged_at     TEXT,
    closed_by           INTEGER,
    closed_at           TEXT,
    delivery_state      TEXT NOT NULL DEFAULT 'pending' CHECK (delivery_state IN
                            ('pending', 'delivered', 'fallback')),
    delivery_attempts   INTEGER NOT NULL DEFAULT 0,
    next_delivery_at    TEXT,
    alert_channel_id    INTEGER,
    alert_message_id    INTEGER,
    thread_id           INTEGER,
    personal_erased     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX escalations_open ON escalations (guild_id, status, severity);
CREATE INDEX escalations_undelivered ON escalations (delivery_state) WHERE delivery_state = 'pending';
CREATE INDEX escalations_deadline ON escalations (ack_deadline) WHERE status = 'open';
CREATE INDEX escalations_member ON escalations (guild_id, member_id, category, status);
CREATE INDEX escalations_created ON escalations (created_at);

CREATE TABLE escalation_events (
    id             INTEGER PRIMARY KEY,
    escalation_id  INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    actor_id       INTEGER,                 -- NULL for Lantern itself
    kind           TEXT NOT NULL,
    sealed_note    TEXT
) STRICT;

CREATE INDEX escalation_events_by_escalation ON escalation_events (escalation_id, id);

CREATE TABLE oncall (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    since     TEXT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) STRICT;

-- When a member was last sent crisis resources, so they get them at most once per window.
CREATE TABLE resource_notices (
    guild_id   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    sent_at    TEXT NOT NULL,
    via        TEXT NOT NULL,
    PRIMARY KEY (guild_id, member_id)
) STRICT;
