/**
 * Old links under a changed model. A link carries the revision of the model it was made with (`r`); the
 * model lists what changed since (ModelDef.history). Before the decoder reads a link, the changes after its
 * revision are applied to its query, so it opens on the page its sender saw wherever that is still
 * possible, and says in one sentence per change what changed and what was done about it:
 *
 * - renamed: the old key's value moves to the new key;
 * - dropped: the key's value is ignored;
 * - added: a link that does not set the new parameter gets the value that reproduces the old model;
 * - defaultChanged: a link that does not set the parameter meant the old default, and gets it;
 * - reworked: nothing can be done, and the notice says the numbers may differ.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import { BELIEF_PREFIX } from '$lib/engine/link-keys';
import type { ModelChange, ModelDef, ParamDef } from '$lib/engine/types';
import { formatValue, quoted, shown } from './link-values';

export interface HistoryNotice {
	param?: string;
	message: string;
}

const SINCE = 'Changed since this link was made:';

/**
 * The query as the current model reads it, given that it was written at `revision`. Never changes the
 * query passed in; a query at the current revision comes back as it was, with no notices.
 */
export function upgradeToRevision(
	model: ModelDef,
	query: URLSearchParams,
	revision: number
): { query: URLSearchParams; notices: HistoryNotice[] } {
	const changes = (model.history ?? []).filter((c) => c.revision > revision);
	if (changes.length === 0) return { query, notices: [] };
	const q = new URLSearchParams(query);
	const notices: HistoryNotice[] = [];
	const params = new Map(model.params.map((p) => [p.id, p]));
	for (const change of changes) {
		// Setting an added parameter back gives the sender's numbers only if nothing else of its revision was
		// reworked: a link then hears that its numbers may still differ.
		const alone = !changes.some((c) => 'reworked' in c && c.revision === change.revision);
		const notice = apply(change, q, params, alone);
		if (notice) notices.push(notice);
	}
	return { query: q, notices };
}

function apply(
	c: ModelChange,
	q: URLSearchParams,
	params: Map<string, ParamDef>,
	alone = true
): HistoryNotice | undefined {
	if ('renamed' in c) {
		const { from, to } = c.renamed;
		renameLock(q, from, to);
		// A room's belief (link format 2) follows its parameter to the new name.
		if (q.has(BELIEF_PREFIX + from) && !q.has(BELIEF_PREFIX + to))
			renameKey(q, BELIEF_PREFIX + from, BELIEF_PREFIX + to);
		if (!q.has(from)) return undefined;
		const label = params.get(to)?.label ?? to;
		if (q.has(to)) {
			q.delete(from);
			return {
				param: to,
				message: `${SINCE} ${quoted(from)} is now ${quoted(to)} (${label}), and the link sets both; used ${quoted(to)}.`
			};
		}
		renameKey(q, from, to);
		return {
			param: to,
			message: `${SINCE} the setting ${quoted(from)} is now called ${quoted(to)} (${label}; ${c.note}); read the link’s value there.`
		};
	}
	if ('dropped' in c) {
		const { id, label } = c.dropped;
		dropLock(q, id);
		q.delete(BELIEF_PREFIX + id);
		if (q.has(id)) {
			q.delete(id);
			return {
				message: `${SINCE} ${label} is no longer part of the model (${c.note}); ignored the link’s value for it, so the numbers may differ from what the sender saw.`
			};
		}
		return {
			message: `${SINCE} ${label} is no longer part of the model (${c.note}); the numbers may differ from what the sender saw.`
		};
	}
	if ('added' in c || 'defaultChanged' in c) {
		const { id, before } = 'added' in c ? c.added : c.defaultChanged;
		const p = params.get(id);
		// A parameter renamed later is found under its later name by a later step; one dropped later is gone.
		if (!p || q.has(id) || before === p.default) return undefined;
		q.set(id, formatValue(p, before));
		const what =
			'added' in c
				? `${p.label} was added to the model (${c.note}); set it to ${shown(p, before)}, ${alone ? 'which gives the sender’s numbers' : 'as the sender’s model had it, though other changes of that revision mean the numbers may still differ'}.`
				: `the source value of ${p.label} moved from ${shown(p, before)} to ${shown(p, p.default)} (${c.note}); kept ${shown(p, before)}, as the sender saw it.`;
		return { param: id, message: `${SINCE} ${what}` };
	}
	return { message: `${SINCE} ${c.note}; the numbers may differ from what the sender saw.` };
}

/** Renames a key where it stands, so that a link's order (and so its one canonical form) is kept. */
function renameKey(q: URLSearchParams, from: string, to: string) {
	const pairs = [...q].map(([k, v]): [string, string] => [k === from ? to : k, v]);
	for (const key of [...new Set(pairs.map(([k]) => k)), from]) q.delete(key);
	for (const [k, v] of pairs) q.append(k, v);
}

function renameLock(q: URLSearchParams, from: string, to: string) {
	const lock = q.get('lock');
	if (lock === null) return;
	q.set(
		'lock',
		lock
			.split(',')
			.map((id) => (id === from ? to : id))
			.join(',')
	);
}

function dropLock(q: URLSearchParams, id: string) {
	const lock = q.get('lock');
	if (lock === null) return;
	q.set(
		'lock',
		lock
			.split(',')
			.filter((x) => x !== id)
			.join(',')
	);
}
