/**
 * A downloaded SVG has no page CSS: each element of the copy gets the look the page computed for it, with
 * custom properties such as var(--option-0) resolved to colours.
 */

/** What the marks of these charts are drawn with; anything else keeps SVG's defaults. */
const STYLED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline'
] as const;

/** Replaces var(--x, fallback) with the custom property's value where the computed style kept it. */
export function resolveVars(value: string, el: Element, depth = 0): string {
	if (!value.includes('var(') || depth > 8) return value.includes('var(') ? '' : value;
	const resolved = value.replace(
		/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g,
		(_, name: string, fallback?: string) => {
			for (let at: Element | null = el; at; at = at.parentElement) {
				const v = getComputedStyle(at).getPropertyValue(name).trim();
				if (v) return v;
			}
			return fallback?.trim() ?? '';
		}
	);
	return resolveVars(resolved, el, depth + 1);
}

/** Writes each element's computed look onto its clone, and drops what the page does not show. */
export function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
	const from = [source, ...source.querySelectorAll('*')];
	const to = [clone, ...clone.querySelectorAll('*')];
	const hidden: Element[] = [];
	from.forEach((el, i) => {
		const target = to[i];
		const computed = getComputedStyle(el);
		if (computed.display === 'none' || computed.visibility === 'hidden') hidden.push(target);
		const style = STYLED.map((prop) => [prop, resolveVars(computed.getPropertyValue(prop).trim(), el)])
			.filter(([, v]) => v !== '')
			.map(([prop, v]) => `${prop}: ${v}`)
			.join('; ');
		// Attributes and classes may name page CSS or custom properties; the computed style replaces them.
		for (const attr of [...target.attributes])
			if (
				/^(class|role|tabindex|aria-|data-)/.test(attr.name) ||
				(STYLED as readonly string[]).includes(attr.name)
			)
				target.removeAttribute(attr.name);
		target.setAttribute('style', style);
	});
	for (const el of hidden) el.remove();
}
