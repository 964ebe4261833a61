/**
 * Answers written in batches: every answer that arrives while earlier writes are committing goes into the
 * next statement, so a room answering at once costs a few commits (each a flush to disk) rather than one per
 * phone. Each answer is still acknowledged only after the COMMIT that holds it, and only if its question
 * was open when that statement ran. Within a batch a participant's later answer to a question replaces an
 * earlier one (the latest wins, as it would across batches), and both are acknowledged.
 */
import type pg from 'pg';

export interface PendingAnswer {
	roomId: string;
	code: string;
	question: number;
	participant: number;
	/** JSON of the checked value. */
	value: string;
}

interface Waiting extends PendingAnswer {
	done: (stored: boolean) => void;
	fail: (e: unknown) => void;
}

/** Statements in flight at once: enough to overlap commits, few enough to leave the pool to the rest. */
const IN_FLIGHT = 3;
const MAX_BATCH = 500;

const key = (a: PendingAnswer) => `${a.roomId} ${a.question} ${a.participant}`;

export class AnswerBatcher {
	private queue: Waiting[] = [];
	private running = 0;

	constructor(
		private readonly pool: pg.Pool,
		private readonly channel: string
	) {}

	/** Resolves true once stored and committed, false if the question had closed. */
	write(answer: PendingAnswer): Promise<boolean> {
		return new Promise((done, fail) => {
			this.queue.push({ ...answer, done, fail });
			this.next();
		});
	}

	private next() {
		while (this.running < IN_FLIGHT && this.queue.length) {
			const batch = this.queue.splice(0, MAX_BATCH);
			this.running++;
			void this.flush(batch).finally(() => {
				this.running--;
				this.next();
			});
		}
	}

	private async flush(batch: Waiting[]) {
		// The latest of each participant's answers to a question: one row may be changed once per statement.
		const latest = new Map<string, Waiting>();
		for (const a of batch) latest.set(key(a), a);
		const rows = [...latest.values()];
		try {
			const { rows: stored } = await this.pool.query<{ k: string }>(
				`WITH input AS (
					SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::jsonb[], $5::text[])
						AS t(room_id, question, participant, value, code)),
				 written AS (
					INSERT INTO answers (room_id, question, participant, value)
					SELECT i.room_id, i.question, i.participant, i.value FROM input i
					WHERE EXISTS (SELECT 1 FROM questions q
						WHERE q.room_id = i.room_id AND q.number = i.question AND q.state = 'open')
					ON CONFLICT (room_id, question, participant)
					DO UPDATE SET value = EXCLUDED.value, updated_at = now()
					RETURNING room_id, question, participant),
				 told AS (
					SELECT pg_notify('${this.channel}', code) FROM (
						SELECT DISTINCT i.code FROM input i JOIN written w USING (room_id, question, participant)) c)
				 SELECT w.room_id || ' ' || w.question || ' ' || w.participant AS k
				 FROM written w, (SELECT count(*) FROM told) n`,
				[
					rows.map((a) => a.roomId),
					rows.map((a) => a.question),
					rows.map((a) => a.participant),
					rows.map((a) => a.value),
					rows.map((a) => a.code)
				]
			);
			const ok = new Set(stored.map((r) => r.k));
			for (const a of batch) a.done(ok.has(key(a)));
		} catch (e) {
			for (const a of batch) a.fail(e);
		}
	}
}
