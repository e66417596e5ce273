-- A check-in whose answers reached a counselor with the member's name is "signed": it is
-- stored under the member's second pseudonymous key (see bot/checkins/identity.py), so the
-- escalation that names the member, matched to this row by its channel, time and answers,
-- leads to no other check-in of theirs. Signed rows stay out of group trends: under two keys
-- one person could count twice towards the minimum group size.
ALTER TABLE checkins ADD COLUMN signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1));

DROP INDEX checkins_by_group_day;
DROP INDEX checkins_by_guild_day;
CREATE INDEX checkins_by_group_day ON checkins
    (guild_id, channel_id, signed, local_day, participant_key, mood, cravings, used);
CREATE INDEX checkins_by_guild_day ON checkins
    (guild_id, signed, local_day, participant_key, mood, cravings, used);
