/**
 * Figures in a room guide are never typed in. A guide's prose writes a token, `{flip:uplift}`, and the page
 * asks the engine for the number when it renders, so a guide cannot drift from its model. Tokens:
 *
 *   {value:p}           the parameter's value in the scenario (its default unless changed with @)
 *   {flip:p}            the value of p, nearest its current one, at which the best option changes
 *   {switch:p>o}        the value of p at which option o becomes, or stops being, the best
 *   {never:p}           "A to B", p's range, when no value in it changes the best option (else unresolved)
 *   {output:o.x}        output x of option o; {output:o.x|abs} its size, for a cost that is stored negative
 *   {best} {runnerUp}   option labels; {margin} how far the best is ahead, in the deciding unit
 *   {overtake}          the year the best option's median line on the value-over-time chart passes the
 *                       runner-up's for good, as the decision page draws it at its default simulation
 *   {tradeoff:a/b}      how many units of b offset one unit of a, around the scenario's values
 *   {optimum}           the best value of the choice the model's profile declares (profile.optimum: how
 *                       deep a cut), found by the engine as the decision page finds it
 *
 * Any token may end in `@p=v` or `@p=v,q=w`: evaluated with those parameters changed from their defaults
 * (v a number, or min or max of the parameter's range). A token the engine cannot fill resolves to null;
 * the guide tests require every token of every guide to resolve at the defaults.
 */
import { advantage, evaluator, type Evaluate } from '$lib/engine/analysis';
import type { CompiledModel } from '$lib/engine/model';
import type { Profile, Switch } from '$lib/engine/profile';
import { chartOvertake, Reporter, type FullReport as Report } from '$lib/engine/report';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '$lib/state/url';
import type { ParamDef, ParamValues } from '$lib/engine/types';
import { formatValue } from '$lib/ui/format';
import { formatUsable } from '$lib/ui/precision';

export type Piece = { text: string; token?: undefined } | { text: string; token: string };

const TOKEN = /\{([^{}]+)\}/g;

/** The tokens a template uses, in order. */
export const tokensOf = (template: string): string[] => [...template.matchAll(TOKEN)].map((m) => m[1]);

/** A template with its tokens taken out: the prose a reader would see around the figures. */
export const proseOf = (template: string): string => template.replace(TOKEN, ' ');

const shared = new WeakMap<CompiledModel, GuideFigures>();

export class GuideFigures {
	/**
	 * One per model for the life of the process: a guide's figures depend on the model alone, so the
	 * server computes them once, not for every request of the guide.
	 */
	static of(cm: CompiledModel): GuideFigures {
		let figures = shared.get(cm);
		if (!figures) shared.set(cm, (figures = new GuideFigures(cm)));
		return figures;
	}

	readonly cm: CompiledModel;
	readonly reporter: Reporter;
	private readonly evaluate: Evaluate;
	private readonly reports = new Map<string, Report>();
	private readonly simulated = new Map<string, Report>();
	private readonly profiles = new Map<string, Profile>();

	constructor(cm: CompiledModel) {
		this.cm = cm;
		this.reporter = new Reporter(cm);
		this.evaluate = evaluator(cm);
	}

	/** The parameter values a scenario string (`p=v,q=w`, empty for the defaults) names, or null. */
	values(scenario = ''): ParamValues | null {
		const values: ParamValues = {};
		for (const part of scenario ? scenario.split(',') : []) {
			const [id, raw] = part.split('=').map((s) => s.trim());
			const p = this.cm.params.get(id);
			const x = raw === 'min' ? p?.min : raw === 'max' ? p?.max : Number(raw);
			if (!p || x === undefined || raw === '' || !Number.isFinite(x) || x < p.min || x > p.max) return null;
			values[id] = x;
		}
		return values;
	}

	/** The engine's deterministic report for a scenario (no Monte Carlo), computed once. */
	report(scenario = ''): Report | null {
		let r = this.reports.get(scenario);
		if (!r) {
			const values = this.values(scenario);
			if (!values) return null;
			r = this.reporter.report(values, null);
			this.reports.set(scenario, r);
		}
		return r;
	}

	/**
	 * The scenario's report with the simulation the decision page runs when a link opens (default samples
	 * and seed): what its charts draw and its verdict's chance. Computed once per scenario, on demand.
	 */
	simulation(scenario = ''): Report | null {
		let r = this.simulated.get(scenario);
		if (!r) {
			const base = this.report(scenario);
			if (!base) return null;
			const settings = { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED };
			r = { ...base, uncertainty: this.reporter.uncertainty(base.values, base.verdict, settings) };
			this.simulated.set(scenario, r);
		}
		return r;
	}

	/** Every option across the parameter's range, the others held at the scenario's values. */
	profile(paramId: string, scenario = ''): Profile | null {
		const key = `${paramId}@${scenario}`;
		let pr = this.profiles.get(key);
		if (!pr) {
			const r = this.report(scenario);
			if (!r || !this.cm.params.has(paramId)) return null;
			pr = this.reporter.flip(paramId, r.values);
			this.profiles.set(key, pr);
		}
		return pr;
	}

	/**
	 * Where the best option changes inside the parameter's range. Options that are equal at an end of the
	 * range (a cut of 0 % is no cut) flip nothing there, as in the engine's break-even search.
	 */
	flips(paramId: string, scenario = ''): Switch[] | null {
		const pr = this.profile(paramId, scenario);
		const p = this.cm.params.get(paramId);
		if (!pr || !p) return null;
		return pr.switches.filter((s) => s.at > p.min && s.at < p.max);
	}

	label(optionId: string): string | null {
		return this.cm.def.options.find((o) => o.id === optionId)?.label ?? null;
	}

	/** The text a token stands for, or null when the engine cannot fill it. */
	resolve(token: string): string | null {
		const [head, scenario = ''] = token.split('@');
		const [kind, arg = ''] = head.split(':').map((s) => s.trim());
		const r = this.report(scenario.trim());
		if (!r) return null;
		const def = this.cm.def;
		const param = (id: string): ParamDef | undefined => this.cm.params.get(id);
		const decided = def.outputs[def.decide.by];
		const at = (p: ParamDef, x: number) => formatUsable(x, p.unit, p.step);
		switch (kind) {
			case 'value': {
				const p = param(arg);
				return p ? formatValue(r.values[p.id], p.unit, p.step) : null;
			}
			case 'flip': {
				const p = param(arg);
				const fs = p && this.flips(p.id, scenario.trim());
				if (!p || !fs || fs.length === 0) return null;
				const here = r.values[p.id];
				const nearest = fs.reduce((a, b) => (Math.abs(b.at - here) < Math.abs(a.at - here) ? b : a));
				return at(p, nearest.at);
			}
			case 'switch': {
				const [id, option] = arg.split('>').map((s) => s.trim());
				const p = param(id);
				const s = p && this.flips(p.id, scenario.trim())?.find((x) => x.to === option || x.from === option);
				return p && s ? at(p, s.at) : null;
			}
			case 'never': {
				const p = param(arg);
				const fs = p && this.flips(p.id, scenario.trim());
				return p && fs && fs.length === 0
					? `${formatValue(p.min, p.unit)} to ${formatValue(p.max, p.unit)}`
					: null;
			}
			case 'output': {
				const [ref, modifier] = arg.split('|').map((s) => s.trim());
				const [option, output] = ref.split('.').map((s) => s.trim());
				const value = r.results[option]?.outputs[output];
				if (value === undefined || (modifier !== undefined && modifier !== 'abs')) return null;
				return formatValue(modifier ? Math.abs(value) : value, def.outputs[output].unit);
			}
			case 'best':
				return this.label(r.verdict.best);
			case 'runnerUp':
				return this.label(r.verdict.runnerUp);
			case 'margin':
				return formatValue(r.verdict.margin, decided.unit);
			case 'optimum': {
				const p = r.optimum && param(r.optimum.paramId);
				return p ? at(p, r.optimum!.at) : null;
			}
			case 'overtake': {
				const u = this.simulation(scenario.trim())?.uncertainty;
				const o = u && chartOvertake(def, u, r.verdict.best, r.verdict.runnerUp);
				return o ? String(o.year) : null;
			}
			case 'tradeoff': {
				const [a, b] = arg.split('/').map((s) => param(s.trim()));
				if (!a || !b) return null;
				const ratio = this.tradeoff(a, b, r);
				return Number.isFinite(ratio) && ratio > 0 ? formatValue(ratio, '', 0.1).trim() : null;
			}
			default:
				return null;
		}
	}

	/** Units of b that offset one unit of a: the ratio of their slopes on the best option's lead. */
	private tradeoff(a: ParamDef, b: ParamDef, r: Report): number {
		const adv = advantage(this.cm, this.evaluate, r.verdict.best, r.verdict.runnerUp);
		const slope = (p: ParamDef) => {
			const h = p.step;
			return (
				(adv({ ...r.values, [p.id]: r.values[p.id] + h }) -
					adv({ ...r.values, [p.id]: r.values[p.id] - h })) /
				(2 * h)
			);
		};
		return -slope(a) / slope(b);
	}

	/** A template as text and figures, each figure filled in by the engine ("not available" if it cannot). */
	render(template: string): Piece[] {
		const pieces: Piece[] = [];
		let last = 0;
		for (const m of template.matchAll(TOKEN)) {
			if (m.index > last) pieces.push({ text: template.slice(last, m.index) });
			pieces.push({ text: this.resolve(m[1]) ?? 'not available', token: m[1] });
			last = m.index + m[0].length;
		}
		if (last < template.length) pieces.push({ text: template.slice(last) });
		return pieces;
	}
}
