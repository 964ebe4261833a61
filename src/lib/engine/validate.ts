/**
 * Checks a model definition before anything runs, and reports every problem at once with where it is,
 * so a model author fixes them in one pass.
 */
import { RESERVED } from './formula';
import { isLinkKey } from './link-keys';
import { isAssumption, isPublicSource, isSeedSource, type ModelDef, type ParamDef } from './types';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class ModelError extends Error {
	readonly problems: string[];
	constructor(modelId: string, problems: string[]) {
		super(`Model '${modelId}' is not valid:\n- ${problems.join('\n- ')}`);
		this.name = 'ModelError';
		this.problems = problems;
	}
}

export function validateModel(m: ModelDef): string[] {
	const problems: string[] = [];
	const names = new Map<string, string>();
	const claim = (name: string, what: string) => {
		if (!IDENT.test(name)) problems.push(`${what} '${name}' is not a valid name (letters, digits, _).`);
		else if (RESERVED.has(name) || name in Object.prototype)
			problems.push(`${what} '${name}' uses a reserved name.`);
		const owner = names.get(name);
		if (owner) problems.push(`${what} '${name}' has the same name as ${owner}.`);
		names.set(name, `${what.toLowerCase()} '${name}'`);
	};

	if (!Number.isInteger(m.periods.count) || m.periods.count < 1 || m.periods.count > 200) {
		problems.push('periods.count must be a whole number from 1 to 200.');
	}
	for (const p of m.params) {
		claim(p.id, 'Parameter');
		problems.push(...checkParam(p));
	}
	for (const flag of Object.keys(m.flags ?? {})) claim(flag, 'Flag');
	for (const s of Object.keys(m.series)) claim(s, 'Series');

	if (m.options.length < 2) problems.push('A decision needs at least two options.');
	const optionIds = new Set<string>();
	for (const o of m.options) {
		if (optionIds.has(o.id)) problems.push(`Option '${o.id}' appears twice.`);
		if (isLinkKey(o.id)) problems.push(`Option '${o.id}' uses a reserved name: a key of the link.`);
		optionIds.add(o.id);
		for (const [key, value] of Object.entries(o.set ?? {})) {
			const param = m.params.find((p) => p.id === key);
			if (!param && !(key in (m.flags ?? {}))) {
				problems.push(`Option '${o.id}' sets '${key}', which is neither a parameter nor a flag.`);
			}
			if (!Number.isFinite(value))
				problems.push(`Option '${o.id}' sets '${key}' to a value that is not a number.`);
		}
	}
	for (const id of Object.keys(m.outputs))
		if (isLinkKey(id)) problems.push(`Output '${id}' uses a reserved name: a key of the link.`);
	if (!(m.decide.by in m.outputs)) problems.push(`decide.by names '${m.decide.by}', which is not an output.`);
	if (!(m.chart.series in m.series))
		problems.push(`chart.series names '${m.chart.series}', which is not a series.`);
	for (const id of [...(m.breakdown?.add ?? []), ...(m.breakdown?.subtract ?? [])])
		if (!(id in m.outputs)) problems.push(`breakdown names '${id}', which is not an output.`);
	if (m.profile) {
		const param = m.params.find((p) => p.id === m.profile!.param);
		if (!param) problems.push(`profile.param names '${m.profile.param}', which is not a parameter.`);
		else if (m.profile.scale === 'log' && !(param.min > 0))
			problems.push(`profile.param '${param.id}' needs a positive min for a log scale.`);
		if (!(m.profile.output in m.outputs))
			problems.push(`profile.output names '${m.profile.output}', which is not an output.`);
	}
	problems.push(...checkHistory(m));
	return problems;
}

/** A change names parameters by the ids of its own revision; later renames or drops may retire them. */
function checkHistory(m: ModelDef): string[] {
	const out: string[] = [];
	const revision = m.revision ?? 1;
	if (!Number.isInteger(revision) || revision < 1) out.push('revision must be a whole number from 1.');
	const current = new Map(m.params.map((p) => [p.id, p]));
	const history = m.history ?? [];
	const retiredLater = (i: number, id: string) =>
		history
			.slice(i + 1)
			.some((c) => ('renamed' in c && c.renamed.from === id) || ('dropped' in c && c.dropped.id === id));
	const exists = (i: number, id: string) => current.has(id) || retiredLater(i, id);
	let last = 1;
	history.forEach((c, i) => {
		const where = `history[${i}] (revision ${c.revision})`;
		if (!Number.isInteger(c.revision) || c.revision < 2 || c.revision > revision)
			out.push(`${where}: the revision must lie from 2 to the model's revision ${revision}.`);
		if (c.revision < last) out.push(`${where}: changes must be listed in order of revision.`);
		last = c.revision;
		if (!c.note || c.note.trim().length < 10) out.push(`${where} needs a note saying why.`);
		if ('renamed' in c) {
			if (current.has(c.renamed.from)) out.push(`${where}: '${c.renamed.from}' is still a parameter.`);
			if (!exists(i, c.renamed.to)) out.push(`${where}: '${c.renamed.to}' is not a parameter.`);
		} else if ('dropped' in c) {
			if (current.has(c.dropped.id)) out.push(`${where}: '${c.dropped.id}' is still a parameter.`);
		} else if ('added' in c || 'defaultChanged' in c) {
			const { id, before } = 'added' in c ? c.added : c.defaultChanged;
			if (!exists(i, id)) out.push(`${where}: '${id}' is not a parameter.`);
			const p = current.get(id);
			if (p && !(before >= p.min && before <= p.max)) out.push(`${where}: ${before} lies outside min…max.`);
		}
	});
	return out;
}

function checkParam(p: ParamDef): string[] {
	const out: string[] = [];
	const where = `Parameter '${p.id}'`;
	const finite = [p.default, p.min, p.max, p.step].every(Number.isFinite);
	if (!finite) return [`${where} has a default, min, max or step that is not a number.`];
	if (!(p.min < p.max)) out.push(`${where}: min must be below max.`);
	if (p.default < p.min || p.default > p.max) out.push(`${where}: the default lies outside min…max.`);
	if (!(p.step > 0)) out.push(`${where}: step must be positive.`);
	// A slider's values are min + k·step: a default off that grid would show, and move, as its neighbour.
	else if (Math.abs((p.default - p.min) / p.step - Math.round((p.default - p.min) / p.step)) > 1e-6)
		out.push(`${where}: the default is not min plus a whole number of steps.`);
	if (!p.label || !p.unit) out.push(`${where} needs a label and a unit.`);
	if (p.sources.length === 0)
		out.push(`${where} has no source: cite a passage or a figure, or state the assumption.`);
	for (const s of p.sources) {
		if (isSeedSource(s) && (!s.doc || !s.quote)) out.push(`${where}: a seed source needs a doc and a quote.`);
		if (isPublicSource(s) && (!s.url || !s.date || !s.quote))
			out.push(`${where}: a public source needs url, date, quote.`);
		if (isAssumption(s) && s.assumption.trim().length < 10)
			out.push(`${where}: an assumption needs its reason.`);
	}
	const u = p.uncertain;
	if (u) {
		if (!(u.low < u.high)) out.push(`${where}: the uncertainty's low must be below its high.`);
		if ((u.dist === 'triangular' || u.dist === 'pert') && !(u.low < p.default && p.default < u.high)) {
			out.push(`${where}: a ${u.dist} interval must contain the default.`);
		}
		if (u.dist === 'lognormal' && !(u.low > 0)) out.push(`${where}: a lognormal interval must be positive.`);
	}
	return out;
}
