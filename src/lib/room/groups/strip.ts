/**
 * The report-back's break-even strip: one parameter's whole range as a line, with the sourced value, the
 * break-even (once the facilitator shows it) and the group's value placed on it. Pure layout: positions in
 * px from the strip's left end; the component only draws them.
 */

export interface StripInput {
	min: number;
	max: number;
	/** The value the sources give. */
	source: number;
	/** Where the verdict flips; null when it does not in range, or while the key is hidden. */
	breakEven: number | null;
	/** The group's value; null until it moves. */
	value: number | null;
	/** The strip's width in px, and room kept at each end so a mark at the range's end is drawn whole. */
	width: number;
	inset: number;
}

export interface StripLayout {
	/** The line's ends. */
	x0: number;
	x1: number;
	source: number;
	breakEven: number | null;
	value: number | null;
	/**
	 * Which side of the break-even the group's value lies on compared with the sourced value: true when the
	 * two are on opposite sides (the group's value flips the verdict the sources give), null when unknown.
	 */
	across: boolean | null;
}

export function stripLayout(s: StripInput): StripLayout {
	const x0 = s.inset;
	const x1 = Math.max(x0, s.width - s.inset);
	const span = s.max - s.min;
	// A range of one value (or a reversed one) puts every mark at its middle rather than dividing by zero.
	const at = (x: number) => {
		if (!(span > 0)) return (x0 + x1) / 2;
		const t = Math.min(1, Math.max(0, (x - s.min) / span));
		return x0 + t * (x1 - x0);
	};
	const side = (x: number) => Math.sign(x - (s.breakEven as number));
	return {
		x0,
		x1,
		source: at(s.source),
		breakEven: s.breakEven === null ? null : at(s.breakEven),
		value: s.value === null ? null : at(s.value),
		across:
			s.breakEven === null || s.value === null || side(s.value) === 0 || side(s.source) === 0
				? null
				: side(s.value) !== side(s.source)
	};
}

/**
 * The report-back's rows in sections, one per assumption, in the order the groups first name them, each
 * with its groups in their own order: groups that moved the same assumption share a range and read
 * together, and the assumption's label is said once.
 */
export function bySection<G extends { param: string }>(
	groups: readonly G[]
): { param: string; groups: G[] }[] {
	const sections: { param: string; groups: G[] }[] = [];
	for (const g of groups) {
		const s = sections.find((x) => x.param === g.param);
		if (s) s.groups.push(g);
		else sections.push({ param: g.param, groups: [g] });
	}
	return sections;
}
