-- The newest message Lantern's risk monitor has read in each channel. After a restart or a
-- lost gateway session, the monitor reads what was posted in between, so that no message
-- goes unassessed while the bot was away. Only ids: no text, no author.
CREATE TABLE screen_marks (
    channel_id  INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    message_id  INTEGER NOT NULL
) STRICT;

CREATE INDEX screen_marks_by_guild ON screen_marks (guild_id);
