-- Foundation: per-guild configuration and bot metadata.

CREATE TABLE guild_config (
    guild_id              INTEGER PRIMARY KEY,
    participant_role_id   INTEGER,
    facilitator_role_id   INTEGER,
    counselor_role_id     INTEGER,
    counselors_channel_id INTEGER,
    modlog_channel_id     INTEGER,
    region                TEXT NOT NULL DEFAULT 'INTL',
    timezone              TEXT NOT NULL DEFAULT 'UTC',
    updated_at            TEXT NOT NULL
) STRICT;

-- Small key/value facts about this installation (command tree hash, heartbeat, ...).
CREATE TABLE bot_meta (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
