/**
 * A number keeps its unit, and a currency its number, on one line: "0.6 %", "USD 10.3 bn", "RMB 380 bn".
 * The app's own formatted numbers carry no-break spaces already (engine/units.ts); the models' and guides'
 * prose is typed with plain spaces, and at a phone's width "0.6" could end one line and "%" start the next.
 * Applied where that prose is shown, so no author has to type an invisible character, and verbatim quotes,
 * which are never passed through it, keep every character of their source.
 */
const NBSP = '\u00a0';

/** Words that read as a unit after a number; each must end the word (so "1 more" keeps its space). */
const UNITS =
	'%|‰|pp|bn|trn|m|mn|k|billion|million|thousand|trillion|percent|per cent|points?|percentage points?|' +
	'years?|months?|weeks?|days?|hours?|minutes?|s|ms|x|×|MB|kB|GB|km|kg|yuan';
const NUMBER_UNIT = new RegExp(`(\\d) (?=(?:${UNITS})(?![\\p{L}\\p{N}]))`, 'gu');
const CURRENCY_NUMBER = /\b(USD|RMB|EUR|HKD|CNY|US\$) (?=[−+-]?\d)/g;

export function keepUnits(text: string): string {
	return text.replace(NUMBER_UNIT, `$1${NBSP}`).replace(CURRENCY_NUMBER, `$1${NBSP}`);
}
