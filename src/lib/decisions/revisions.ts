/**
 * The frozen revisions of each decision's model (src/lib/decisions/<id>/revisions/r<N>.ts), loaded only
 * when a link made at that revision is opened: a page or the worker recomputes what the link's sender saw
 * with the model as it was. Each file default-exports a self-contained ModelDef.
 */
import type { ModelChange, ModelDef } from '$lib/engine/types';

type Lazy = Record<string, () => Promise<ModelDef>>;

// Test-only decisions stay behind the build flag, as in the registry; Vite needs each pattern literal.
const snapshotModules: Lazy = {
	...import.meta.glob<ModelDef>(['./*/revisions/r*.ts', '!./fixture-*/revisions/r*.ts'], {
		import: 'default'
	}),
	...(__FIXTURE_DECISIONS__
		? import.meta.glob<ModelDef>('./fixture-*/revisions/r*.ts', { import: 'default' })
		: {})
};

const pathOf = (id: string, revision: number) => `./${id}/revisions/r${revision}.ts`;

/** Every frozen revision there is, as (decision id, revision): for the tests. */
export const frozenRevisions: { id: string; revision: number }[] = Object.keys(snapshotModules)
	.map((path) => /^\.\/([^/]+)\/revisions\/r(\d+)\.ts$/.exec(path))
	.filter((m) => m !== null)
	.map((m) => ({ id: m[1], revision: Number(m[2]) }));

const cache = new Map<string, Promise<ModelDef>>();

/** The model `id` as it was at `revision`, loaded on first use; undefined when no snapshot was frozen. */
export function loadRevision(id: string, revision: number): Promise<ModelDef | undefined> {
	const path = pathOf(id, revision);
	if (!Object.hasOwn(snapshotModules, path)) return Promise.resolve(undefined);
	let p = cache.get(path);
	if (!p) {
		p = snapshotModules[path]();
		cache.set(path, p);
	}
	return p;
}

/** Changes a frozen model can undo on an older link exactly: its decoder applies them with the values that reproduce it. */
const exact = (c: ModelChange) => 'renamed' in c || 'added' in c || 'defaultChanged' in c;

/**
 * The model a link made at `revision` was computed with, when today's model (`def`) has changed since: the
 * snapshot of that revision, or else the nearest later one that reads the link exactly (only renames,
 * additions and moved defaults between them: a price-cut link of revision 1 reads exactly in revision 2,
 * which renamed one setting). Undefined for a link of today's revision, or when no snapshot can say.
 */
export async function senderModel(def: ModelDef, revision: number): Promise<ModelDef | undefined> {
	const current = def.revision ?? 1;
	const history = def.history ?? [];
	for (let n = revision; n < current; n++) {
		const snapshot = await loadRevision(def.id, n);
		if (snapshot) return snapshot;
		const between = history.filter((c) => c.revision === n + 1);
		if (!between.every(exact)) return undefined;
	}
	return undefined;
}
