-- Up Migration

-- Versions from one sequence rather than a counter on the room's row. An answer bumping the row made every
-- answer in a room wait for the one before it to commit (the row's lock), so a room answering at once queued
-- behind one commit at a time. Answers now touch no room row; a read of the room takes the next value, so
-- each read is newer than any before it, on every instance.
CREATE SEQUENCE room_versions;
SELECT setval('room_versions', greatest((SELECT max(version) FROM rooms), 1));

-- Down Migration

DROP SEQUENCE room_versions;
