/**
 * The precision a person can use for a value the engine finds rather than one a person sets (a break-even,
 * where a profile switches): three significant figures, and never finer than the parameter's step
 * resolves. A bisection finds 1.0493…; a room argues about 1.05, and the slider cannot be set finer than
 * its step anyway. One rule for the break-even table, the guide's reveal, presenter mode and exports.
 */
import { formatValue } from './format';

const SIGNIFICANT = 3;

/** What a person reads a value in: percent for '%' (stored as a fraction), the unit itself otherwise. */
const shown = (unit: string) => (unit === '%' ? 100 : 1);

/**
 * The quantum a found value is rounded to, in the stored unit: the coarser of three significant figures
 * and the step's own resolution (a power of ten, as the slider's label shows it).
 */
export function usableQuantum(value: number, unit: string, step: number): number {
	const k = shown(unit);
	const v = Math.abs(value * k);
	const bySignificance = v > 0 ? 10 ** (Math.floor(Math.log10(v)) - (SIGNIFICANT - 1)) : 0;
	const byStep = step > 0 ? 10 ** Math.floor(Math.log10(step * k) + 1e-9) : 0;
	return Math.max(bySignificance, byStep) / k;
}

/** The value rounded to its usable quantum, float noise removed (1.05, not 1.0500000000000003). */
export function roundUsable(value: number, unit: string, step: number): number {
	if (!Number.isFinite(value)) return value;
	const q = usableQuantum(value, unit, step);
	if (!(q > 0)) return value;
	return Number((Math.round(value / q) * q).toPrecision(12));
}

/** The value as the page writes it, rounded by the one rule: "1.05", "36,200 parcels/day", "3.7 %". */
export function formatUsable(value: number, unit: string, step: number): string {
	if (!Number.isFinite(value)) return formatValue(value, unit);
	return formatValue(roundUsable(value, unit, step), unit, usableQuantum(value, unit, step));
}
