/**
 * The room store: every read and write of rooms, participants, questions, answers and groups, on PostgreSQL.
 * Each change NOTIFYs `rooms` with its code in the same transaction, so every instance's live streams hear
 * of it once it is committed, and a write is acknowledged only after its COMMIT. Versions come from one
 * sequence: a read of a room takes the next value, so it is newer than every read before it. The facilitator's
 * and the display's capabilities are kept as SHA-256 hashes, shown once and never stored; a group link's token
 * is kept as it is (see the room-groups migration for why).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { ModelDef } from '$lib/engine/types';
import type { Scenario } from '$lib/state/url';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	ROOM_DAYS,
	type AnswerValue,
	type Curve,
	type GroupSpec,
	type HostAction,
	type Join,
	type OpenRoom,
	type Opened
} from '$lib/room/protocol';
import { AnswerBatcher } from './answer-batch';
import { checkAnswer } from './answer-check';
import { RoomError, noSuchRoom } from './errors';
import { checkGroupValue, checkGroups } from './group-check';
import { groupRoomScenario } from './group-room-scenario';
import { currentModel, roomModel } from './model';
import { PAIR_MINUTES } from '$lib/room/pair-status';

export const CHANNEL = 'rooms';
/** How many wrong tries a display's pairing code survives; how long it stays good is PAIR_MINUTES. */
export const PAIR_TRIES = 5;

export interface RoomRow {
	id: string;
	code: string;
	decision: string;
	revision: number;
	scenario: string;
	step: string;
	step_at: string;
	key_shown: boolean;
	version: string;
	expires_at: string;
	ended_at: string | null;
}
/** The room as `state()` reads it: what the console is told of its display besides. */
export interface RoomStateRow extends RoomRow {
	/** A pairing code is shown and still good. */
	pair_pending: boolean;
	/** A display holds the room's display token. */
	display_paired: boolean;
}
export interface ParticipantRow {
	serial: number;
	device: string;
	name: string | null;
	grp: string | null;
	hidden: boolean;
}
export interface QuestionRow {
	number: number;
	kind: 'vote' | 'estimate' | 'pick';
	param: string | null;
	label: 'first' | 'again' | null;
	round: number;
	again: number | null;
	state: 'open' | 'closed';
	revealed: boolean;
	step: string;
	curve: Curve | null;
}
export interface AnswerRow {
	question: number;
	participant: number;
	value: AnswerValue;
	hidden: boolean;
	updated_at: string;
}
export interface GroupRow {
	number: number;
	name: string;
	prompt: string;
	param: string;
	break_even: number | null;
	value: number | null;
	updated_at: string | null;
	token: string;
}
/** Everything about one room, read in one statement (one snapshot). */
export interface RoomState {
	room: RoomStateRow;
	participants: ParticipantRow[];
	questions: QuestionRow[];
	answers: AnswerRow[];
	groups: GroupRow[];
	/** The room's scenario read from its link, for its groups' pages; set only where the room has groups. */
	groupRoom?: Scenario | null;
}

/** A bearer's capability in a room: the facilitator's, a paired display's, or one group's link. */
export type Role = 'host' | 'display' | 'group';

const hash = (secret: string) => createHash('sha256').update(secret).digest();
const token = () => randomBytes(32).toString('base64url');
/** What `token` makes: anything else names no group, and is not looked up. */
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sameHash = (a: Buffer | null, b: Buffer) =>
	a !== null && a.length === b.length && timingSafeEqual(a, b);

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** The room's version bumped and its change announced, within the caller's statement or transaction. */
const BUMP = `UPDATE rooms SET version = nextval('room_versions') WHERE id = $1 RETURNING version, pg_notify('${CHANNEL}', code)`;

async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
	const c = await pool.connect();
	try {
		await c.query('BEGIN');
		const out = await work(c);
		await c.query('COMMIT');
		return out;
	} catch (e) {
		await c.query('ROLLBACK').catch(() => {});
		throw e;
	} finally {
		c.release();
	}
}

/**
 * The prompts a room's groups may answer: its model's, at the room's revision or today's (a revision frozen
 * before a prompt was added still runs rooms that use it).
 */
async function promptIds(decision: string, def: ModelDef): Promise<Set<string>> {
	const today = await currentModel(decision);
	return new Set([...(def.teach?.prompts ?? []), ...(today?.def.teach?.prompts ?? [])].map((p) => p.id));
}

/** The room's groups replaced by these, numbered 1, 2, …, each with a new token (old links stop working). */
async function replaceGroups(c: pg.PoolClient, roomId: string, groups: GroupSpec[]): Promise<void> {
	await c.query('DELETE FROM room_groups WHERE room_id = $1', [roomId]);
	await c.query(
		`INSERT INTO room_groups (room_id, number, name, prompt, param, break_even, token)
		 SELECT $1, n, name, prompt, param, break_even, token
		 FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::text[])
		   WITH ORDINALITY AS t(name, prompt, param, break_even, token, n)`,
		[
			roomId,
			groups.map((g) => g.name),
			groups.map((g) => g.prompt),
			groups.map((g) => g.param),
			groups.map((g) => g.breakEven),
			groups.map(() => token())
		]
	);
}

export function roomStore(pool: pg.Pool) {
	const batcher = new AnswerBatcher(pool, CHANNEL);
	/** A live room by code: null when there is none, or it has expired. */
	async function find(code: string) {
		const { rows } = await pool.query<RoomRow & { secret_hash: Buffer; display_hash: Buffer | null }>(
			`SELECT id, code, decision, revision, scenario, step, step_at, key_shown, version, expires_at, ended_at,
			   secret_hash, display_hash
			 FROM rooms WHERE code = $1 AND expires_at > now()`,
			[code]
		);
		return rows[0] ?? null;
	}

	/** Which capability a bearer token is for this room, if any. */
	async function role(code: string, bearer: string | null): Promise<{ room: RoomRow; role: Role | null }> {
		const room = await find(code);
		if (!room) throw noSuchRoom();
		if (!bearer) return { room, role: null };
		const h = hash(bearer);
		let granted: Role | null = sameHash(room.secret_hash, h)
			? 'host'
			: sameHash(room.display_hash, h)
				? 'display'
				: null;
		if (!granted && TOKEN.test(bearer)) {
			const { rowCount } = await pool.query('SELECT 1 FROM room_groups WHERE room_id = $1 AND token = $2', [
				room.id,
				bearer
			]);
			if (rowCount === 1) granted = 'group';
		}
		return { room, role: granted };
	}

	return {
		pool,

		async open(input: OpenRoom, now = new Date()): Promise<Opened> {
			const model = await currentModel(input.decision);
			if (!model)
				throw new RoomError(
					400,
					`There is no decision called “${input.decision}”. Open the room from a decision’s page.`
				);
			const secret = token();
			const expires = new Date(now.getTime() + (input.days ?? ROOM_DAYS) * 86_400_000);
			// A collision is rare (31^6 codes); on one, draw again.
			for (let attempt = 0; attempt < 20; attempt++) {
				const code = newCode();
				const { rowCount } = await pool.query(
					`INSERT INTO rooms (code, decision, revision, scenario, step, secret_hash, created_at, step_at, expires_at)
					 VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) ON CONFLICT (code) DO NOTHING`,
					[code, input.decision, model.revision, input.scenario, model.steps[0], hash(secret), now, expires]
				);
				if (rowCount === 1) return { code, secret, expiresAt: expires.toISOString() };
			}
			throw new RoomError(503, 'No free room code could be found just now. Try again in a moment.');
		},

		find,

		role,

		async join(code: string, input: Join): Promise<{ participant: number }> {
			const room = await find(code);
			if (!room) throw noSuchRoom();
			if (room.ended_at) throw new RoomError(409, 'This room’s session has ended; it takes no new answers.');
			return inTransaction(pool, async (c) => {
				// The room's row first: it numbers participants and is locked by every change anyway.
				await c.query('SELECT 1 FROM rooms WHERE id = $1 FOR UPDATE', [room.id]);
				const { rows } = await c.query<{ serial: number }>(
					`UPDATE participants SET name = $3, grp = $4 WHERE room_id = $1 AND device = $2 RETURNING serial`,
					[room.id, input.device, input.name || null, input.group || null]
				);
				let serial = rows[0]?.serial;
				if (serial === undefined) {
					const next = await c.query<{ participant_seq: number }>(
						'UPDATE rooms SET participant_seq = participant_seq + 1 WHERE id = $1 RETURNING participant_seq',
						[room.id]
					);
					serial = next.rows[0].participant_seq;
					await c.query(
						'INSERT INTO participants (room_id, serial, device, name, grp) VALUES ($1, $2, $3, $4, $5)',
						[room.id, serial, input.device, input.name || null, input.group || null]
					);
				}
				await c.query(BUMP, [room.id]);
				return { participant: serial };
			});
		},

		/** Stores a participant's answer (replacing an earlier one); resolves only once it is committed. */
		async answer(code: string, device: string, question: number, value: unknown): Promise<void> {
			const { rows } = await pool.query<{
				id: string;
				decision: string;
				revision: number;
				ended_at: string | null;
				serial: number | null;
				kind: QuestionRow['kind'] | null;
				param: string | null;
				state: QuestionRow['state'] | null;
			}>(
				`SELECT r.id, r.decision, r.revision, r.ended_at, p.serial, q.kind, q.param, q.state
				 FROM rooms r
				 LEFT JOIN participants p ON p.room_id = r.id AND p.device = $2
				 LEFT JOIN questions q ON q.room_id = r.id AND q.number = $3
				 WHERE r.code = $1 AND r.expires_at > now()`,
				[code, device, question]
			);
			const r = rows[0];
			if (!r) throw noSuchRoom();
			if (r.ended_at) throw new RoomError(409, 'This room’s session has ended; it takes no new answers.');
			if (r.serial === null)
				throw new RoomError(409, 'This phone has not joined the room yet. Join it with the code first.');
			if (!r.kind)
				throw new RoomError(
					404,
					'There is no such question in this room. Reload the page to see the current one.'
				);
			if (r.state !== 'open')
				throw new RoomError(409, 'This question has closed; your answer was not recorded.');
			const model = await roomModel(r.decision, r.revision);
			if (!model) throw new RoomError(409, 'This room’s decision is no longer available.');
			const checked = checkAnswer(r.kind, r.param, model.def, value);
			// Stored and the change announced in one statement, batched with the answers arriving meanwhile
			// (answer-batch.ts), and only if the question is still open when it runs.
			const stored = await batcher.write({
				roomId: r.id,
				code,
				question,
				participant: r.serial,
				value: JSON.stringify(checked)
			});
			if (!stored) throw new RoomError(409, 'This question has closed; your answer was not recorded.');
		},

		/** A facilitator's action, with the room's secret; `seq` must exceed every seq seen before. */
		async host(
			code: string,
			secret: string | null,
			action: HostAction
		): Promise<{ version: number; pair?: string }> {
			const { room, role: who } = await role(code, secret);
			if (who !== 'host')
				throw new RoomError(
					403,
					'Only the room’s facilitator can do this: open the console from the browser that opened the room.'
				);
			const model = await roomModel(room.decision, room.revision);
			if (action.action === 'groups') {
				if (!model) throw new RoomError(409, 'This room’s decision is no longer available.');
				checkGroups(action.groups, model.def, await promptIds(room.decision, model.def));
			}
			return inTransaction(pool, async (c) => {
				const seen = await c.query(
					'UPDATE rooms SET host_seq = $2 WHERE id = $1 AND host_seq < $2 RETURNING ended_at',
					[room.id, action.seq]
				);
				if (seen.rowCount !== 1)
					throw new RoomError(
						409,
						'This action was already received (a repeated request); nothing was changed.'
					);
				const ended = seen.rows[0].ended_at !== null;
				let pair: string | undefined;
				const question = async (n: number) => {
					const q = await c.query<QuestionRow>('SELECT * FROM questions WHERE room_id = $1 AND number = $2', [
						room.id,
						n
					]);
					if (!q.rows[0]) throw new RoomError(404, `There is no question ${n} in this room.`);
					return q.rows[0];
				};
				switch (action.action) {
					case 'step':
						if (model && !model.steps.includes(action.step))
							throw new RoomError(400, `There is no step “${action.step}” in this decision’s running order.`);
						// The countdown restarts only on a new step: the console sending its step again (after a
						// reload) must not reset it.
						await c.query(
							'UPDATE rooms SET step = $2, step_at = CASE WHEN step = $2 THEN step_at ELSE now() END WHERE id = $1',
							[room.id, action.step]
						);
						break;
					case 'open': {
						if (ended)
							throw new RoomError(409, 'The session has ended: reopen the room before asking a question.');
						let round = 1;
						let param = action.param ?? null;
						if (action.kind === 'estimate') {
							if (action.again !== undefined) {
								const first = await question(action.again);
								if (first.kind !== 'estimate')
									throw new RoomError(
										400,
										`Question ${action.again} is not an estimate, so it cannot be asked again.`
									);
								round = first.round + 1;
								param ??= first.param;
								if (param !== first.param)
									throw new RoomError(400, 'A question asked again must ask about the same assumption.');
							}
							if (!param || !model?.def.params.some((p) => p.id === param))
								throw new RoomError(
									400,
									'Choose one of the decision’s assumptions for an estimate question.'
								);
						} else if (param !== null || action.again !== undefined || action.curve !== undefined) {
							throw new RoomError(400, 'Only an estimate question has an assumption, a round or a curve.');
						}
						const label = action.kind === 'vote' ? (action.label ?? 'first') : null;
						const next = await c.query<{ question_seq: number; step: string }>(
							'UPDATE rooms SET question_seq = question_seq + 1 WHERE id = $1 RETURNING question_seq, step',
							[room.id]
						);
						const { question_seq: number, step } = next.rows[0];
						await c.query(
							`INSERT INTO questions (room_id, number, kind, param, label, round, again, step, curve)
							 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
							[
								room.id,
								number,
								action.kind,
								param,
								label,
								round,
								action.again ?? null,
								step,
								action.curve ? JSON.stringify(action.curve) : null
							]
						);
						break;
					}
					case 'close':
						await question(action.question);
						await c.query(`UPDATE questions SET state = 'closed' WHERE room_id = $1 AND number = $2`, [
							room.id,
							action.question
						]);
						break;
					case 'reveal':
						await question(action.question);
						await c.query('UPDATE questions SET revealed = true WHERE room_id = $1 AND number = $2', [
							room.id,
							action.question
						]);
						break;
					case 'hide': {
						const { rowCount } =
							action.question === undefined
								? await c.query('UPDATE participants SET hidden = $3 WHERE room_id = $1 AND serial = $2', [
										room.id,
										action.participant,
										action.hidden
									])
								: await c.query(
										'UPDATE answers SET hidden = $4 WHERE room_id = $1 AND question = $2 AND participant = $3',
										[room.id, action.question, action.participant, action.hidden]
									);
						if (rowCount !== 1)
							throw new RoomError(
								404,
								action.question === undefined
									? `There is no participant ${action.participant} in this room.`
									: `Participant ${action.participant} has no answer to question ${action.question}.`
							);
						break;
					}
					case 'groups':
						if (ended)
							throw new RoomError(409, 'The session has ended: reopen the room before making groups.');
						await replaceGroups(c, room.id, action.groups);
						break;
					case 'key':
						await c.query('UPDATE rooms SET key_shown = $2 WHERE id = $1', [room.id, action.shown]);
						break;
					case 'pair':
						pair = String(randomInt(1_000_000)).padStart(6, '0');
						await c.query(
							`UPDATE rooms SET pair_code = $2, pair_expires_at = now() + interval '${PAIR_MINUTES} minutes', pair_failures = 0 WHERE id = $1`,
							[room.id, pair]
						);
						break;
					case 'end':
						await c.query('UPDATE rooms SET ended_at = coalesce(ended_at, now()) WHERE id = $1', [room.id]);
						break;
					case 'reopen':
						await c.query('UPDATE rooms SET ended_at = NULL WHERE id = $1', [room.id]);
						break;
					case 'delete': {
						await c.query(`SELECT pg_notify('${CHANNEL}', code) FROM rooms WHERE id = $1`, [room.id]);
						await c.query('DELETE FROM rooms WHERE id = $1', [room.id]);
						return { version: Number(room.version) + 1 };
					}
				}
				const bumped = await c.query<{ version: string }>(BUMP, [room.id]);
				return { version: Number(bumped.rows[0].version), ...(pair ? { pair } : {}) };
			});
		},

		/**
		 * A group's value of its assumption, by its link's token; resolves once committed and announced.
		 * Like an answer, it touches no room row (so a group's sliders never wait on the room's lock): the
		 * NOTIFY makes every instance read the room again, and that read takes a newer version.
		 */
		async groupValue(code: string, groupToken: string, value: number): Promise<void> {
			if (!TOKEN.test(groupToken)) throw noSuchRoom();
			const { rows } = await pool.query<{
				id: string;
				decision: string;
				revision: number;
				ended_at: string | null;
				param: string;
			}>(
				`SELECT r.id, r.decision, r.revision, r.ended_at, g.param
				 FROM room_groups g JOIN rooms r ON r.id = g.room_id
				 WHERE g.token = $2 AND r.code = $1 AND r.expires_at > now()`,
				[code, groupToken]
			);
			const g = rows[0];
			if (!g) throw noSuchRoom();
			if (g.ended_at) throw new RoomError(409, 'This room’s session has ended; it takes no new answers.');
			const model = await roomModel(g.decision, g.revision);
			if (!model) throw new RoomError(409, 'This room’s decision is no longer available.');
			checkGroupValue(g.param, model.def, value);
			// Written only if the room is still running and the group still exists when the statement runs.
			const { rowCount } = await pool.query(
				`WITH written AS (
					UPDATE room_groups g SET value = $3, updated_at = now()
					FROM rooms r
					WHERE g.room_id = $1 AND g.token = $2 AND r.id = g.room_id AND r.ended_at IS NULL AND r.expires_at > now()
					RETURNING r.code)
				 SELECT pg_notify('${CHANNEL}', code) FROM written`,
				[g.id, groupToken, value]
			);
			if (rowCount !== 1)
				throw new RoomError(
					409,
					'The session ended, or this group’s link was replaced, as this was sent; nothing was recorded.'
				);
		},

		/** A display trades the console's pairing code for its token (once; a wrong code counts against it). */
		async pairDisplay(code: string, pair: string): Promise<{ token: string }> {
			const room = await find(code);
			if (!room) throw noSuchRoom();
			const display = token();
			// One statement: the code used, and the room's version raised so the console showing it hears so.
			const { rowCount } = await pool.query(
				`UPDATE rooms SET display_hash = $3, pair_code = NULL, pair_expires_at = NULL,
				   version = nextval('room_versions')
				 WHERE id = $1 AND pair_code = $2 AND pair_expires_at > now()
				 RETURNING pg_notify('${CHANNEL}', code)`,
				[room.id, pair, hash(display)]
			);
			if (rowCount === 1) return { token: display };
			await pool.query(
				`UPDATE rooms SET pair_failures = pair_failures + 1,
				   pair_code = CASE WHEN pair_failures + 1 >= ${PAIR_TRIES} THEN NULL ELSE pair_code END
				 WHERE id = $1`,
				[room.id]
			);
			throw new RoomError(
				403,
				'That pairing code is wrong or has expired. Show a new one on the console and type it again.'
			);
		},

		/**
		 * The whole room, read as one snapshot, with its link read for its groups' pages where it has groups
		 * (cached per link; null, never a failure, where the model cannot be loaded); null once it is gone.
		 */
		async state(code: string): Promise<RoomState | null> {
			const { rows } = await pool.query<{ state: RoomState | null }>(
				`SELECT json_build_object(
					'room', json_build_object('id', r.id::text, 'code', r.code, 'decision', r.decision, 'revision', r.revision,
						'scenario', r.scenario, 'step', r.step, 'step_at', r.step_at, 'key_shown', r.key_shown,
						'version', nextval('room_versions')::text, 'expires_at', r.expires_at, 'ended_at', r.ended_at,
						'pair_pending', r.pair_code IS NOT NULL AND r.pair_expires_at > now(),
						'display_paired', r.display_hash IS NOT NULL),
					'participants', coalesce((SELECT json_agg(json_build_object('serial', serial, 'device', device,
						'name', name, 'grp', grp, 'hidden', hidden) ORDER BY serial) FROM participants WHERE room_id = r.id), '[]'),
					'questions', coalesce((SELECT json_agg(json_build_object('number', number, 'kind', kind, 'param', param,
						'label', label, 'round', round, 'again', again, 'state', state, 'revealed', revealed, 'step', step,
						'curve', curve) ORDER BY number) FROM questions WHERE room_id = r.id), '[]'),
					'answers', coalesce((SELECT json_agg(json_build_object('question', question, 'participant', participant,
						'value', value, 'hidden', hidden, 'updated_at', updated_at) ORDER BY question, participant)
						FROM answers WHERE room_id = r.id), '[]'),
					'groups', coalesce((SELECT json_agg(json_build_object('number', number, 'name', name, 'prompt', prompt,
						'param', param, 'break_even', break_even, 'value', value, 'updated_at', updated_at, 'token', token)
						ORDER BY number) FROM room_groups WHERE room_id = r.id), '[]')
				) AS state
				FROM rooms r WHERE r.code = $1 AND r.expires_at > now()`,
				[code]
			);
			const state = rows[0]?.state ?? null;
			if (state && state.groups.length > 0)
				state.groupRoom = await groupRoomScenario(state.room.decision, state.room.scenario);
			return state;
		},

		/** Deletes every room past its expiry (with its participants, questions and answers). */
		async sweep(): Promise<number> {
			const { rowCount } = await pool.query(
				`WITH gone AS (DELETE FROM rooms WHERE expires_at <= now() RETURNING code)
				 SELECT pg_notify('${CHANNEL}', code) FROM gone`
			);
			return rowCount ?? 0;
		}
	};
}

export type RoomStore = ReturnType<typeof roomStore>;
