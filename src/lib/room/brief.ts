/**
 * What a participant's phone and the projector need to know about a room's decision: its options, its
 * parameters (label, unit, range, sources) and the titles of its steps. Made on the server from the model and
 * its guide, so a phone loads neither the engine nor the guide (whose strong answers are the session's
 * answer key), only this. Nothing here gives away a break-even: those come with a revealed question.
 */
import type { ModelDef, ParamDef, Source } from '$lib/engine/types';
import { isAssumption, isPublicSource, isSeedSource, revealsOutcome } from '$lib/engine/types';
import type { RoomGuide } from '$lib/guides/types';
import { presentSteps, type PresentStep } from '$lib/present/steps';
import { catalog } from '$lib/sources/catalog';
import { formatValue } from '$lib/ui/format';

export interface BriefSource {
	/** Who says it: a document's title, a publication, or "An assumption". */
	title: string;
	/** What it says, verbatim (or the assumption's reason). */
	text: string;
	url?: string;
}

export interface BriefParam {
	id: string;
	label: string;
	/** The stored unit; '%' values are stored as fractions and typed as percent (see typed.ts). */
	unit: string;
	min: number;
	max: number;
	step: number;
	/** The value its sources give. */
	default: number;
	description?: string;
	/** "10 % to 60 %": the range in the words the page uses everywhere. */
	range: string;
	/** Its sources, less those that tell what Alibaba chose: a room answers before it learns that. */
	sources: BriefSource[];
	/** How many sources were left out for telling what Alibaba chose (on the decision page in full). */
	held: number;
}

export interface RoomBrief {
	decision: string;
	title: string;
	question: string;
	options: { id: string; label: string; description: string }[];
	params: BriefParam[];
	/**
	 * The running order; `slide` lets a phone show the step's own words (the question, the options), and
	 * the projector the step's slide (its vote, the prompts it hands out by id). No strong answers.
	 */
	steps: PresentStep[];
	/** The unit of the deciding output, for margins ("leads by USD 1.2 bn"). */
	outcomeUnit: string;
}

function briefSource(s: Source): BriefSource {
	if (isSeedSource(s)) {
		const entry = catalog[s.doc.replace(/\.txt$/, '')];
		return { title: entry ? `${entry.title} (${entry.origin})` : s.doc, text: s.quote };
	}
	if (isPublicSource(s)) return { title: `${s.title}, ${s.date}`, text: s.quote, url: s.url };
	if (isAssumption(s)) return { title: 'An assumption', text: s.assumption };
	return { title: 'A source', text: '' };
}

function briefParam(p: ParamDef): BriefParam {
	return {
		id: p.id,
		label: p.label,
		unit: p.unit,
		min: p.min,
		max: p.max,
		step: p.step,
		default: p.default,
		...(p.description ? { description: p.description } : {}),
		range: `${formatValue(p.min, p.unit, p.step)} to ${formatValue(p.max, p.unit, p.step)}`,
		sources: p.sources.filter((s) => !revealsOutcome(s)).map(briefSource),
		held: p.sources.filter(revealsOutcome).length
	};
}

export function roomBrief(def: ModelDef, guide: RoomGuide | undefined): RoomBrief {
	return {
		decision: def.id,
		title: def.title,
		question: def.question,
		options: def.options.map(({ id, label, description }) => ({ id, label, description })),
		params: def.params.map(briefParam),
		steps: presentSteps(guide),
		outcomeUnit: def.outputs[def.decide.by]?.unit ?? ''
	};
}
