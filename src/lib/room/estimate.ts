/**
 * A participant's estimate as typed (three text fields, in the unit they read) into the value the server
 * stores, or a sentence saying what to fix. The server checks the same rules; checking here first lets
 * the page say which field is wrong before anything is sent.
 */
import type { BriefParam } from './brief';
import { readNumber, storedFromTyped, typedFromStored } from './typed';

export interface EstimateFields {
	best: string;
	low: string;
	high: string;
}

export interface Estimate {
	best: number;
	low?: number;
	high?: number;
}

export type EstimateRead =
	{ ok: true; value: Estimate } | { ok: false; field: keyof EstimateFields; error: string };

type Limits = Pick<BriefParam, 'unit' | 'min' | 'max' | 'range'>;

export function readEstimate(fields: EstimateFields, p: Limits): EstimateRead {
	const [lo, hi] = [typedFromStored(p.min, p.unit), typedFromStored(p.max, p.unit)];
	const read = (field: keyof EstimateFields, what: string) => {
		const n = readNumber(fields[field]);
		if (n === null) return null;
		if (Number.isNaN(n))
			return { field, error: `Your ${what} is not a number: type digits only, like ${lo}.` };
		if (n < lo || n > hi) return { field, error: `Your ${what} must be from ${p.range}.` };
		return n;
	};
	const best = read('best', 'best guess');
	if (best === null) return { ok: false, field: 'best', error: 'Type your best guess first.' };
	if (typeof best === 'object') return { ok: false, ...best };
	const low = read('low', 'low value');
	if (low !== null && typeof low === 'object') return { ok: false, ...low };
	const high = read('high', 'high value');
	if (high !== null && typeof high === 'object') return { ok: false, ...high };
	if ((low === null) !== (high === null))
		return {
			ok: false,
			field: low === null ? 'low' : 'high',
			error: 'Give both ends of your range, or leave both empty.'
		};
	if (low !== null && high !== null) {
		if (low > best) return { ok: false, field: 'low', error: 'Your low value is above your best guess.' };
		if (high < best) return { ok: false, field: 'high', error: 'Your high value is below your best guess.' };
	}
	const stored = (n: number) => storedFromTyped(n, p.unit);
	return {
		ok: true,
		value: {
			best: stored(best),
			...(low !== null && high !== null ? { low: stored(low), high: stored(high) } : {})
		}
	};
}

/** A stored estimate back into the fields, to show what this phone already sent. */
export function fieldsOf(e: Estimate, unit: string): EstimateFields {
	const t = (n: number | undefined) => (n === undefined ? '' : String(typedFromStored(n, unit)));
	return { best: t(e.best), low: t(e.low), high: t(e.high) };
}
