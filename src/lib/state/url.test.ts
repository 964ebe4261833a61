import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// The link format's tests read a fixed model: Cainiao as it was at revision 1, so that a correction of
// the live model's economics does not move what these tests pin about links.
import r1 from '$lib/decisions/cainiao-ownership/revisions/r1';
import type { ModelDef, ParamDef } from '$lib/engine/types';
import {
	DEFAULT_SAMPLES,
	DEFAULT_SEED,
	MAX_NAME_CODE_POINTS,
	MAX_QUERY_LENGTH,
	SAMPLE_COUNTS,
	PLAIN_VERSION,
	startsByItself,
	URL_VERSION,
	cleanName,
	decodeScenario,
	encodeScenario,
	formatValue,
	migrate,
	snapToStep,
	type Scenario
} from './url';

const model: ModelDef = r1;

const param = (id: string): ParamDef => {
	const p = model.params.find((q) => q.id === id);
	if (!p) throw new Error(`no parameter ${id}`);
	return p;
};
const decode = (q: string | URLSearchParams) => decodeScenario(model, q);
const encode = (s: Scenario) => encodeScenario(model, s);
const messages = (q: string | URLSearchParams) => decode(q).notices.map((n) => n.message);
const scenario = (
	values: Record<string, number> = {},
	samples = DEFAULT_SAMPLES,
	seed = DEFAULT_SEED
): Scenario => ({
	values,
	samples,
	seed
});
const ids = model.params.map((p) => p.id);

describe('encodeScenario', () => {
	it('writes nothing when everything is default', () => {
		expect(encodeScenario(model, scenario())).toBe('');
	});

	it('writes the version, changed values in model order, then n and seed', () => {
		const s = scenario({ uplift: 0.015, valuation: 20 }, 20000, 7);
		expect(encodeScenario(model, s)).toBe('v=1&valuation=20&uplift=0.015&n=20000&seed=7');
	});

	it('writes only n or only seed when only they differ', () => {
		expect(encodeScenario(model, scenario({}, 50000))).toBe('v=1&n=50000');
		expect(encodeScenario(model, scenario({}, DEFAULT_SAMPLES, 0))).toBe('v=1&seed=0');
	});

	it('leaves out values equal to the default, or equal to it but for float noise', () => {
		expect(encodeScenario(model, scenario({ valuation: 10.3, rate: 0.1 + 1e-17 }))).toBe('');
		expect(encodeScenario(model, scenario({ rate: 0.30000000000000004 - 0.2 }))).toBe('');
	});

	it('writes the shortest form of the snapped value', () => {
		expect(encodeScenario(model, scenario({ uplift: 0.015000000000000001 }))).toBe('v=1&uplift=0.015');
		expect(encodeScenario(model, scenario({ valuation: 0.1 * 3 * 70 }))).toBe('v=1&valuation=21');
		expect(encodeScenario(model, scenario({ growth: -0.05 }))).toBe('v=1&growth=-0.05');
		expect(formatValue(param('rate'), 0.1225)).toBe('0.1225');
	});

	it('normalises what it is given, so its output always decodes cleanly', () => {
		const s = scenario({ valuation: 99, uplift: 0.01512, bogus: 3, stake: NaN }, 15000, -4);
		const q = encodeScenario(model, s);
		expect(q).toBe('v=1&valuation=25&uplift=0.015');
		expect(decode(q).notices).toEqual([]);
	});
});

describe('decodeScenario: well-formed links', () => {
	it('reads the example link back', () => {
		expect(decode('v=1&valuation=20&uplift=0.015&n=20000&seed=7')).toEqual({
			scenario: scenario({ valuation: 20, uplift: 0.015 }, 20000, 7),
			notices: []
		});
	});

	it('reads an empty query, a leading "?", and URLSearchParams', () => {
		expect(decode('')).toEqual({ scenario: scenario(), notices: [] });
		expect(decode('?valuation=20').scenario.values).toEqual({ valuation: 20 });
		expect(decode(new URLSearchParams({ valuation: '20', seed: '3' })).scenario).toEqual(
			scenario({ valuation: 20 }, DEFAULT_SAMPLES, 3)
		);
	});

	it('treats a missing v as the current version (a hand-written link)', () => {
		expect(decode('valuation=12.5&n=5000')).toEqual({
			scenario: scenario({ valuation: 12.5 }, 5000),
			notices: []
		});
	});

	it('accepts the plain ways of writing a number', () => {
		for (const text of ['20', '20.', '20.0', '+20', '2e1', '2E+1', '200e-1', '020']) {
			expect(decode(`valuation=${encodeURIComponent(text)}`), text).toEqual({
				scenario: scenario({ valuation: 20 }),
				notices: []
			});
		}
		expect(decode('growth=-.05')).toEqual({ scenario: scenario({ growth: -0.05 }), notices: [] });
	});

	it('omits a value given equal to its default, silently', () => {
		expect(decode('valuation=10.3&rate=0.10')).toEqual({ scenario: scenario(), notices: [] });
	});

	it('reads a name as plain text, keeping the first of two with a notice', () => {
		expect(decode('name=Team%20A&valuation=20')).toEqual({
			scenario: { ...scenario({ valuation: 20 }), name: 'Team A' },
			notices: []
		});
		const twice = decode('name=My%20plan&valuation=20&name=again');
		expect(twice.scenario.name).toBe('My plan');
		expect(twice.notices.map((n) => n.message)).toEqual([
			'The name appears 2 times in the link; used the first and ignored the rest.'
		]);
	});

	it('flattens control characters in a name and cuts a long one, saying so', () => {
		expect(decode('name=%3Cb%3EA%0A%0D%E2%80%AEB%3C%2Fb%3E').scenario.name).toBe('<b>A B</b>');
		const long = decode(`name=${'é'.repeat(80)}`);
		expect(long.scenario.name).toBe('é'.repeat(60));
		expect(long.notices.map((n) => n.message)).toEqual([
			'The scenario’s name is longer than 60 characters; cut it.'
		]);
		expect(decode('name=%20%20%09').scenario).not.toHaveProperty('name');
	});

	it('cuts a long name between what a reader sees as characters, never inside one', () => {
		const family = '👨‍👩‍👧‍👦'; // four people joined by ZWJ: one character to a reader, seven code points
		const emoji = cleanName('a'.repeat(58) + family.repeat(3));
		expect(emoji).toEqual({ name: 'a'.repeat(58) + family.repeat(2), cut: true });
		// e + a combining acute: 80 characters of two code points each keep 60 whole characters.
		expect(cleanName('e\u0301'.repeat(80))).toEqual({ name: 'e\u0301'.repeat(60), cut: true });
		expect(cleanName(family.repeat(28))).toEqual({ name: family.repeat(28), cut: false });
		// Characters stuffed with combining marks are still bounded in code points, so in a link's length.
		const zalgo = cleanName('Z' + '\u0301'.repeat(5000) + 'abc');
		expect(zalgo).toEqual({ name: '', cut: true });
		const stuffed = cleanName(('Z' + '\u0301'.repeat(30)).repeat(10));
		expect([...stuffed.name].length).toBeLessThanOrEqual(MAX_NAME_CODE_POINTS);
		expect(stuffed.cut).toBe(true);
		expect(zalgo.cut).toBe(true);
	});

	it('keeps the joiners inside words and emoji, and says when a name was cut', () => {
		const persian = 'می\u200cخواهم'; // "I want": the ZWNJ keeps the prefix apart without a space
		expect(decode(`name=${encodeURIComponent(persian)}`)).toEqual({
			scenario: { ...scenario(), name: persian },
			notices: []
		});
		expect(cleanName('👩\u200d💻 team').name).toBe('👩\u200d💻 team');
		// A joiner with nothing to join is dropped with the blanks around it.
		expect(cleanName('\u200c Team A \u200d').name).toBe('Team A');
		const long = decode(`name=${encodeURIComponent(persian.repeat(10))}`);
		expect(
			Array.from(new Intl.Segmenter('fa', { granularity: 'grapheme' }).segment(long.scenario.name!))
		).toHaveLength(60);
		expect(persian.repeat(10).startsWith(long.scenario.name!)).toBe(true);
		expect(long.notices.map((n) => n.message)).toEqual([
			'The scenario’s name is longer than 60 characters; cut it.'
		]);
	});

	it('writes the name last, encoded, and leaves an empty one out', () => {
		expect(encode({ ...scenario({ valuation: 20 }), name: 'Team A & B' })).toBe(
			'v=1&valuation=20&name=Team%20A%20%26%20B'
		);
		expect(encode({ ...scenario(), name: '  ' })).toBe('');
	});

	it('returns values in the model order with plain own properties', () => {
		const { values } = decode('uplift=0.02&valuation=20').scenario;
		expect(Object.keys(values)).toEqual(['valuation', 'uplift']);
	});
});

describe('decodeScenario: not a number', () => {
	it('keeps the default and says so, by label and unit', () => {
		expect(decode('rate=abc')).toEqual({
			scenario: scenario(),
			notices: [
				{ param: 'rate', message: 'Discount rate: “abc” is not a number; kept the default 10\u00a0%.' }
			]
		});
		expect(messages('valuation=abc')).toEqual([
			'Cainiao equity valuation: “abc” is not a number; kept the default USD\u00a010.3\u00a0bn.'
		]);
	});

	it.each([
		'1e',
		'0x10',
		'NaN',
		'Infinity',
		'-Infinity',
		'1,5',
		'1.5.2',
		'.',
		'-',
		'e5',
		'1 2',
		'12 ',
		'\t12',
		'½',
		'١٢'
	])('rejects %j', (text) => {
		const { scenario: s, notices } = decode(`valuation=${encodeURIComponent(text)}`);
		expect(s).toEqual(scenario());
		expect(notices).toHaveLength(1);
		expect(notices[0].param).toBe('valuation');
		expect(notices[0].message).toMatch(
			/^Cainiao equity valuation: “.*” is not a number; kept the default USD\u00a010\.3\u00a0bn\.$/
		);
	});

	it('says when a value is missing', () => {
		expect(messages('valuation=')).toEqual([
			'Cainiao equity valuation has no value; kept the default USD\u00a010.3\u00a0bn.'
		]);
		expect(messages('valuation')).toEqual([
			'Cainiao equity valuation has no value; kept the default USD\u00a010.3\u00a0bn.'
		]);
	});

	it('reads a "+" in a number as a plus sign, though a query turns it into a space', () => {
		// A query's "+" is a space by the rules of forms; no number holds a space, so in a number it can only
		// be a plus sign someone wrote: +20, 2e+1.
		for (const q of ['valuation=+20', 'valuation=2e+1', 'valuation=%2B20', 'valuation=+2E+1']) {
			expect(decode(q), q).toEqual({ scenario: scenario({ valuation: 20 }), notices: [] });
		}
		expect(decode(new URLSearchParams('valuation=+20&n=+5000&seed=+7'))).toEqual({
			scenario: scenario({ valuation: 20 }, 5000, 7),
			notices: []
		});
		// Quoted as written: the plus sign, not a blank.
		expect(messages('valuation=1+0&uplift=++1')).toEqual([
			'Cainiao equity valuation: “1+0” is not a number; kept the default USD\u00a010.3\u00a0bn.',
			'Lift to marketplace profit from control: “++1” is not a number; kept the default 1\u00a0%.'
		]);
	});
});

describe('decodeScenario: out of range', () => {
	it('clamps to the maximum', () => {
		expect(decode('valuation=500')).toEqual({
			scenario: scenario({ valuation: 25 }),
			notices: [
				{
					param: 'valuation',
					message: 'Cainiao equity valuation: 500 is above the maximum 25; used USD\u00a025\u00a0bn.'
				}
			]
		});
	});

	it('clamps to the minimum', () => {
		expect(messages('valuation=-3')).toEqual([
			'Cainiao equity valuation: -3 is below the minimum 5; used USD\u00a05\u00a0bn.'
		]);
		expect(decode('valuation=-3').scenario.values).toEqual({ valuation: 5 });
	});

	it('shows percentages as the app does', () => {
		expect(decode('rate=0.5')).toEqual({
			scenario: scenario({ rate: 0.16 }),
			notices: [
				{
					param: 'rate',
					message: 'Discount rate: 0.5 (50\u00a0%) is above the maximum 16\u00a0%; used 16\u00a0%.'
				}
			]
		});
		expect(messages('growth=-1')).toEqual([
			'Revenue growth, average over ten years: -1 (−100\u00a0%) is below the minimum −5\u00a0%; used −5\u00a0%.'
		]);
	});

	it('clamps numbers too large for a double', () => {
		expect(decode('valuation=1e999&margin=-1e999').scenario.values).toEqual({ valuation: 25, margin: -0.02 });
	});

	it('says in words that a number is too large for a double, never "Infinity %"', () => {
		expect(messages('rate=1e999&growth=-1e999&valuation=1e999')).toEqual([
			'Discount rate: 1e999 (too large to be a number) is above the maximum 16\u00a0%; used 16\u00a0%.',
			'Revenue growth, average over ten years: -1e999 (too large to be a number) is below the minimum −5\u00a0%; used −5\u00a0%.',
			'Cainiao equity valuation: 1e999 is above the maximum 25; used USD\u00a025\u00a0bn.'
		]);
	});
});

describe('decodeScenario: the step grid', () => {
	it('snaps a value between steps and says so', () => {
		expect(decode('valuation=20.04')).toEqual({
			scenario: scenario({ valuation: 20 }),
			notices: [
				{
					param: 'valuation',
					message: 'Cainiao equity valuation: 20.04 lies between steps of 0.1; used USD\u00a020\u00a0bn.'
				}
			]
		});
		expect(decode('uplift=0.0151').scenario.values).toEqual({ uplift: 0.015 });
		expect(messages('rate=0.101')).toEqual([
			'Discount rate: 0.101 (10.1\u00a0%) lies between steps of 0.25\u00a0%; used 10\u00a0%.'
		]);
	});

	it('snaps onto the default when that is nearest, and then leaves it out', () => {
		const { scenario: s, notices } = decode('stake=0.6371');
		expect(s).toEqual(scenario());
		expect(notices).toHaveLength(1);
	});

	it('takes float noise silently', () => {
		expect(decode('uplift=0.015000000000000001&rate=0.10000000000000002')).toEqual({
			scenario: scenario({ uplift: 0.015 }),
			notices: []
		});
	});

	it('keeps a default that lies off the grid representable', () => {
		const odd: ParamDef = { ...param('valuation'), default: 10.33 };
		const m = { ...model, params: [odd] };
		expect(decodeScenario(m, 'valuation=10.33')).toEqual({ scenario: scenario(), notices: [] });
		expect(snapToStep(odd, 10.33)).toBe(10.33);
		expect(snapToStep(odd, 10.34)).toBe(10.3);
		expect(encodeScenario(m, scenario({ valuation: 10.33 }))).toBe('');
	});

	it('snaps from min with float noise removed', () => {
		const p = param('rate');
		for (let k = 0; k <= 40; k++) {
			const x = snapToStep(p, 0.06 + k * 0.0025);
			expect(String(x).length).toBeLessThanOrEqual(6);
		}
	});
});

describe('decodeScenario: repeated and unknown keys', () => {
	it('uses the first of a repeated key', () => {
		expect(decode('valuation=10&valuation=12')).toEqual({
			scenario: scenario({ valuation: 10 }),
			notices: [
				{
					param: 'valuation',
					message:
						'Cainiao equity valuation appears 2 times in the link; used the first and ignored the rest.'
				}
			]
		});
		expect(decode('valuation=10&valuation=12&valuation=14').notices).toHaveLength(1);
	});

	it('uses the first n, seed and v', () => {
		const { scenario: s, notices } = decode('v=1&n=2000&seed=3&n=5000&seed=4&v=2');
		expect(s).toEqual(scenario({}, 2000, 3));
		expect(notices.map((n) => n.message)).toEqual([
			'Samples appears 2 times in the link; used the first and ignored the rest.',
			'Seed appears 2 times in the link; used the first and ignored the rest.',
			'The link format version appears 2 times in the link; used the first and ignored the rest.'
		]);
	});

	it('ignores an unknown key and says so', () => {
		expect(decode('foo=1&valuation=20')).toEqual({
			scenario: scenario({ valuation: 20 }),
			notices: [{ message: '“foo” is not a setting of this model; ignored it.' }]
		});
		expect(messages('Valuation=20')).toEqual(['“Valuation” is not a setting of this model; ignored it.']);
	});

	it('limits notices for unknown keys to five and a summary', () => {
		const q = Array.from({ length: 12 }, (_, i) => `junk${i}=1`).join('&');
		const m = messages(q);
		expect(m).toHaveLength(6);
		expect(m[5]).toBe('…and 7 more unknown settings ignored.');
		expect(messages(Array.from({ length: 5000 }, () => 'x').join('&')).length).toBe(7);
	});
});

describe('decodeScenario: long and hostile input', () => {
	it('ignores a value longer than 32 characters, quoting it cut short', () => {
		const long = '1'.repeat(40);
		expect(decode(`valuation=${long}`)).toEqual({
			scenario: scenario(),
			notices: [
				{
					param: 'valuation',
					message: `Cainiao equity valuation: the value “${'1'.repeat(20)}…” is too long (40 characters); kept the default USD\u00a010.3\u00a0bn.`
				}
			]
		});
		expect(decode(`valuation=20.${'0'.repeat(29)}`)).toEqual({
			scenario: scenario({ valuation: 20 }),
			notices: []
		});
		expect(decode(`n=${long}&seed=${long}`).notices).toHaveLength(2);
	});

	it(`ignores the part of a query beyond ${MAX_QUERY_LENGTH} characters, keeping whole pairs`, () => {
		const pad = Array.from({ length: 400 }, () => 'name=123456').join('&'); // 4,799 characters
		const { scenario: s, notices } = decode(`valuation=20&${pad}&uplift=0.02`);
		expect(s).toEqual({ ...scenario({ valuation: 20 }), name: '123456' });
		expect(notices.map((n) => n.message)).toEqual([
			'This link is longer than 4,000 characters; ignored everything after that.',
			'The name appears 332 times in the link; used the first and ignored the rest.'
		]);
		expect(decode('x'.repeat(100_000)).notices).toHaveLength(1);
		expect(decode(new URLSearchParams({ valuation: '20', name: 'z'.repeat(5000) })).scenario).toEqual(
			scenario({ valuation: 20 })
		);
	});

	it('never uses hostile keys as object keys', () => {
		const q =
			'__proto__=1&__proto__%5Bpolluted%5D=1&constructor=2&toString=3&hasOwnProperty=4&valueOf=5&prototype=6' +
			'&constructor%5Bprototype%5D%5Bpolluted%5D=1';
		const { scenario: s, notices } = decode(q);
		expect(s).toEqual(scenario());
		expect(Object.keys(s.values)).toEqual([]);
		expect(Object.getPrototypeOf(s.values)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(notices).toHaveLength(6);
		expect(notices[0].message).toBe('“__proto__” is not a setting of this model; ignored it.');
	});

	it('quotes hostile text cut short and without control characters', () => {
		const m = messages(
			'%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E=1&valuation=javascript:alert(1)&rate=%00%1B%E2%80%AEabc'
		);
		expect(m).toEqual([
			'“<script>alert(docume…” is not a setting of this model; ignored it.',
			'Cainiao equity valuation: “javascript:alert(1)” is not a number; kept the default USD\u00a010.3\u00a0bn.',
			'Discount rate: “\uFFFD\uFFFD\uFFFDabc” is not a number; kept the default 10\u00a0%.'
		]);
	});

	it('survives broken percent-encoding and unicode', () => {
		const { scenario: s, notices } = decode('valuation=%E0%A4%A&%FF=1&😀=%F0%9F%98%80&seed=%');
		expect(s).toEqual(scenario());
		expect(notices).toHaveLength(4);
	});
});

describe('decodeScenario: samples and seed', () => {
	it('takes an allowed sample count', () => {
		for (const n of SAMPLE_COUNTS.filter(startsByItself))
			expect(decode(`n=${n}`)).toEqual({ scenario: scenario({}, n), notices: [] });
	});

	it('opens a link asking for a million futures at 100,000, and says how to run the million', () => {
		expect(decode('n=1000000')).toEqual({
			scenario: scenario({}, 100000),
			notices: [
				{
					message:
						'This link asks for 1,000,000 simulated futures, which a page never starts by itself; it shows 100,000. Choose 1,000,000 under “Simulated futures” to run them.'
				}
			]
		});
		// Written by a page that runs the million, the link carries it; no other count reaches it.
		expect(encode(scenario({}, 1000000))).toMatch(/(^|&)n=1000000(&|$)/);
		expect(decode('n=900000').scenario.samples).toBe(100000);
	});

	it('moves any other count to the nearest allowed one', () => {
		expect(decode('n=15001')).toEqual({
			scenario: scenario({}, 20000),
			notices: [
				{
					message:
						'Samples: 15001 is not one of 1,000, 2,000, 5,000, 10,000, 20,000, 50,000, 100,000 or 1,000,000; used 20,000.'
				}
			]
		});
		expect(decode('n=3').scenario.samples).toBe(1000);
		expect(decode('n=-5').scenario.samples).toBe(1000);
		expect(decode('n=1e12').scenario.samples).toBe(100000);
	});

	it('keeps the default count for a non-number', () => {
		expect(messages('n=lots')).toEqual(['Samples: “lots” is not a number; kept the default 10,000.']);
	});

	it('takes a whole seed from 0 to 2^32 − 1', () => {
		expect(decode('seed=0').scenario.seed).toBe(0);
		expect(decode('seed=4294967295').scenario.seed).toBe(4294967295);
	});

	it.each(['1.5', '-1', '4294967296', 'abc', '1e99', 'NaN'])('keeps the default seed for %j', (text) => {
		expect(decode(`seed=${text}`)).toEqual({
			scenario: scenario(),
			notices: [
				{
					message: `Seed: “${text}” is not a whole number from 0 to 4,294,967,295; kept the default 1.`
				}
			]
		});
	});
});

describe('decodeScenario: versions', () => {
	it('reads a link from a newer version as far as it can, and says so', () => {
		const { scenario: s, notices } = decode('v=3&valuation=20&colour=blue');
		expect(s).toEqual(scenario({ valuation: 20 }));
		expect(notices.map((n) => n.message)).toEqual([
			'This link was made by a newer version of Scenario Lab (link format 3); this version read what it understands, so the page may differ from what the sender saw.',
			'“colour” is not a setting of this model; ignored it.'
		]);
	});

	it.each(['0', '01', '-1', 'abc', '1.0', ''])('reads a link with version %j as the current version', (v) => {
		const { scenario: s, notices } = decode(`v=${v}&valuation=20`);
		expect(s).toEqual(scenario({ valuation: 20 }));
		expect(notices.map((n) => n.message)).toEqual([
			`The link’s format version “${v}” is not understood; read it as version ${URL_VERSION}.`
		]);
	});

	it('migrates an old query step by step, and stops where a step is missing', () => {
		const steps = {
			1: (q: URLSearchParams) => {
				const out = new URLSearchParams(q);
				out.set('b', out.get('a') ?? '');
				out.delete('a');
				return out;
			},
			2: (q: URLSearchParams) => {
				const out = new URLSearchParams(q);
				out.set('b', String(Number(out.get('b')) / 100));
				return out;
			}
		};
		const old = new URLSearchParams('a=30');
		const done = migrate(old, 1, 3, steps);
		expect(done.reached).toBe(3);
		expect(done.query.toString()).toBe('b=0.3');
		expect(old.toString()).toBe('a=30');
		expect(migrate(old, 1, 4, steps).reached).toBe(3);
		expect(migrate(old, URL_VERSION).reached).toBe(URL_VERSION);
	});

	it('does not let a broken migration throw', () => {
		const broken = {
			1: () => {
				throw new Error('bug');
			}
		};
		expect(migrate(new URLSearchParams('a=1'), 1, 2, broken).reached).toBe(1);
	});
});

// ---------------------------------------------------------------------------------------------------
// Properties

/** The test's float-noise tolerance: a millionth of a step, coarser than the codec's own. */
const TOLERANCE = 1e-6;

/** The grid of a parameter computed independently of the codec: min + k·step, at 10 decimals. */
const gridValue = (p: ParamDef, k: number) => Number((p.min + k * p.step).toFixed(10));
const gridSize = (p: ParamDef) => Math.floor((p.max - p.min) / p.step + 1e-9);

const scenarioArb: fc.Arbitrary<Scenario> = fc
	.tuple(
		fc.tuple(
			...model.params.map((p) => fc.option(fc.integer({ min: 0, max: gridSize(p) }), { nil: undefined }))
		),
		// A million round-trips only once a person has started it (tested on its own above).
		fc.constantFrom(...SAMPLE_COUNTS.filter(startsByItself)),
		fc.integer({ min: 0, max: 2 ** 32 - 1 }),
		// Any text a person might type, as the page would keep it.
		fc.option(
			fc.string({ unit: 'grapheme', maxLength: 80 }).map((t) => cleanName(t).name),
			{ nil: undefined }
		),
		fc.subarray(ids)
	)
	.map(([ks, samples, seed, name, locked]) => {
		const entries: [string, number][] = [];
		model.params.forEach((p, i) => {
			const k = ks[i];
			if (k === undefined) return;
			const x = gridValue(p, k);
			if (x !== p.default) entries.push([p.id, x]);
		});
		const s: Scenario = { values: Object.fromEntries(entries), samples, seed };
		if (name) s.name = name;
		if (locked.length) s.locked = locked;
		return s;
	});

const junk = [
	'',
	'abc',
	'NaN',
	'Infinity',
	'-Infinity',
	'0x10',
	'1e',
	'1,5',
	'1e999',
	'-0',
	'+',
	'%',
	'%00',
	'..'
];
const hostile = [
	'__proto__',
	'constructor',
	'toString',
	'prototype',
	'hasOwnProperty',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"><img src=x onerror=alert(1)>',
	'%00',
	'\u0000',
	'\u202e',
	'\ud800',
	'😀',
	'名前'
];

const percentJunk = fc
	.uint8Array({ maxLength: 12 })
	.map((bytes) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join(''));

const numberText = fc.oneof(
	fc.double({ noNaN: false }).map(String),
	fc.double({ min: -100, max: 200 }).map(String),
	fc.integer({ min: -1e6, max: 1e6 }).map(String),
	fc.constantFrom(...model.params.flatMap((p) => [p.min, p.max, p.default, p.step].map(String))),
	fc.constantFrom(...SAMPLE_COUNTS.map(String)),
	fc.constantFrom('0', '1', '4294967295', '4294967296', '15000')
);

const keyArb = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...ids, 'v', 'r', 'n', 'seed', 'lock', 'name') },
	{ weight: 2, arbitrary: fc.constantFrom(...hostile) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 1, arbitrary: percentJunk }
);

const valueArb = fc.oneof(
	{ weight: 6, arbitrary: numberText },
	{ weight: 2, arbitrary: fc.constantFrom(...junk, ...hostile) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.string({ minLength: 30, maxLength: 80, unit: fc.constantFrom('1', '0', '.') }) },
	{ weight: 1, arbitrary: percentJunk }
);

/** encodeURIComponent, but a lone surrogate (which it refuses) goes in raw: hostile input, after all. */
const enc = (text: string) => {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
};

/** A list of locked settings: real ids in any order, repeated, or mixed with junk. */
const lockPairArb = fc
	.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: keyArb }), {
		maxLength: 6
	})
	.map((list) => `lock=${list.map(enc).join(',')}`);

/** A parameter with a value near its own range: on the grid, between steps, a hair off, or at the edges. */
const paramPairArb = fc.constantFrom(...model.params).chain((p) =>
	fc
		.oneof(
			fc.integer({ min: 0, max: gridSize(p) }).map((k) => String(gridValue(p, k))),
			fc.double({ min: p.min - p.step, max: p.max + p.step, noNaN: true }).map(String),
			fc
				.tuple(fc.integer({ min: 0, max: gridSize(p) }), fc.constantFrom(0.3, 0.5, 0.7, 1e-3, 1e-7, 1e-12))
				.map(([k, f]) => String(gridValue(p, k) + f * p.step)),
			fc.constantFrom(p.min, p.max, p.default, p.default + p.step / 2).map((x) => x.toFixed(6))
		)
		.map((v) => `${p.id}=${enc(v)}`)
);

const pairArb = fc.oneof(
	{
		weight: 3,
		arbitrary: fc
			.tuple(keyArb, valueArb, fc.boolean(), fc.boolean())
			.map(([k, v, encode, bare]) => (encode ? `${enc(k)}=${enc(v)}` : bare ? k : `${k}=${v}`))
	},
	{ weight: 2, arbitrary: paramPairArb },
	{ weight: 1, arbitrary: lockPairArb }
);

const queryArb: fc.Arbitrary<string | URLSearchParams> = fc.oneof(
	{ weight: 6, arbitrary: fc.array(pairArb, { maxLength: 12 }).map((ps) => ps.join('&')) },
	{
		// long queries: a few pairs repeated past the length limit (cheaper than generating hundreds)
		weight: 1,
		arbitrary: fc
			.tuple(fc.array(pairArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 20, max: 150 }))
			.map(([ps, times]) => Array.from({ length: times }, () => ps.join('&')).join('&'))
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => `?${s}`) },
	{ weight: 1, arbitrary: fc.array(pairArb, { maxLength: 8 }).map((ps) => new URLSearchParams(ps.join('&'))) }
);

/** A number as the codec reads it: a space in it is a "+" that the query turned into one. */
const asNumber = (v: string) => Number(v.replace(/ /g, '+'));

const queryText = (q: string | URLSearchParams) =>
	typeof q === 'string' ? (q.startsWith('?') ? q.slice(1) : q) : q.toString();

/** Everything in the query was used exactly as written: what a decode without notices promises. */
function usedAsGiven(q: string | URLSearchParams, s: Scenario): boolean {
	const pairs = [...new URLSearchParams(queryText(q))];
	const keys = pairs.map(([k]) => k);
	if (new Set(keys).size !== keys.length) return false;
	for (const [k, v] of pairs) {
		if (k === 'name') {
			if (cleanName(v).name !== (s.name ?? '')) return false;
			continue;
		}
		if (k === 'lock') {
			// A set of ids: their order and repeats carry no meaning.
			const given = new Set(v.split(',').filter(Boolean));
			const locked = new Set(s.locked ?? []);
			if (given.size !== locked.size || ![...given].every((id) => locked.has(id))) return false;
			continue;
		}
		const x = asNumber(v);
		if (v.trim() === '' || !Number.isFinite(x)) return false;
		if (k === 'v') {
			// A link without a room's belief is format 1 and format 2 alike.
			if (x !== PLAIN_VERSION && x !== URL_VERSION) return false;
		} else if (k === 'r') {
			if (x !== (model.revision ?? 1)) return false;
		} else if (k === 'n') {
			if (x !== s.samples) return false;
		} else if (k === 'seed') {
			if (x !== s.seed) return false;
		} else {
			const p = model.params.find((pp) => pp.id === k);
			if (!p) return false;
			const used = Object.hasOwn(s.values, k) ? s.values[k] : p.default;
			if (Math.abs(x - used) > p.step * TOLERANCE) return false;
		}
	}
	// and nothing the query did not say was set
	for (const id of Object.keys(s.values)) if (!keys.includes(id)) return false;
	if (s.samples !== DEFAULT_SAMPLES && !keys.includes('n')) return false;
	if (s.seed !== DEFAULT_SEED && !keys.includes('seed')) return false;
	return true;
}

const byId = new Map(model.params.map((p) => [p.id, p]));
const CONTROL = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u;

function sameScenario(a: Scenario, b: Scenario): boolean {
	const ka = Object.keys(a.values);
	if (ka.length !== Object.keys(b.values).length) return false;
	if (!ka.every((k) => Object.hasOwn(b.values, k) && Object.is(a.values[k], b.values[k]))) return false;
	const locks = (s: Scenario) => (s.locked ?? []).join(',');
	return a.samples === b.samples && a.seed === b.seed && a.name === b.name && locks(a) === locks(b);
}

/** What is wrong with a decoded scenario and its notices, whatever the query was. */
function invalid(s: Scenario, notices: { param?: string; message: string }[]): string | undefined {
	for (const [id, x] of Object.entries(s.values)) {
		const p = byId.get(id);
		if (!p) return `unknown id ${id} in values`;
		if (!Number.isFinite(x) || x < p.min || x > p.max) return `${id} = ${x} out of range`;
		if (x === p.default) return `${id} holds its default`;
	}
	if (Object.getPrototypeOf(s.values) !== Object.prototype) return 'values has an odd prototype';
	if (!(SAMPLE_COUNTS as readonly number[]).includes(s.samples)) return `samples ${s.samples}`;
	if (!startsByItself(s.samples)) return `samples ${s.samples}, which a link must not start`;
	if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > 2 ** 32 - 1) return `seed ${s.seed}`;
	const locked = s.locked ?? [];
	if (locked.some((id) => !byId.has(id))) return `locked ${locked.join(',')}`;
	if (locked.join(',') !== ids.filter((id) => locked.includes(id)).join(','))
		return `locked ${locked.join(',')} not in model order once each`;
	if (s.locked && locked.length === 0) return 'an empty lock list';
	if (notices.length > model.params.length * 2 + 16) return `${notices.length} notices`;
	for (const n of notices) {
		if (n.message.length === 0 || n.message.length >= 300) return `notice length ${n.message.length}`;
		if (CONTROL.test(n.message)) return `control character in ${JSON.stringify(n.message)}`;
		if (n.param !== undefined && !byId.has(n.param)) return `notice names ${n.param}`;
	}
	return undefined;
}

/** For a decode without notices: what in the query was not used exactly as written. */
function unreported(q: string | URLSearchParams, s: Scenario): string | undefined {
	if (!usedAsGiven(q, s)) return 'something was not used as given, without a notice';
	if (encodeScenario(model, s) !== normalise(q)) return 're-encoded differs from the normalised input';
	return undefined;
}

describe('properties', () => {
	// expect() only on failure, for its diff: thousands of runs must stay fast.
	it('decode(encode(s)) gives s back, with no notices, for every valid scenario', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const q = encodeScenario(model, s);
				const back = decode(q);
				if (!sameScenario(back.scenario, s) || back.notices.length > 0) {
					expect(back).toEqual({ scenario: s, notices: [] });
				}
				const allDefault =
					Object.keys(s.values).length === 0 && s.samples === 10000 && s.seed === 1 && !s.name;
				if ((q === '') !== allDefault) expect(q).toBe(allDefault ? '' : 'something');
			}),
			{ numRuns: 2000 }
		);
		expect(decode(encodeScenario(model, scenario({ valuation: 20 }, 5000, 9))).scenario).toEqual(
			scenario({ valuation: 20 }, 5000, 9)
		);
	});

	it('encode(decode(q)) is stable for any query', () => {
		fc.assert(
			fc.property(queryArb, (q) => {
				const once = encodeScenario(model, decode(q).scenario);
				const again = decode(once);
				const twice = encodeScenario(model, again.scenario);
				if (again.notices.length > 0 || twice !== once) {
					expect(again.notices).toEqual([]);
					expect(twice).toBe(once);
				}
			}),
			{ numRuns: 2000 }
		);
		expect(encodeScenario(model, decode('valuation=20.04&n=3').scenario)).toBe('v=1&valuation=20&n=1000');
	});

	it('fuzz: decoding never throws, stays in range, and reports whatever it did not use as given', () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		let clean = 0;
		fc.assert(
			// Plain checks rather than expect(): thousands of runs must stay well under a second or two.
			fc.property(queryArb, (q) => {
				const { scenario: s, notices } = decode(q);
				const problem = invalid(s, notices) ?? (notices.length === 0 ? unreported(q, s) : undefined);
				if (problem) throw new Error(problem);
				if (notices.length === 0) clean++;
			}),
			{ numRuns: 5000 }
		);
		expect(clean).toBeGreaterThan(200); // the generator reaches clean links too, so the last check bites
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

/**
 * The query as written, in canonical form, without the codec: known keys in canonical order, numbers in
 * their shortest form (a value within TOLERANCE steps of a grid point or the default is taken as that),
 * defaults, `v=1`, `v=2` and `r=1` left out, locks as a set in model order, the name cleaned and last. Anything it cannot place stays in, so the canonical encoding
 * differs from it whenever something was not used as given.
 */
function normalise(q: string | URLSearchParams): string {
	const pairs = [...new URLSearchParams(queryText(q))].filter(
		([k, v]) => !((k === 'v' && (v === '1' || v === '2')) || (k === 'r' && v === '1'))
	);
	let named = false;
	const order = [...ids, 'n', 'seed', 'lock'];
	const known: string[] = [];
	const rest: string[] = [];
	const sorted = pairs
		.map(([k, v], i) => ({ k, v, rank: order.includes(k) ? order.indexOf(k) : order.length + i }))
		.sort((a, b) => a.rank - b.rank);
	for (const { k, v } of sorted) {
		if (k === 'name') {
			const name = cleanName(v).name;
			if (!named && name) known.push(`name=${encodeURIComponent(name)}`);
			named = true;
			continue;
		}
		if (k === 'lock') {
			const given = v.split(',');
			const locked = ids.filter((id) => given.includes(id));
			if (locked.length) known.push(`lock=${locked.join(',')}`);
			continue;
		}
		let x = asNumber(v);
		const p = byId.get(k);
		if (v.trim() === '' || !Number.isFinite(x)) rest.push(`${enc(k)}=${enc(v)}`);
		else if (p) {
			const grid = gridValue(p, Math.round((x - p.min) / p.step));
			if (Math.abs(x - p.default) <= p.step * TOLERANCE) x = p.default;
			else if (Math.abs(x - grid) <= p.step * TOLERANCE) x = grid;
			if (x !== p.default) known.push(`${k}=${x}`);
		} else if (k === 'n' || k === 'seed') {
			if (x !== (k === 'n' ? DEFAULT_SAMPLES : DEFAULT_SEED)) known.push(`${k}=${x}`);
		} else rest.push(`${enc(k)}=${enc(v)}`);
	}
	const all = [...known, ...rest];
	return all.length ? [`v=${PLAIN_VERSION}`, ...all].join('&') : '';
}
