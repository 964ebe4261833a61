/**
 * The shape of a decision model. Models are data: they are declared with these types, validated when
 * loaded (validate.ts) and run by the engine without any UI code.
 */

/**
 * What a quoted source does for its parameter. 'value': it states the figure the default comes from
 * (directly or by the arithmetic in `derive`). 'context': it says why the parameter matters, or what
 * kind of number it is, but supports no value. A parameter whose value no source supports is an
 * assumption and says so with an AssumptionSource.
 */
export type SourceRole = 'value' | 'context';

/**
 * How a value-supporting source gives the default: the figure as it stands in the quote and the
 * arithmetic that turns it into the parameter's unit. A test reads the number in `figure`, evaluates
 * `formula` with it as x and holds the result to the parameter's default.
 */
export interface Derivation {
	/** The figure as written in the quote, verbatim (a substring of it): '$10.3 billion', '63.7%'. */
	figure: string;
	/** mathjs syntax in x, the number read from `figure`: 'x / 100', 'x * 4 / 7.2'; 'x' when it is the default. */
	formula: string;
	/** The arithmetic in words, for the page: 'a quarter’s figure times four, at RMB 7.2 per USD'. */
	says: string;
}

/** A passage of a document in seeds/, quoted verbatim (whitespace aside). */
export interface SeedSource {
	doc: string;
	quote: string;
	/** Missing means 'context' until every model says (the citation test requires it). */
	role?: SourceRole;
	/** Required when role is 'value'. */
	derive?: Derivation;
	/** How the passage supports the number, when that is not obvious from the quote. */
	note?: string; /**
	 * 'outcome': the passage tells what Alibaba chose or what came of it (the repurchase offer's price, the
	 * stores' sale), which on a slide before the reveal would give the room's answer away; slides and
	 * participants' phones hold it until the outcome, the decision page shows it with the rest.
	 */
	after?: 'outcome';
}

/** A public figure: where it was published, when, and the sentence that states it. */
export interface PublicSource {
	url: string;
	title: string;
	date: string;
	quote: string;
	/** Missing means 'context' until every model says (the citation test requires it). */
	role?: SourceRole;
	/** Required when role is 'value'. */
	derive?: Derivation;
	/** Arithmetic or judgement applied to the quoted figure to reach the default. */
	note?: string; /**
	 * 'outcome': the passage tells what Alibaba chose or what came of it (the repurchase offer's price, the
	 * stores' sale), which on a slide before the reveal would give the room's answer away; slides and
	 * participants' phones hold it until the outcome, the decision page shows it with the rest.
	 */
	after?: 'outcome';
}

/** A judgement with no published figure behind it, and the reason for it. */
export interface AssumptionSource {
	assumption: string;
}

export type Source = SeedSource | PublicSource | AssumptionSource;

export const isSeedSource = (s: Source): s is SeedSource => 'doc' in s;
export const isPublicSource = (s: Source): s is PublicSource => 'url' in s;
export const isAssumption = (s: Source): s is AssumptionSource => 'assumption' in s;
/** A passage that tells what Alibaba chose: held off every slide and phone before the outcome. */
export const revealsOutcome = (s: Source): boolean => !isAssumption(s) && s.after === 'outcome';

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

/** A discussion prompt; its id keys the room guide's strong answer and the running order's uses of it. */
export interface Prompt {
	id: string;
	text: string;
	/**
	 * The one assumption a group given this prompt moves (a parameter's name). A live room's group link
	 * unlocks it alone; a prompt without one (a question of judgement) is for discussion, not group work.
	 */
	param?: string;
}

/** A paragraph of background for the question, with the passages it rests on. */
export interface ContextNote {
	text: string;
	sources: Source[];
	/**
	 * 'outcome': the paragraph says what Alibaba chose (or what came of it), which would anchor the room's
	 * first vote; presenter mode keeps it off every slide before the outcome step and shows it at the close.
	 */
	after?: 'outcome';
}

export interface TeachingNotes {
	context: ContextNote[];
	prompts: Prompt[];
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
	/**
	 * When the parameter is a choice one option makes (how deep a cut), the page finds the value at which
	 * that option does best on the deciding output and says it beside the verdict, which is at the value
	 * set. `follows` names the assumption that best value moves with most: the page gives the best value at
	 * the ends of its 90 % interval. `defaultIs` says what the parameter's default is (the cut made).
	 */
	optimum?: { option: string; follows?: string; defaultIs?: string };
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
	/**
	 * The output that decides, and which direction is better. `terminal` names the output (one of the
	 * breakdown's parts) that holds the value after the horizon, so the page can say how much of the lead
	 * lies there.
	 */
	decide: { by: string; higherIsBetter: boolean; terminal?: string };
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
	/** What a specialist reads first: what the model includes, leaves out and rests on. */
	card?: ModelCard;
	/**
	 * Each uncertain parameter's random stream is keyed by its id. Revisions frozen before that (the
	 * snapshots in revisions/) drew by position, and say so here, so they reproduce their links' numbers.
	 */
	streams?: 'by-position';
}

/**
 * A decision's model card, one glance from its page: what the model includes, what it leaves out on
 * purpose and why, which assumptions carry the verdict, and what Alibaba actually did next to what the
 * model says about it.
 */
export interface ModelCard {
	/** The mechanisms modelled, one sentence each. */
	includes: string[];
	/** Mechanisms left out on purpose, each with the reason. */
	leavesOut: { what: string; why: string }[];
	/** Parameter ids that carry the verdict (the crux first); each must be a parameter of the model. */
	carries: string[];
	/** What Alibaba did, and whether the model at its sourced defaults explains it, and why. */
	actual: string;
	/** Review findings the model answers rather than follows, each with the reason. */
	answers?: { finding: string; answer: string }[];
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
