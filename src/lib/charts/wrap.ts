/** A line of a wrapped label, and whether the label has a space before it (false after a hyphen break). */
export interface LabelLine {
	text: string;
	afterSpace: boolean;
}

/**
 * A label broken into lines of at most `chars` characters, at spaces or after a hyphen ("Industry-" /
 * "standard"), in at most `maxLines` lines: a chart's labels are laid out before any text can be measured
 * (on the server), so by character count. Only what still does not fit is shortened, with an ellipsis at
 * the end of the last line.
 */
export function wrapLines(label: string, chars: number, maxLines: number): LabelLine[] {
	const width = Math.max(4, Math.floor(chars));
	const lines: LabelLine[] = [];
	let line: LabelLine | null = null;
	const place = (piece: string, joiner: string) => {
		const next = line ? `${line.text}${joiner}${piece}` : piece;
		if (line && next.length > width) {
			lines.push(line);
			line = { text: piece, afterSpace: joiner === ' ' };
		} else line = { text: next, afterSpace: line?.afterSpace ?? false };
	};
	// Not at a no-break space (\s would match it): a number keeps its unit on the line (ui/format.ts).
	for (const word of label.split(/[ \t\r\n]+/).filter(Boolean)) {
		// A hyphenated word that does not fit whole may break after its hyphens; one that fits stays whole.
		const parts = word.length > width ? word.split(/(?<=[^-]-)(?=[^-])/) : [word];
		parts.forEach((part, i) => place(part, i === 0 ? ' ' : ''));
	}
	if (line) lines.push(line);
	const cut = (l: LabelLine, text: string) => ({ ...l, text });
	const kept = lines
		.slice(0, maxLines)
		.map((l) => (l.text.length > width ? cut(l, l.text.slice(0, width - 1) + '…') : l));
	if (lines.length > maxLines) {
		const last = kept[maxLines - 1];
		const text = last.text.length < width ? last.text : last.text.slice(0, width - 1);
		kept[maxLines - 1] = cut(last, text.replace(/…$/, '') + '…');
	}
	return kept;
}

/** The lines' texts alone: how many lines a label takes, and what each shows. */
export function wrapLabel(label: string, chars: number, maxLines: number): string[] {
	return wrapLines(label, chars, maxLines).map((l) => l.text);
}

/**
 * The lines as drawn in one svg <text>, a <tspan> each, with the label's spaces put back: a text's
 * content is its tspans' run together, so without them a screen reader, a search or a copy reads
 * "Discountrate". A space goes on the side away from the anchor, where it moves no glyph: before a line
 * anchored at its end, after the line before for lines anchored at their start.
 */
export function spacedLines(lines: readonly LabelLine[], anchor: 'start' | 'end'): string[] {
	return lines.map(({ text }, k) => {
		if (anchor === 'end') return lines[k].afterSpace ? ` ${text}` : text;
		return lines[k + 1]?.afterSpace ? `${text} ` : text;
	});
}
