/** Text helpers for exported files: lines that fit a width, and names that are safe as file names. */

/**
 * Greedy word wrap to at most `maxChars` per line. A word longer than a line (a URL) is cut where it
 * must be, since an image cannot scroll.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const width = Math.max(8, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length <= width) {
			line += ` ${word}`;
			continue;
		}
		if (line) lines.push(line);
		while (word.length > width) {
			lines.push(word.slice(0, width));
			word = word.slice(width);
		}
		line = word;
	}
	if (line) lines.push(line);
	return lines;
}

/** "Value over time" → "value-over-time": lower case ASCII letters, digits and single hyphens. */
export function slug(text: string, maxLength = 60): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (s.length <= maxLength) return s;
	const cut = s.slice(0, maxLength + 1);
	return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-$/, '');
}
