/**
 * The left margin that holds a y axis's labels, from their text: labels are drawn at 0.75rem, where a
 * character of the UI font is at most about 7.2 px wide, plus the 8 px gap to the axis and a little air.
 * Charts are laid out before any text can be measured (on the server), so this estimates, generously.
 */
export function labelMargin(labels: string[], min = 48): number {
	const longest = Math.max(0, ...labels.map((l) => l.length));
	return Math.max(min, Math.ceil(longest * 7.2) + 14);
}
