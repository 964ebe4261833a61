/**
 * A label broken into lines of at most `chars` characters, at spaces or after a hyphen ("Industry-" /
 * "standard"), in at most `maxLines` lines: a chart's labels are laid out before any text can be measured
 * (on the server), so by character count. Only what still does not fit is shortened, with an ellipsis at
 * the end of the last line.
 */
export function wrapLabel(label: string, chars: number, maxLines: number): string[] {
	const width = Math.max(4, Math.floor(chars));
	const lines: string[] = [];
	let line = '';
	const place = (piece: string, joiner: string) => {
		const next = line ? `${line}${joiner}${piece}` : piece;
		if (next.length <= width || !line) line = next;
		else {
			lines.push(line);
			line = piece;
		}
	};
	for (const word of label.split(/\s+/).filter(Boolean)) {
		// A hyphenated word that does not fit whole may break after its hyphens; one that fits stays whole.
		const parts = word.length > width ? word.split(/(?<=[^-]-)(?=[^-])/) : [word];
		parts.forEach((part, i) => place(part, i === 0 ? ' ' : ''));
	}
	if (line) lines.push(line);
	const kept = lines.slice(0, maxLines).map((l) => (l.length > width ? l.slice(0, width - 1) + '…' : l));
	if (lines.length > maxLines) {
		const last = kept[maxLines - 1];
		kept[maxLines - 1] = (last.length < width ? last : last.slice(0, width - 1)).replace(/…$/, '') + '…';
	}
	return kept;
}
