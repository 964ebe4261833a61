/**
 * The left margin that holds a y axis's labels, from their text: labels are drawn at 0.75rem, where a
 * character of the UI font is at most about 8.2 px wide (DejaVu Sans, what system-ui is on many Linux
 * machines, has 8.1 px digits and a 10.7 px minus sign there: "USD −200 m" needs 84 px), plus the 8 px gap
 * to the axis and a little air. Charts are laid out before any text can be measured (on the server), so
 * this estimates, generously.
 */
export function labelMargin(labels: string[], min = 48): number {
	const longest = Math.max(0, ...labels.map((l) => l.length));
	return Math.max(min, Math.ceil(longest * 8.2) + 14);
}
