-- Up Migration

-- When the current step began, for the console's countdown of its segment (rooms opened before this count
-- from their opening), and whether the facilitator has shown the answer key (the break-evens) to the room.
ALTER TABLE rooms ADD COLUMN step_at timestamptz;
UPDATE rooms SET step_at = created_at;
ALTER TABLE rooms ALTER COLUMN step_at SET NOT NULL, ALTER COLUMN step_at SET DEFAULT now();
ALTER TABLE rooms ADD COLUMN key_shown boolean NOT NULL DEFAULT false;

-- The room's groups for its group work, numbered 1, 2, … in the order the console made them; the console
-- replaces them all at once. `value` is the group's value of its one assumption (null until it first moves
-- it): every phone holding the group's link moves the same value, the last write winning.
--
-- The token is the group link's capability, stored in the clear, unlike the facilitator's secret and the
-- display's token (hashed): the console must show the group links again after a reload, and a link's
-- token can only move one slider of one room, which its holders share by design. The unique index finds a
-- group by its token.
CREATE TABLE room_groups (
	room_id bigint NOT NULL REFERENCES rooms ON DELETE CASCADE,
	number integer NOT NULL CHECK (number >= 1),
	name text NOT NULL,
	prompt text NOT NULL,
	param text NOT NULL,
	break_even double precision,
	value double precision,
	updated_at timestamptz,
	token text NOT NULL,
	PRIMARY KEY (room_id, number)
);
CREATE UNIQUE INDEX room_groups_token ON room_groups (token);

-- Down Migration

DROP TABLE room_groups;
ALTER TABLE rooms DROP COLUMN key_shown;
ALTER TABLE rooms DROP COLUMN step_at;
