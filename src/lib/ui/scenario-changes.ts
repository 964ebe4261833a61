/**
 * What a scenario changed from the sources, said at its verdict: a link's recipient reads the sender's
 * point ("This scenario changes 1 assumption: Cainiao equity valuation USD 10.3 bn → USD 15 bn. At the
 * sourced values: …") before a verdict that may be the opposite of the sourced one. The link preview
 * (link-preview.ts) says the same in fewer words.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { Verdict } from '$lib/engine/analysis';
import { optionLabel, type ModelDef, type ParamDef } from '$lib/engine/types';
import { noise } from '$lib/state/link-values';
import { decimalsOf, formatPercent, formatValue } from './format';

/** One assumption the scenario holds at another value than its source's. */
export interface Change {
	param: ParamDef;
	/** The sourced (default) value and the scenario's, in the stored unit. */
	from: number;
	to: number;
}

/** How many changes the block at the verdict lists before "and N more". */
export const LISTED_CHANGES = 3;

/**
 * The assumptions `values` sets away from their sources, in the model's order. A value within float noise
 * of its default is no change (a link may write 0.30000000000000004), and neither is a lock: a lock keeps a
 * value where it is, and says nothing about whether that is the source's.
 */
export function scenarioChanges(def: ModelDef, values: Readonly<Record<string, number>>): Change[] {
	return def.params
		.filter((p) => Object.hasOwn(values, p.id) && Number.isFinite(values[p.id]))
		.filter((p) => Math.abs(values[p.id] - p.default) > noise(p))
		.map((p) => ({ param: p, from: p.default, to: values[p.id] }));
}

/**
 * A change's two values as the page writes them. The source keeps its own figure (a stake of 63.7 % is not
 * rounded to the slider's 64 %); the scenario's value is on the slider's grid. Should both still read the
 * same, both are written finely enough to differ.
 */
export function changeValues(c: Change): { from: string; to: string } {
	const { unit, step } = c.param;
	const finest = (...xs: number[]) => 10 ** -Math.min(8, Math.max(...xs.map(decimalsOf)));
	const from = formatValue(c.from, unit, Math.min(step, finest(c.from)));
	const to = formatValue(c.to, unit, step);
	if (from !== to) return { from, to };
	const fine = finest(c.from, c.to);
	return { from: formatValue(c.from, unit, fine), to: formatValue(c.to, unit, fine) };
}

/** "Own it fully is worth USD 1.2 bn more than List Cainiao (IPO)": who leads a verdict, and by how much. */
export function leadSentence(def: ModelDef, v: Verdict): string {
	const [a, b] = [optionLabel(def, v.best), optionLabel(def, v.runnerUp)];
	if (v.margin === 0) return `${a} and ${b} are worth the same`;
	const by = formatValue(v.margin, def.outputs[def.decide.by].unit);
	return def.decide.higherIsBetter ? `${a} is worth ${by} more than ${b}` : `${a} costs ${by} less than ${b}`;
}

/**
 * "Own it fully leads: it is worth USD 1.2 bn more than List Cainiao (IPO)", with `how` after "leads"
 * (" instead", " too"); a tie says so. No full stop, so that a caller can go on.
 */
export function leadsSentence(def: ModelDef, v: Verdict, how = ''): string {
	const lead = leadSentence(def, v);
	if (v.margin === 0) return lead;
	const best = optionLabel(def, v.best);
	// "Own it fully is worth …" again after "Own it fully leads": the second time it is "it".
	return `${best} leads${how}: it${lead.slice(best.length)}`;
}

/**
 * The verdict at the sources, beside the scenario's: "Spin off leads instead: it is worth USD 0.4 bn more
 * than Keep.", or "… leads too: …". `chance` is the sourced verdict's chance of staying ahead, when a
 * simulation of the sourced values is already at hand; the sentence never waits for one.
 */
export function sourcedSentence(
	def: ModelDef,
	sourced: Verdict,
	scenario: Verdict,
	chance: number | null = null
): string {
	const share = chance === null ? '' : `${formatPercent(chance)} of simulated futures`;
	const ahead = !share
		? ''
		: sourced.margin === 0
			? `; ${optionLabel(def, sourced.best)} leads in ${share}`
			: `, and stays ahead in ${share}`;
	const decided = scenario.margin > 0 && sourced.margin > 0;
	const how = !decided ? '' : scenario.best === sourced.best ? ' too' : ' instead';
	return `${leadsSentence(def, sourced, how)}${ahead}.`;
}

/** The block at the verdict, in parts for the page and as one sentence for text (tests, previews, print). */
export interface ChangeSummary {
	count: number;
	/** The first LISTED_CHANGES changes, each with its two values written. */
	listed: { id: string; label: string; from: string; to: string }[];
	/** How many more there are than listed. */
	more: number;
	/** "This scenario changes 2 assumptions" */
	intro: string;
	/** The verdict at the sources (sourcedSentence). */
	sourced: string;
	/** The whole block as plain text. */
	text: string;
}

/**
 * What a scenario at `values` changed and what the sources say; null when it changed nothing. `sourced` is
 * the verdict at the defaults (one model run per option), `scenario` the verdict at `values`.
 */
export function changeSummary(
	def: ModelDef,
	values: Readonly<Record<string, number>>,
	sourced: Verdict,
	scenario: Verdict,
	chance: number | null = null
): ChangeSummary | null {
	const changes = scenarioChanges(def, values);
	if (changes.length === 0) return null;
	const count = changes.length;
	const listed = changes
		.slice(0, LISTED_CHANGES)
		.map((c) => ({ id: c.param.id, label: c.param.label, ...changeValues(c) }));
	const more = count - listed.length;
	const intro = `This scenario changes ${count === 1 ? '1 assumption' : `${count} assumptions`}`;
	const sentence = sourcedSentence(def, sourced, scenario, chance);
	const items = listed.map((l) => `${l.label}: ${l.from} → ${l.to}`).join('; ');
	const text = `${intro}: ${items}${more > 0 ? `; and ${more} more` : ''}. At the sourced values: ${sentence}`;
	return { count, listed, more, intro, sourced: sentence, text };
}
