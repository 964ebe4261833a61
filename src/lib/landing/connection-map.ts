/**
 * The landing page's map of how decisions connect: decisions down the left, grouped by shelf; the shared
 * assumptions down the right; a curve wherever a decision declares it carries an assumption. Pure
 * geometry in the map's own coordinates (the SVG scales it), so it is tested without a browser.
 */
import type { Connection } from '$lib/decisions/shared-assumptions';

export interface MapShelf {
	label: string;
	items: { id: string; title: string }[];
}

export interface MapLayout {
	width: number;
	height: number;
	shelves: { label: string; y: number }[];
	decisions: { id: string; title: string; x: number; y: number }[];
	assumptions: { id: string; label: string; x: number; y: number; colour: number }[];
	links: { decision: string; assumption: string; colour: number; d: string }[];
}

/** Distinct colours the map has (ConnectionMap.svelte's classes c0…c6); more connections reuse them. */
export const COLOURS = 7;

export const MAP = {
	/** The least room for decisions' titles, and what a character of a title takes at the map's 14 px. */
	minLeft: 300,
	charWidth: 7.4,
	/** Room for the curves, and for the assumptions' labels. */
	span: 240,
	labels: 320,
	row: 26,
	shelfGap: 34,
	top: 28
} as const;

/**
 * Assumptions are ordered by the mean height of the decisions that carry them, which keeps curves short
 * and crossings few.
 */
export function layoutMap(shelves: MapShelf[], connections: Connection[]): MapLayout {
	// Room on the left for the longest title, so that none is cut off.
	const longest = Math.max(0, ...shelves.flatMap((s) => s.items.map((d) => d.title.length)));
	const left = Math.round(Math.max(MAP.minLeft, longest * MAP.charWidth + 16));
	const right = left + MAP.span;
	const decisions: MapLayout['decisions'] = [];
	const shelfRows: MapLayout['shelves'] = [];
	let y = MAP.top;
	for (const shelf of shelves) {
		shelfRows.push({ label: shelf.label, y });
		for (const d of shelf.items) {
			y += MAP.row;
			decisions.push({ id: d.id, title: d.title, x: left, y });
		}
		y += MAP.shelfGap;
	}
	const height = y - MAP.shelfGap + MAP.row;
	const yOf = new Map(decisions.map((d) => [d.id, d.y]));

	const placed = connections
		.map((c, i) => {
			const colour = i % COLOURS;
			const ys = c.uses.map((u) => yOf.get(u.decision)).filter((v): v is number => v !== undefined);
			return { id: c.assumption, label: c.label, colour, want: ys.reduce((a, b) => a + b, 0) / ys.length };
		})
		.filter((a) => Number.isFinite(a.want))
		.sort((a, b) => a.want - b.want);
	// In that order, spread evenly down the map's height (never closer than a row), so that labels neither
	// crowd the middle nor overlap.
	const first = MAP.top + MAP.row;
	const last = height - MAP.row / 2;
	const step = placed.length > 1 ? Math.max(MAP.row, (last - first) / (placed.length - 1)) : 0;
	const assumptions = placed.map((a, i) => ({
		id: a.id,
		label: a.label,
		colour: a.colour,
		x: right,
		y: placed.length > 1 ? first + i * step : Math.min(Math.max(a.want, first), last)
	}));
	const aOf = new Map(assumptions.map((a) => [a.id, a]));

	const mid = (left + right) / 2;
	const links = connections.flatMap((c) =>
		c.uses.flatMap((u) => {
			const y0 = yOf.get(u.decision);
			const a = aOf.get(c.assumption);
			if (y0 === undefined || !a) return [];
			const d = `M${left + 8},${y0} C${mid},${y0} ${mid},${a.y} ${right - 8},${a.y}`;
			return [{ decision: u.decision, assumption: c.assumption, colour: a.colour, d }];
		})
	);
	return {
		width: right + MAP.labels,
		height: Math.max(height, (assumptions.at(-1)?.y ?? 0) + MAP.row / 2),
		shelves: shelfRows,
		decisions,
		assumptions,
		links
	};
}
