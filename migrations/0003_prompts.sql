-- Psychoeducation prompts (issue 6): facilitators' own prompts, built-ins switched off per
-- guild, recurring schedules, and the history of every post and scheduled occurrence.

CREATE TABLE prompt_custom (
    guild_id    INTEGER NOT NULL,
    number      INTEGER NOT NULL CHECK (number > 0),   -- shown as custom-<number>
    topic       TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    question    TEXT NOT NULL,
    exercise    TEXT,
    created_by  INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    -- Removed prompts are kept so that a number is never reused for a different prompt
    -- (post history refers to prompts by id).
    removed_at  TEXT,
    PRIMARY KEY (guild_id, number)
) STRICT;

CREATE TABLE prompt_disabled (
    guild_id     INTEGER NOT NULL,
    prompt_id    TEXT NOT NULL,
    disabled_by  INTEGER NOT NULL,
    disabled_at  TEXT NOT NULL,
    PRIMARY KEY (guild_id, prompt_id)
) STRICT;

CREATE TABLE prompt_schedules (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    channel_id     INTEGER NOT NULL,
    weekdays       TEXT NOT NULL,            -- day numbers, Monday = 0, e.g. '0,2,4'
    time_of_day    TEXT NOT NULL,            -- HH:MM, local to timezone
    timezone       TEXT NOT NULL,            -- IANA name
    topics         TEXT NOT NULL,            -- comma-separated slugs; '' = every topic
    thread         INTEGER NOT NULL CHECK (thread IN (0, 1)),
    status         TEXT NOT NULL CHECK (status IN ('active', 'paused', 'broken')),
    broken_reason  TEXT,
    active_since   TEXT NOT NULL,            -- earlier occurrences are never posted
    created_by     INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX prompt_schedules_by_guild ON prompt_schedules (guild_id, id);
CREATE INDEX prompt_schedules_by_status ON prompt_schedules (status, id);

-- One row per post (scheduled or by hand) and per skipped occurrence. The row for a scheduled
-- occurrence is written before the Discord call, and (schedule_id, occurrence_at) is unique:
-- an occurrence is attempted at most once, even across a restart in the middle of posting.
CREATE TABLE prompt_posts (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    channel_id     INTEGER NOT NULL,
    prompt_id      TEXT,                     -- NULL for a skipped occurrence
    schedule_id    INTEGER REFERENCES prompt_schedules (id) ON DELETE SET NULL,
    occurrence_at  TEXT,                     -- scheduled UTC instant; NULL for /prompts post
    status         TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'skipped', 'failed')),
    message_id     INTEGER,
    detail         TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX prompt_posts_occurrence ON prompt_posts (schedule_id, occurrence_at);
-- Rotation: the latest post of each prompt in a channel.
CREATE INDEX prompt_posts_rotation ON prompt_posts (guild_id, channel_id, prompt_id, status, id);
