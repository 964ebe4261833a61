/** Text helpers for exported files: lines that fit a width, and names that are safe as file names. */

/**
 * Text broken into lines of at most `maxChars` characters at spaces; a word longer than a line is cut
 * where it must (a link). A line that ends where a space was keeps that space, so that lines drawn as
 * one SVG <text> of <tspan>s read as the words they are when copied, searched or read aloud (a text's
 * content is its tspans run together); at the end of a line it moves no glyph.
 */
export function wrapSpaced(text: string, maxChars: number): string[] {
	const width = Math.max(8, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	// Not at a no-break space (\s would match it): a number keeps its unit on the line (ui/format.ts).
	for (let word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length <= width) {
			line += ` ${word}`;
			continue;
		}
		if (line) lines.push(`${line} `);
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
