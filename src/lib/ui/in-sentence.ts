/**
 * A label as it reads inside a sentence: "Price cut on core services" → "price cut on core services", but
 * names keep their capitals ("Cainiao’s cost per parcel", "DingTalk", "API margin", "1688").
 */

/** Names that open the models' labels or may: a name is not lowercased in a sentence. */
const NAMES = new Set([
	'Alibaba',
	'AliExpress',
	'Cainiao',
	'China',
	'DingTalk',
	'Europe',
	'France',
	'Freshippo',
	'Hong',
	'Intime',
	'Korea',
	'Pinduoduo',
	'Quark',
	'Qwen',
	'Spain',
	'Sun',
	'Taobao',
	'Tmall',
	'Xianyu'
]);

export function inSentence(label: string): string {
	const first = /^[^\s:,]+/.exec(label)?.[0] ?? '';
	const stem = first.replace(/[’']s$/, '');
	// A word with a capital or a digit after its first letter (DingTalk, API, R&D, 1688) is a name or an acronym.
	if (/[A-Z0-9&]/.test(stem.slice(1)) || /^[^A-Za-z]/.test(stem) || NAMES.has(stem)) return label;
	return label.charAt(0).toLowerCase() + label.slice(1);
}
