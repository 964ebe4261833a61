/**
 * The shape of a decision model. Models are data: they are declared with these types, validated when
 * loaded (validate.ts) and run by the engine without any UI code.
 */

/** A passage of a document in seeds/, quoted verbatim (whitespace aside). */
export interface SeedSource {
	doc: string;
	quote: string;
	/** How the passage supports the number, when that is not obvious from the quote. */
	note?: string;
}

/** A public figure: where it was published, when, and the sentence that states it. */
export interface PublicSource {
	url: string;
	title: string;
	date: string;
	quote: string;
	/** Arithmetic or judgement applied to the quoted figure to reach the default. */
	note?: string;
}

/** A judgement with no published figure behind it, and the reason for it. */
export interface AssumptionSource {
	assumption: string;
}

export type Source = SeedSource | PublicSource | AssumptionSource;

export const isSeedSource = (s: Source): s is SeedSource => 'doc' in s;
export const isPublicSource = (s: Source): s is PublicSource => 'url' in s;
export const isAssumption = (s: Source): s is AssumptionSource => 'assumption' in s;

/** An option's label by its id; the id itself for an option the model does not have. */
export const optionLabel = (def: ModelDef, id: string): string =>
	def.options.find((o) => o.id === id)?.label ?? id;

export type DistributionKind = 'normal' | 'lognormal' | 'uniform' | 'triangular' | 'pert';

/**
 * Uncertainty about a parameter, stated the way people think: a low and a high value that together
 * hold 90 % of the probability (the 5th and 95th percentiles). The parameter's current value is the
 * centre: the mode for triangular and PERT, the median for normal, lognormal and uniform. When a person
 * moves the value away from its default, the interval moves with it (see distributions.ts).
 */
export interface Uncertainty {
	dist: DistributionKind;
	low: number;
	high: number;
}

/**
 * How a value is stored and shown. '%' values are stored as fractions (0.3) and shown as percent (30 %);
 * every other unit is stored as shown.
 */
export type Unit = string;

export interface ParamDef {
	id: string;
	label: string;
	unit: Unit;
	default: number;
	min: number;
	max: number;
	step: number;
	/** One sentence on what the parameter means in the model. */
	description?: string;
	uncertain?: Uncertainty;
	sources: Source[];
}

export interface OptionDef {
	id: string;
	label: string;
	description: string;
	/** Overrides of parameters or flags for this option; everything else comes from the parameters. */
	set?: Record<string, number>;
}

export interface SeriesDef {
	label: string;
	unit: Unit;
	/** mathjs syntax; may use parameters, flags, t, year, periods, other series and prev(series[, initial]). */
	formula: string;
}

export interface OutputDef {
	label: string;
	unit: Unit;
	/** mathjs syntax over parameters, flags and aggregates of series: npv(s, rate), sum(s), last(s), first(s), at(s, t). */
	formula: string;
	description?: string;
}

export interface Periods {
	count: number;
	unit: 'year';
	/** Calendar label of t = 0. */
	start: number;
}

export interface TeachingNotes {
	context: { text: string; sources: Source[] }[];
	prompts: string[];
}

/**
 * A chart of one output against one parameter's range, for decisions where time is not the natural
 * axis (cost per parcel against daily volume). Every option is drawn across the parameter's min…max with
 * the other values held; the values where the best option changes are found by the engine and marked.
 */
export interface ProfileDef {
	param: string;
	output: string;
	/** 'log' when the range spans orders of magnitude (volumes); linear otherwise. */
	scale?: 'linear' | 'log';
}

export interface ModelDef {
	id: string;
	title: string;
	question: string;
	summary: string;
	periods: Periods;
	/** Named switches that options set (0 or 1 by convention); each has a value when no option sets it. */
	flags?: Record<string, number>;
	params: ParamDef[];
	options: OptionDef[];
	series: Record<string, SeriesDef>;
	outputs: Record<string, OutputDef>;
	/** The output that decides, and which direction is better. */
	decide: { by: string; higherIsBetter: boolean };
	/** The series the value-over-time chart shows for each option. */
	chart: { series: string };
	profile?: ProfileDef;
	/**
	 * The deciding output taken apart: outputs that add up to it (subtract lists those that count against
	 * it), so the page can show what the verdict is made of. A test holds every model to the sum.
	 */
	breakdown?: { add: string[]; subtract?: string[] };
	teach?: TeachingNotes;
	/**
	 * The model's revision, 1 when omitted. Links carry the revision they were made with, so a link made
	 * before a change (listed in `history`) still opens on the page its sender saw.
	 */
	revision?: number;
	history?: ModelChange[];
}

/**
 * One change to a model, recorded so that older links keep working (src/lib/state/url.ts applies them).
 * `revision` is the revision that introduced it; `note` says why, in words a reader of the link's notice
 * understands.
 */
export type ModelChange = { revision: number; note: string } & (
	| { renamed: { from: string; to: string } }
	| { dropped: { id: string; label: string } }
	/** A new parameter; `before` is the value that reproduces the model as it was without it. */
	| { added: { id: string; before: number } }
	/** A parameter's default moved; `before` is the old default, which older links meant when silent. */
	| { defaultChanged: { id: string; before: number } }
	/** A change of formulas that no setting can undo. */
	| { reworked: true }
);

/** The values a person has set: parameter id → value. Missing ids take their defaults. */
export type ParamValues = Record<string, number>;
