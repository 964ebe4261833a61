/**
 * What stands under a group's slider: the range's ends, the value the sources give and, once the
 * facilitator shows the answer key, where the verdict flips. Each of the last two has a tick on the track
 * and a label under it that spans it (centred where it can be); each label takes the first row where it
 * meets no label placed before it, so a break-even next to the sources' value goes a row down rather than
 * over their label. Where the two read the same, one label says both. Pure layout, in em of the labels' type:
 * a phone's text size does not change which labels meet.
 */

export interface MarksInput {
	min: number;
	max: number;
	/** The value the sources give. */
	source: number;
	/** Where the verdict flips; null when it does not in range, or while the key is hidden. */
	breakEven: number | null;
	/** A value as the labels write it ("1 %", "USD 10.3 bn"). */
	text: (value: number) => string;
	/** The row's width, and how far in from each of its ends the track's ends are (the thumb's half). */
	width: number;
	inset: number;
}

/** `both`: the sources' value and the break-even, written alike, in one label. */
export type MarkId = 'min' | 'max' | 'source' | 'flip' | 'both';

export interface MarkLabel {
	id: MarkId;
	text: string;
	/** The label's left end and width, in em from the row's left end. */
	left: number;
	width: number;
	row: number;
}

export interface MarksLayout {
	/** Where each tick stands along the track, 0 at its low end and 1 at its high end. */
	ticks: { id: 'source' | 'flip'; at: number }[];
	/** In the order they were placed: the ends, then the sources' value, then the break-even. */
	labels: MarkLabel[];
	rows: number;
}

/**
 * About this many em a character of a label, generous (proportional letters, tabular digits), as
 * TICK_CHAR_PX is for a chart's axis: the layout is made before any text can be measured.
 */
export const CHAR_EM = 0.62;
/** The least space between two labels on one row. */
export const GAP_EM = 0.75;

export function marksLayout(m: MarksInput): MarksLayout {
	const span = m.max - m.min;
	// A range of one value puts every mark at its middle rather than dividing by zero.
	const along = (x: number) => (span > 0 ? Math.min(1, Math.max(0, (x - m.min) / span)) : 0.5);
	const track = Math.max(0, m.width - 2 * m.inset);
	const centre = (x: number) => m.inset + along(x) * track;

	const source = m.text(m.source);
	const flip = m.breakEven === null ? null : m.text(m.breakEven);
	// Written alike, two labels would say one value twice, a row apart: one label says both.
	const together = flip !== null && flip === source;

	const wanted: { id: MarkId; text: string; at: number | 'start' | 'end' }[] = [
		{ id: 'min', text: m.text(m.min), at: 'start' },
		{ id: 'max', text: m.text(m.max), at: 'end' },
		{
			id: together ? 'both' : 'source',
			text: together ? `Sources and flip: ${source}` : `Sources: ${source}`,
			at: centre(m.source)
		},
		...(flip !== null && !together
			? [{ id: 'flip' as const, text: `Flips at ${flip}`, at: centre(m.breakEven!) }]
			: [])
	];

	const placed: MarkLabel[] = [];
	for (const w of wanted) {
		const width = w.text.length * CHAR_EM;
		const free = (left: number, row: number) =>
			!placed.some(
				(p) => p.row === row && left < p.left + p.width + GAP_EM && p.left < left + width + GAP_EM
			);
		if (w.at === 'start' || w.at === 'end') {
			const left = w.at === 'start' ? 0 : Math.max(0, m.width - width);
			let row = 0;
			while (!free(left, row)) row++;
			placed.push({ id: w.id, text: w.text, left, width, row });
			continue;
		}
		// Centred under its tick, or slid aside along the row as far as it still spans the tick, before it
		// takes a row of its own: a label by an end stays on the ends' row, beside theirs.
		const at = w.at;
		const [lo, hi] = [Math.max(0, at - width), Math.min(Math.max(0, m.width - width), at)];
		const centred = Math.min(Math.max(lo, at - width / 2), hi);
		for (let row = 0; ; row++) {
			const beside = placed
				.filter((p) => p.row === row)
				.flatMap((p) => [p.left + p.width + GAP_EM, p.left - GAP_EM - width]);
			const left = [centred, ...beside]
				.filter((x) => x >= lo - 1e-9 && x <= hi + 1e-9 && free(x, row))
				.sort((a, b) => Math.abs(a - centred) - Math.abs(b - centred))[0];
			if (left === undefined) continue;
			placed.push({ id: w.id, text: w.text, left, width, row });
			break;
		}
	}

	return {
		ticks: [
			{ id: 'source', at: along(m.source) },
			...(m.breakEven === null ? [] : [{ id: 'flip' as const, at: along(m.breakEven) }])
		],
		labels: placed,
		rows: Math.max(...placed.map((p) => p.row)) + 1
	};
}
