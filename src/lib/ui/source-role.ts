/**
 * What each source does for its parameter, as the page and the exports say it: a source that supports
 * the value shows how the default follows from it, a passage that gives context is marked as such, and
 * a parameter that no source supports leads with its assumption. A quoted source without a role is
 * context: a flag that merely says "supports" is not enough, the figure and the arithmetic are.
 */
import {
	isAssumption,
	isPublicSource,
	isSeedSource,
	type Derivation,
	type ParamDef,
	type Source
} from '$lib/engine/types';
import { formatValue } from './format';

export type ShownRole = 'value' | 'context' | 'assumption';

export function roleOf(s: Source): ShownRole {
	if (isAssumption(s)) return 'assumption';
	return (isSeedSource(s) || isPublicSource(s)) && s.role === 'value' && s.derive ? 'value' : 'context';
}

const ORDER: Record<ShownRole, number> = { value: 0, assumption: 1, context: 2 };

/**
 * The sources in the order a reader needs them: what supports the value first; with no such source, the
 * assumption's label; context last. Stable within a role.
 */
export function bySupport(sources: readonly Source[]): Source[] {
	return sources
		.map((s, i) => ({ s, i }))
		.sort((a, b) => ORDER[roleOf(a.s)] - ORDER[roleOf(b.s)] || a.i - b.i)
		.map((x) => x.s);
}

/** The derivation of a value-supporting source, or null for context and assumptions. */
export function derivationOf(s: Source): Derivation | null {
	return roleOf(s) === 'value' && !isAssumption(s) ? (s.derive ?? null) : null;
}

/**
 * How the default follows from the source, one line: "Supports the value: $10.3 billion → in USD bn →
 * USD 10.3 bn". Without the parameter (a teaching note) it stops at the arithmetic.
 */
export function supportLine(d: Derivation, param?: Pick<ParamDef, 'default' | 'unit' | 'step'>): string {
	const parts = [d.figure, d.says];
	if (param) parts.push(formatValue(param.default, param.unit, param.step));
	return `Supports the value: ${parts.join(' → ')}`;
}

/** True when some source of the parameter states the figure its default comes from. */
export const hasValueSource = (p: Pick<ParamDef, 'sources'>): boolean =>
	p.sources.some((s) => roleOf(s) === 'value');
