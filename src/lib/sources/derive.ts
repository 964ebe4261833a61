/**
 * Checks what a value-supporting source claims: the figure stands in its quote, and the arithmetic it
 * states turns that figure into the parameter's default. Used by tests; the page only shows `says`.
 */
import { all, create } from 'mathjs/number';
import type { Derivation, ModelDef, Source } from '$lib/engine/types';

const math = create(all, { predictable: true });

/** The number a figure states: '$10.3 billion' → 10.3, '63.7%' → 63.7, '1,200' → 1200, '−4' → -4. */
export function readFigure(figure: string): number {
	const m = figure.replace(/\u2212/g, '-').match(/-?\d[\d,]*(?:\.\d+)?|-?\.\d+/);
	if (!m) return NaN;
	return Number(m[0].replace(/,/g, ''));
}

/** The default the derivation gives. */
export function derivedValue(d: Derivation): number {
	const x = readFigure(d.figure);
	const v: unknown = math.evaluate(d.formula, { x });
	return typeof v === 'number' ? v : NaN;
}

const quoteOf = (s: Source): string | null => ('quote' in s ? s.quote : null);
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Every problem with the models' value-supporting sources, one sentence each. */
export function checkDerivations(models: ModelDef[], tolerance = 0.005): string[] {
	const problems: string[] = [];
	for (const m of models) {
		for (const p of m.params) {
			for (const s of p.sources) {
				const quote = quoteOf(s);
				if (quote === null || !('role' in s) || s.role !== 'value') continue;
				const at = `${m.id}.${p.id}`;
				if (!s.derive) {
					problems.push(`${at}: a value-supporting source must say how the default follows (derive)`);
					continue;
				}
				if (!norm(quote).includes(norm(s.derive.figure)))
					problems.push(`${at}: the figure "${s.derive.figure}" does not stand in its quote`);
				const v = derivedValue(s.derive);
				// "Up to 40 %" is the most anyone reported, not a typical value: it can bound a default, and
				// a derivation can scale it (half the cap), but a default cannot be the bound as it stands.
				const bound = readFigure(s.derive.figure);
				if (
					norm(quote)
						.toLowerCase()
						.includes(`up to ${norm(s.derive.figure).toLowerCase()}`) &&
					[bound, bound / 100].some((b) => Math.abs(v - b) <= 1e-12 * Math.max(1, Math.abs(b)))
				)
					problems.push(
						`${at}: "up to ${s.derive.figure}" is an upper bound, not a value to take as it stands`
					);
				const scale = Math.max(Math.abs(p.default), 1e-12);
				if (!Number.isFinite(v) || Math.abs(v - p.default) / scale > tolerance)
					problems.push(
						`${at}: "${s.derive.formula}" on ${s.derive.figure} gives ${v}, the default is ${p.default}`
					);
			}
		}
	}
	return problems;
}
