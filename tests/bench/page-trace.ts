/**
 * What the browser does around a key press besides JavaScript: style, layout and paint, from a Chromium
 * trace over PRESSES slider presses on the built app (as page-settle.ts makes them). Prints time per press
 * by trace event, how many elements each style recalculation and layout touched, and what invalidated
 * layout and style (the node and the script that did it), so a redraw that need not happen can be found.
 * `npm run build && E2E_PORT=… npx tsx tests/bench/page-trace.ts [decision] [param]`.
 */
import { tracedPresses } from './built-app';

const PORT = Number(process.env.E2E_PORT) || 4191;
const PRESSES = 15;
const [id = 'cainiao-ownership', param = 'valuation'] = process.argv.slice(2);

interface TraceEvent {
	name: string;
	ph: string;
	dur?: number;
	tid: number;
	pid: number;
	args?: Record<string, Record<string, unknown> | undefined>;
}

const traceEvents = await tracedPresses<TraceEvent>(
	PORT,
	id,
	param,
	PRESSES,
	[
		'devtools.timeline',
		'disabled-by-default-devtools.timeline',
		// Costly in itself: INVALIDATIONS=0 leaves it out, for the times alone.
		...(process.env.INVALIDATIONS === '0'
			? []
			: ['disabled-by-default-devtools.timeline.invalidationTracking'])
	],
	120
);

// The renderer's main thread: where the layouts happen.
const layouts = traceEvents.filter((e) => e.name === 'Layout' && e.ph === 'X');
const main = layouts.length ? layouts[0].tid : -1;
const onMain = traceEvents.filter((e) => e.tid === main);
const time = new Map<string, { ms: number; count: number }>();
for (const e of onMain) {
	if (e.ph !== 'X' || !e.dur) continue;
	const t = time.get(e.name) ?? { ms: 0, count: 0 };
	t.ms += e.dur / 1000;
	t.count++;
	time.set(e.name, t);
}
console.log(`# ${id}, ${PRESSES} presses of ${param}: renderer main thread, per press\n`);
for (const [name, t] of [...time].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20))
	console.log(
		`${(t.ms / PRESSES).toFixed(2).padStart(8)} ms  ${(t.count / PRESSES).toFixed(1).padStart(6)}×  ${name}`
	);
const styles = onMain.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X');
const elements = styles.map((e) => Number(e.args?.elementCount ?? e.args?.data?.elementCount ?? 0));
console.log(
	`\nstyle recalculations: ${(styles.length / PRESSES).toFixed(1)} per press, elements ${elements.reduce((a, b) => a + b, 0) / PRESSES} per press (max ${Math.max(0, ...elements)})`
);
const sizes = layouts
	.filter((e) => e.tid === main)
	.map((e) => e.args?.beginData as { dirtyObjects?: number; totalObjects?: number } | undefined);
console.log(
	`layouts: ${(sizes.length / PRESSES).toFixed(1)} per press, dirty objects ${sizes.reduce((a, s) => a + (s?.dirtyObjects ?? 0), 0) / PRESSES} of ${Math.max(0, ...sizes.map((s) => s?.totalObjects ?? 0))} per press`
);
// Where paint went: each Paint's area in CSS pixels (its clip quad), and its node.
const paints = onMain
	.filter((e) => e.name === 'Paint' && e.ph === 'X')
	.map((e) => {
		const d = e.args?.data as { clip?: number[]; nodeId?: number } | undefined;
		const q = d?.clip ?? [];
		const w = q.length === 8 ? Math.max(q[0], q[2], q[4], q[6]) - Math.min(q[0], q[2], q[4], q[6]) : 0;
		const h = q.length === 8 ? Math.max(q[1], q[3], q[5], q[7]) - Math.min(q[1], q[3], q[5], q[7]) : 0;
		return { ms: (e.dur ?? 0) / 1000, area: `${Math.round(w)}×${Math.round(h)}` };
	});
const byArea = new Map<string, { ms: number; count: number }>();
for (const p of paints) {
	const t = byArea.get(p.area) ?? { ms: 0, count: 0 };
	t.ms += p.ms;
	t.count++;
	byArea.set(p.area, t);
}
console.log('\n## Paints by area (per press)\n');
for (const [area, t] of [...byArea].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10))
	console.log(
		`${(t.ms / PRESSES).toFixed(2).padStart(8)} ms  ${(t.count / PRESSES).toFixed(1).padStart(6)}×  ${area}`
	);
// What invalidated layout and style: the node's name and the function that did it, by count.
const why = new Map<string, number>();
for (const e of onMain) {
	if (
		!/^(LayoutInvalidationTracking|StyleRecalcInvalidationTracking|StyleInvalidatorInvalidationTracking)$/.test(
			e.name
		)
	)
		continue;
	const d = e.args?.data as
		| {
				nodeName?: string;
				reason?: string;
				stackTrace?: { functionName: string; url: string; lineNumber: number }[];
		  }
		| undefined;
	const frame = d?.stackTrace?.[0];
	const at = frame
		? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
		: '';
	const key = `${e.name.replace('InvalidationTracking', '')}  ${d?.reason ?? ''}  ${d?.nodeName ?? ''}  ${at}`;
	why.set(key, (why.get(key) ?? 0) + 1);
}
console.log('\n## Invalidations per press\n');
for (const [k, n] of [...why].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ROWS) || 40))
	console.log(`${(n / PRESSES).toFixed(1).padStart(7)}  ${k}`);
