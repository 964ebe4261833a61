/**
 * A number keeps its unit, and a currency its number, on one line: "0.6 %", "USD 10.3 bn", "RMB 380 bn".
 * The app's own formatted numbers carry no-break spaces already (engine/units.ts); the models' and guides'
 * prose is typed with plain spaces, and at a phone's width "0.6" could end one line and "%" start the next.
 * Applied where that prose is shown, so no author has to type an invisible character, and verbatim quotes,
 * which are never passed through it, keep every character of their source.
 */
// One pattern and one pass: this runs on phones, and every byte of it is on every page that shows prose.
// A unit must end its word ("1 more" keeps its space); the units are those the models' texts use.
const SPLIT =
	/(\d) (?=(?:%|bn|m|k|trn|pp|billion|million|trillion|percent|yuan|points?|years?)(?![\p{L}\d]))|\b(USD|RMB|EUR|HKD) (?=[−+-]?\d)/gu;

export const keepUnits = (text: string): string =>
	text.replace(SPLIT, (_, digit?: string, currency?: string) => `${digit ?? currency}\u00a0`);
