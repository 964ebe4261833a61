-- Up Migration

-- A live room. Its capabilities are stored only as SHA-256 hashes: the facilitator's secret and the
-- display's token are shown once and never kept in the clear.
CREATE TABLE rooms (
	id bigserial PRIMARY KEY,
	code text NOT NULL UNIQUE,
	decision text NOT NULL,
	revision integer NOT NULL,
	scenario text NOT NULL,
	step text NOT NULL,
	secret_hash bytea NOT NULL,
	display_hash bytea,
	pair_code text,
	pair_expires_at timestamptz,
	pair_failures integer NOT NULL DEFAULT 0,
	host_seq bigint NOT NULL DEFAULT 0,
	participant_seq integer NOT NULL DEFAULT 0,
	question_seq integer NOT NULL DEFAULT 0,
	version bigint NOT NULL DEFAULT 1,
	created_at timestamptz NOT NULL DEFAULT now(),
	expires_at timestamptz NOT NULL,
	ended_at timestamptz
);
CREATE INDEX rooms_expires_at ON rooms (expires_at);

-- `serial` numbers participants within their room (1, 2, …): what views and host actions name them by.
CREATE TABLE participants (
	room_id bigint NOT NULL REFERENCES rooms ON DELETE CASCADE,
	serial integer NOT NULL,
	device text NOT NULL,
	name text,
	grp text,
	hidden boolean NOT NULL DEFAULT false,
	joined_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (room_id, serial),
	UNIQUE (room_id, device)
);

CREATE TABLE questions (
	room_id bigint NOT NULL REFERENCES rooms ON DELETE CASCADE,
	number integer NOT NULL,
	kind text NOT NULL CHECK (kind IN ('vote', 'estimate', 'pick')),
	param text,
	label text CHECK (label IN ('first', 'again')),
	round integer NOT NULL DEFAULT 1,
	again integer,
	state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
	revealed boolean NOT NULL DEFAULT false,
	step text NOT NULL,
	curve jsonb,
	opened_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (room_id, number)
);

-- One row per participant and question: a resubmission replaces the value (the latest wins).
CREATE TABLE answers (
	room_id bigint NOT NULL,
	question integer NOT NULL,
	participant integer NOT NULL,
	value jsonb NOT NULL,
	hidden boolean NOT NULL DEFAULT false,
	updated_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (room_id, question, participant),
	FOREIGN KEY (room_id, question) REFERENCES questions ON DELETE CASCADE,
	FOREIGN KEY (room_id, participant) REFERENCES participants ON DELETE CASCADE
);

-- Down Migration

DROP TABLE answers;
DROP TABLE questions;
DROP TABLE participants;
DROP TABLE rooms;
