/**
 * What the landing page, the sources page and the tests know of a decision without loading its model: the
 * small listing entry each folder's meta.ts exports. The model and its room guide load only when opened.
 */
import type { SharedFigureId } from '$lib/sources/public-figures';
import type { AssumptionUse } from './shared-assumptions';

/** The shelves the landing page groups decisions on, in the order it shows them. */
export const GROUPS = ['logistics', 'cloud-ai', 'commerce', 'group-shape'] as const;
export type DecisionGroup = (typeof GROUPS)[number];

export const GROUP_LABELS: Record<DecisionGroup, string> = {
	logistics: 'Logistics',
	'cloud-ai': 'Cloud and AI',
	commerce: 'Commerce',
	'group-shape': 'The group’s shape'
};

export interface DecisionMeta {
	/** The folder's name, the model's id and the path segment of its pages. */
	id: string;
	/** The same as the model's title and question (a test holds them equal). */
	title: string;
	question: string;
	group: DecisionGroup;
	/** The shared public figures (src/lib/sources/public-figures.ts) the model cites; a test holds it to them. */
	shares: SharedFigureId[];
	/**
	 * The assumptions shared with other decisions (shared-assumptions.ts) that this model carries, each with
	 * the parameter that carries it; the landing page draws the connections from these. A test holds each
	 * to a parameter the model has.
	 */
	assumes: AssumptionUse[];
	/**
	 * The document passages the model quotes, counted by seed file (its name, e.g. DOC_TOWSON); a test
	 * holds the counts to the model's distinct seed quotes.
	 */
	from: Record<string, number>;
}

/**
 * Folders whose name starts with this hold test-only decisions: built only with SCENARIO_LAB_FIXTURES=1
 * (vite.config.ts), which the unit tests and the browser tests' build turn on. The registry's glob
 * patterns repeat it, because Vite needs them literal.
 */
export const FIXTURE_PREFIX = 'fixture-';

/** The landing page's order: by group, then by title. */
export const byShelf = (a: DecisionMeta, b: DecisionMeta): number =>
	GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.title.localeCompare(b.title, 'en');
