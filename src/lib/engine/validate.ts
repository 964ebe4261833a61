/**
 * Checks a model definition before anything runs, and reports every problem at once with where it is,
 * so a model author fixes them in one pass.
 */
import { RESERVED } from './expr';
import { isLinkKey } from './link-keys';
import { streamOf } from './random';
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

/** A name JavaScript objects already carry (toString, constructor, __proto__, …): as a key it is found
 * on every object, so an `in` check would let it pass and a lookup would return a function. */
const inherited = (name: string) => name in Object.prototype;

/**
 * What is wrong with a name a model gives to something (none when it is fine). `formulas`: the name is
 * read by formulas and written in links, so the formula language's and the link format's names are taken.
 */
function nameProblem(name: string, what: string, formulas: boolean): string | undefined {
	if (!IDENT.test(name)) return `${what} '${name}' is not a valid name (letters, digits, _).`;
	if ((formulas && RESERVED.has(name)) || inherited(name)) return `${what} '${name}' uses a reserved name.`;
	return undefined;
}

export function validateModel(m: ModelDef): string[] {
	const problems: string[] = [];
	const names = new Map<string, string>();
	const check = (name: string, what: string, formulas = false) => {
		const problem = nameProblem(name, what, formulas);
		if (problem) problems.push(problem);
	};
	// Parameters, flags and series share one namespace: the formulas read them all by name.
	const claim = (name: string, what: string) => {
		check(name, what, true);
		const owner = names.get(name);
		if (owner) problems.push(`${what} '${name}' has the same name as ${owner}.`);
		names.set(name, `${what.toLowerCase()} '${name}'`);
	};
	// Own keys only, from here on: every lookup below is by a name the model gave.
	const isOutput = (id: string) => Object.hasOwn(m.outputs, id);
	const flags = m.flags ?? {};

	if (!Number.isInteger(m.periods.count) || m.periods.count < 1 || m.periods.count > 200) {
		problems.push('periods.count must be a whole number from 1 to 200.');
	}
	const streams = new Map<number, string>();
	for (const p of m.params) {
		claim(p.id, 'Parameter');
		problems.push(...checkParam(p));
		// Two ids on one random stream would draw the same futures: a one-in-four-billion chance, refused.
		const other = streams.get(streamOf(p.id));
		if (other !== undefined && m.streams !== 'by-position')
			problems.push(`Parameters '${other}' and '${p.id}' share a random stream; rename one.`);
		streams.set(streamOf(p.id), p.id);
	}
	for (const flag of Object.keys(flags)) claim(flag, 'Flag');
	for (const s of Object.keys(m.series)) claim(s, 'Series');
	// Outputs and options have their own namespaces (an output may sum up a series of its name), and
	// no formula reads them, but they are keys of the report's records all the same.
	for (const o of Object.keys(m.outputs)) check(o, 'Output');

	if (m.options.length < 2) problems.push('A decision needs at least two options.');
	const optionIds = new Set<string>();
	for (const o of m.options) {
		check(o.id, 'Option');
		if (optionIds.has(o.id)) problems.push(`Option '${o.id}' appears twice.`);
		if (isLinkKey(o.id)) problems.push(`Option '${o.id}' uses a reserved name: a key of the link.`);
		optionIds.add(o.id);
		for (const [key, value] of Object.entries(o.set ?? {})) {
			const param = m.params.find((p) => p.id === key);
			if (!param && !Object.hasOwn(flags, key)) {
				problems.push(`Option '${o.id}' sets '${key}', which is neither a parameter nor a flag.`);
			}
			if (!Number.isFinite(value))
				problems.push(`Option '${o.id}' sets '${key}' to a value that is not a number.`);
		}
	}
	for (const id of Object.keys(m.outputs))
		if (isLinkKey(id)) problems.push(`Output '${id}' uses a reserved name: a key of the link.`);
	if (!isOutput(m.decide.by)) problems.push(`decide.by names '${m.decide.by}', which is not an output.`);
	if (m.decide.terminal !== undefined && !isOutput(m.decide.terminal))
		problems.push(`decide.terminal names '${m.decide.terminal}', which is not an output.`);
	if (!Object.hasOwn(m.series, m.chart.series))
		problems.push(`chart.series names '${m.chart.series}', which is not a series.`);
	for (const id of [...(m.breakdown?.add ?? []), ...(m.breakdown?.subtract ?? [])])
		if (!isOutput(id)) problems.push(`breakdown names '${id}', which is not an output.`);
	if (m.profile) {
		const param = m.params.find((p) => p.id === m.profile!.param);
		if (!param) problems.push(`profile.param names '${m.profile.param}', which is not a parameter.`);
		else if (m.profile.scale === 'log' && !(param.min > 0))
			problems.push(`profile.param '${param.id}' needs a positive min for a log scale.`);
		if (!isOutput(m.profile.output))
			problems.push(`profile.output names '${m.profile.output}', which is not an output.`);
		const optimum = m.profile.optimum;
		if (optimum) {
			const option = m.options.find((o) => o.id === optimum.option);
			if (!option) problems.push(`profile.optimum.option names '${optimum.option}', which is not an option.`);
			else if (option.set && m.profile.param in option.set)
				problems.push(
					`profile.optimum.option '${option.id}' sets '${m.profile.param}' itself, so it has no best value of it.`
				);
			if (optimum.follows !== undefined) {
				const follows = m.params.find((p) => p.id === optimum.follows);
				if (!follows || !follows.uncertain || follows.id === m.profile.param)
					problems.push(
						`profile.optimum.follows names '${optimum.follows}', which is not another uncertain parameter.`
					);
			}
		}
	}
	// A group given a prompt moves its param alone: a name that is no parameter, or one every option sets,
	// would hand the group a slider that moves nothing.
	for (const prompt of m.teach?.prompts ?? []) {
		if (prompt.param === undefined) continue;
		const param = m.params.find((p) => p.id === prompt.param);
		if (!param) problems.push(`Prompt '${prompt.id}' names '${prompt.param}', which is not a parameter.`);
		else if (m.options.every((o) => o.set && Object.hasOwn(o.set, param.id)))
			problems.push(
				`Prompt '${prompt.id}' names '${param.id}', which every option sets, so moving it changes nothing.`
			);
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
