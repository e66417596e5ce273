-- Moderated peer-group channels: the channels, guidelines and consent, session schedules,
-- per-guild moderation settings, the moderation log, and the anonymous-share rate limit.

-- A channel Lantern runs as a peer group. The session state is recorded here before the
-- channel's permissions are changed, so a restart knows what the channel should look like.
CREATE TABLE group_channels (
    channel_id          INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL,
    name                TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    session_state       TEXT CHECK (session_state IN ('open', 'closed')),
    session_changed_at  TEXT,
    created_by          INTEGER,
    created_at          TEXT NOT NULL,
    archived_at         TEXT
) STRICT;

CREATE INDEX group_channels_by_guild ON group_channels (guild_id, status);

-- A guild's own guidelines, one row per version. Without a row the shipped default applies.
CREATE TABLE group_guidelines (
    guild_id    INTEGER NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    title       TEXT NOT NULL,
    text        TEXT NOT NULL,
    edited_by   INTEGER,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (guild_id, version)
) STRICT;

-- Where each version was posted (to re-post a new version in the same places).
CREATE TABLE group_guidelines_posts (
    guild_id    INTEGER NOT NULL,
    channel_id  INTEGER NOT NULL,
    message_id  INTEGER NOT NULL PRIMARY KEY,
    version     INTEGER NOT NULL,
    posted_at   TEXT NOT NULL
) STRICT;

CREATE INDEX group_guidelines_posts_by_guild ON group_guidelines_posts (guild_id, version);

-- Who agreed to which version, and when. Written before the participant role is granted.
CREATE TABLE group_consents (
    guild_id    INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    agreed_at   TEXT NOT NULL,
    PRIMARY KEY (guild_id, member_id, version)
) STRICT;

-- Weekly session times in an IANA zone; the scheduler's jobs are rebuilt from these.
CREATE TABLE group_sessions (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    channel_id  INTEGER NOT NULL REFERENCES group_channels (channel_id) ON DELETE CASCADE,
    weekdays    TEXT NOT NULL,          -- Monday = 0, e.g. "0,2,4"
    opens_at    TEXT NOT NULL,          -- HH:MM local
    closes_at   TEXT NOT NULL,          -- HH:MM local; earlier than opens_at = next day
    timezone    TEXT NOT NULL,
    created_by  INTEGER,
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX group_sessions_by_channel ON group_sessions (guild_id, channel_id);

-- Per-guild moderation switches and limits; without a row the defaults in bot.groups apply.
CREATE TABLE group_moderation_settings (
    guild_id                INTEGER PRIMARY KEY,
    contact                 INTEGER NOT NULL,
    harassment              INTEGER NOT NULL,
    sourcing                INTEGER NOT NULL,
    mentions                INTEGER NOT NULL,
    spam                    INTEGER NOT NULL,
    warnings_before_timeout INTEGER NOT NULL,
    warning_window_hours    INTEGER NOT NULL,
    timeout_minutes         INTEGER NOT NULL,
    flood_timeout_minutes   INTEGER NOT NULL,
    shares_per_hour         INTEGER NOT NULL,
    modlog_excerpts         INTEGER NOT NULL,
    updated_at              TEXT NOT NULL
) STRICT;

-- Every moderation decision. The excerpt is sealed and purged after the retention period;
-- a blocked anonymous share is recorded under its pseudonym only (member_id is NULL).
CREATE TABLE moderation_actions (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    channel_id      INTEGER,
    message_id      INTEGER,
    member_id       INTEGER,
    pseudonym       TEXT,
    rule            TEXT NOT NULL,
    action          TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    sealed_excerpt  TEXT,
    created_at      TEXT NOT NULL
) STRICT;

CREATE INDEX moderation_actions_by_member ON moderation_actions
    (guild_id, member_id, rule, created_at);
CREATE INDEX moderation_actions_by_time ON moderation_actions (created_at);

-- Anonymous shares, for the rate limit only: a keyed hash of guild and member and a time.
-- Nothing here links a share's message or pseudonym to a member.
CREATE TABLE group_share_marks (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    member_key  TEXT NOT NULL,
    shared_at   TEXT NOT NULL
) STRICT;

CREATE INDEX group_share_marks_by_member ON group_share_marks (guild_id, member_key, shared_at);
