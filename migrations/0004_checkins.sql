-- Anonymous check-ins, daily check-in reminders, privacy requests.
--
-- A check-in row holds no Discord user id, name or message id: only a pseudonymous participant
-- key (keyed HMAC of guild and member), the answers, the sealed note and the time.

CREATE TABLE checkins (
    id               INTEGER PRIMARY KEY,
    guild_id         INTEGER NOT NULL,
    channel_id       INTEGER NOT NULL,      -- the group
    participant_key  TEXT NOT NULL,
    mood             INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    cravings         INTEGER NOT NULL CHECK (cravings BETWEEN 0 AND 10),
    used             TEXT NOT NULL CHECK (used IN ('yes', 'no', 'unsaid')),
    sealed_note      TEXT,
    local_day        TEXT NOT NULL,         -- YYYY-MM-DD in the guild's time zone at check-in
    created_at       TEXT NOT NULL
) STRICT;

CREATE INDEX checkins_by_group_day ON checkins
    (guild_id, channel_id, local_day, participant_key, mood, cravings, used);
CREATE INDEX checkins_by_guild_day ON checkins
    (guild_id, local_day, participant_key, mood, cravings, used);
CREATE INDEX checkins_by_participant ON checkins (participant_key, created_at);
CREATE INDEX checkins_created ON checkins (created_at);

CREATE TABLE checkin_reminders (
    guild_id     INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    time_of_day  TEXT NOT NULL,             -- HH:MM in the guild's time zone
    created_at   TEXT NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
) STRICT;

ALTER TABLE guild_config ADD COLUMN checkin_critical_reveals_identity INTEGER NOT NULL DEFAULT 1;

-- A member asked to be forgotten while an escalation about them was still open: their
-- personal fields are erased as soon as it closes.
CREATE TABLE erasure_requests (
    guild_id      INTEGER NOT NULL,
    member_id     INTEGER NOT NULL,
    requested_at  TEXT NOT NULL,
    PRIMARY KEY (guild_id, member_id)
) STRICT;
