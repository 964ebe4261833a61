/**
 * A group's figures in words, for the console and the report back: its value in the parameter's unit, the
 * verdict at its scenario in a row's few words ("Own it fully leads by USD 0.5 bn": one option's name,
 * so not quoted as verdict-words.ts quotes two), and its chance of leading.
 */
import type { Verdict } from '$lib/engine/analysis';
import type { UncertaintyReport } from '$lib/engine/report';
import { formatPercent, formatValue } from '$lib/ui/format';

interface Unit {
	unit: string;
	step: number;
}

/** "12.5 %", "USD 14 bn"; a group that has not moved its slider yet says so. */
export const valueText = (p: Unit, value: number | null): string =>
	value === null ? 'not moved yet' : formatValue(value, p.unit, p.step);

/** "Own it fully leads by USD 0.5 bn": who leads at the group's values, and by how much. */
export function leadText(
	v: Pick<Verdict, 'best' | 'runnerUp' | 'margin'>,
	name: (option: string) => string,
	outcomeUnit: string
): string {
	if (v.margin === 0) return `${name(v.best)} and ${name(v.runnerUp)} tie`;
	return `${name(v.best)} leads by ${formatValue(v.margin, outcomeUnit)}`;
}

/** "Own it fully by USD 0.5 bn": the same in a column headed "Leads there". */
export function leadShort(
	v: Pick<Verdict, 'best' | 'runnerUp' | 'margin'>,
	name: (option: string) => string,
	outcomeUnit: string
): string {
	if (v.margin === 0) return `a tie with ${name(v.runnerUp)}`;
	return `${name(v.best)} by ${formatValue(v.margin, outcomeUnit)}`;
}

/**
 * The chance the leader stays ahead, "64 %", once the simulation of this very pair is in; null while it
 * runs (or when a report of another pair is all there is).
 */
export function chanceText(
	v: Pick<Verdict, 'best' | 'runnerUp'>,
	report: UncertaintyReport | null
): string | null {
	if (!report || report.best !== v.best || report.runnerUp !== v.runnerUp) return null;
	return formatPercent(report.ahead.p);
}
