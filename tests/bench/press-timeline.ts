/**
 * The critical path of a key press, from a Chromium trace on the built app: each task of the page's main
 * thread and of the simulation worker from the key press on (the input's handling, the frame that shows
 * the moved slider, the worker's run, the message with its result, the render and the frame that paint
 * it), with its start and length in ms after the keydown. page-settle.ts says how long a press takes;
 * this says what it waited for. `npm run build && npx tsx tests/bench/press-timeline.ts [decision] [param]`
 * (PRESSES presses, the last SHOWN printed).
 */
import { tracedPresses } from './built-app';

const PORT = Number(process.env.E2E_PORT) || 4193;
const PRESSES = 8;
const SHOWN = 3;
const [id = 'cainiao-ownership', param = 'valuation'] = process.argv.slice(2);

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tid: number;
	cat: string;
	args?: { name?: string; data?: { type?: string; functionName?: string } };
}

/** The trace events worth a line: tasks, and what the browser does in a frame. */
const SHOWN_EVENTS = new Set([
	'EventDispatch',
	'FunctionCall',
	'HandlePostMessage',
	'UpdateLayoutTree',
	'Layout',
	'PrePaint',
	'Paint',
	'Commit',
	'MinorGC',
	'MajorGC',
	'TimerFire'
]);

const traceEvents = await tracedPresses<TraceEvent>(
	PORT,
	id,
	param,
	PRESSES,
	['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
	150
);
const threads = new Map<number, string>();
for (const e of traceEvents) if (e.name === 'thread_name') threads.set(e.tid, e.args?.name ?? '');
const keydowns = traceEvents.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
console.log(`# ${id}: the last ${SHOWN} of ${PRESSES} presses of ${param}, ms after the keydown\n`);
for (const key of keydowns.slice(-SHOWN)) {
	const t0 = key.ts;
	const next = keydowns.find((k) => k.ts > t0)?.ts ?? Infinity;
	const lines = traceEvents
		// Trace times are in microseconds: 300 ms from the keydown, or to the next.
		.filter((e) => e.ts >= t0 && e.ts < Math.min(next, t0 + 300_000))
		.filter((e) => {
			const thread = threads.get(e.tid) ?? '';
			if (!/CrRendererMain|DedicatedWorker/.test(thread)) return false;
			// User-timing marks (the simulation's), and tasks of 0.2 ms and more.
			if (e.cat.includes('user_timing')) return true;
			return e.ph === 'X' && SHOWN_EVENTS.has(e.name) && (e.dur ?? 0) >= 200;
		})
		.sort((a, b) => a.ts - b.ts);
	console.log('| at, ms | for, ms | thread | event |\n|---|---|---|---|');
	for (const e of lines) {
		const what = e.args?.data?.type ?? e.args?.data?.functionName ?? '';
		const thread = (threads.get(e.tid) ?? '').startsWith('Dedicated') ? 'worker' : 'page';
		console.log(
			`| ${((e.ts - t0) / 1000).toFixed(2)} | ${((e.dur ?? 0) / 1000).toFixed(2)} | ${thread} | ${e.name} ${what} |`
		);
	}
	console.log('');
}
