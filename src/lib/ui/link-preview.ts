/**
 * What a link preview (Open Graph, a chat's card) says of a scenario: its name, or the decision's title, and
 * the verdict at the link's values with how many assumptions it changed, so that the recipient sees the
 * sender's point before opening it.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { Verdict } from '$lib/engine/analysis';
import { optionLabel, type ModelDef } from '$lib/engine/types';
import type { Scenario } from '$lib/state/url';
import { leadsSentence, scenarioChanges } from './scenario-changes';

export interface LinkPreview {
	title: string;
	description: string;
}

/** Longer descriptions are cut by the sites that show them; past this the sentence is cut at a word. */
export const MAX_DESCRIPTION = 300;

function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max - 1);
	const space = head.lastIndexOf(' ');
	return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The preview of a link to `scenario`: `atLink` is the verdict at its values (one model run per option),
 * `atSources` the verdict at the sourced values.
 */
export function linkPreview(
	def: ModelDef,
	scenario: Scenario,
	atLink: Verdict,
	atSources: Verdict
): LinkPreview {
	const count = scenarioChanges(def, scenario.values).length;
	const title = scenario.name ?? (count > 0 ? `${def.title} — your scenario` : def.title);
	const verdict = `${leadsSentence(def, atLink)}.`;
	let changes = 'Every assumption is at its sourced value.';
	if (count > 0) {
		const n = count === 1 ? '1 assumption' : `${count} assumptions`;
		const flipped = atSources.margin > 0 && atLink.margin > 0 && atSources.best !== atLink.best;
		const there = flipped ? `; at the sourced values ${optionLabel(def, atSources.best)} leads instead` : '';
		changes = `This scenario changes ${n} from the sources${there}.`;
	}
	// A name says nothing of the decision it belongs to: the description does.
	const about = scenario.name ? `${def.title} ` : '';
	return { title, description: cut(`${about}${verdict} ${changes}`, MAX_DESCRIPTION) };
}
