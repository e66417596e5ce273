-- Escalation to counselors: durable alerts, their events, on-call rota, participant notices.

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
    last_seen_at        TEXT NOT NULL,      -- latest message folded into it
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
    alert_channel_id    INTEGER,
    alert_message_id    INTEGER,
    thread_id           INTEGER,
    personal_erased     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX escalations_open ON escalations (guild_id, status, severity);
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

-- Counselors on call (paged by DM) and backup contacts (paged when an alert is overdue).
CREATE TABLE oncall (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('oncall', 'backup')),
    since     TEXT NOT NULL,
    PRIMARY KEY (guild_id, user_id, kind)
) STRICT;

-- Every Discord delivery an escalation needs, written in the same transaction as the state
-- change that needs it, and worked off by the delivery worker (retried after a restart).
-- `marker` is unique and also written into the delivered message, so a retry after a crash
-- can find a message that was sent but not recorded, instead of sending it twice.
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY,
    guild_id          INTEGER NOT NULL,
    escalation_id     INTEGER REFERENCES escalations (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL,
    target_id         INTEGER,              -- channel or user, depending on kind
    marker            TEXT NOT NULL UNIQUE,
    priority          INTEGER NOT NULL DEFAULT 0,
    state             TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT NOT NULL,
    last_error        TEXT,
    created_at        TEXT NOT NULL,
    done_at           TEXT,
    result_id         INTEGER               -- the message id Discord returned
) STRICT;

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_by_escalation ON outbox (escalation_id, kind);

-- When a member was last sent crisis resources, so they get them at most once per window.
CREATE TABLE resource_notices (
    guild_id   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    sent_at    TEXT NOT NULL,
    via        TEXT NOT NULL,
    PRIMARY KEY (guild_id, member_id)
) STRICT;
