// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { chartImage } from './chart-image';

const FOOTNOTE = [
	'Scenario Lab · Cainiao: list it, or own it fully?',
	'Scenario: https://lab.example/decisions/cainiao-ownership?v=1&uplift=0.0115'
];

/** A chart as the app renders one: marks coloured by a custom property from the page's stylesheet. */
function mount(): SVGSVGElement {
	document.head.innerHTML = `<style>
		:root { --option-0: #0072b2; }
		.median { stroke-dasharray: 5 3; }
		.gone { display: none; }
	</style>`;
	document.body.innerHTML = `<figure>
		<svg width="400" height="200" role="img" aria-labelledby="t1" class="plot">
			<path d="M0 0L10 10" style="fill: var(--option-0)" opacity="0.14" class="band"></path>
			<line x1="0" x2="10" y1="0" y2="0" class="median" stroke="black"></line>
			<text x="5" y="5">2024 &amp; "more"</text>
			<g class="gone"><text>hidden</text></g>
		</svg>
	</figure>`;
	return document.querySelector('svg')!;
}

describe('chartImage', () => {
	afterEach(() => {
		document.head.innerHTML = '';
		document.body.innerHTML = '';
	});

	it('makes a standalone SVG document: namespace, size, viewBox, white background, title', () => {
		const { svg, width, height } = chartImage(mount(), {
			title: 'Value & time',
			summary: 'A',
			footnote: FOOTNOTE
		});
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		const root = doc.documentElement;
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(svg).toMatch(/^<\?xml [^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(width).toBe(432);
		expect(root.getAttribute('width')).toBe(String(width));
		expect(root.getAttribute('height')).toBe(String(height));
		expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
		expect(height).toBeGreaterThan(200 + 4 * 11);
		const bg = root.querySelector(':scope > rect')!;
		expect([bg.getAttribute('fill'), bg.getAttribute('width'), bg.getAttribute('height')]).toEqual([
			'#ffffff',
			String(width),
			String(height)
		]);
		expect(root.querySelector('title')?.textContent).toBe('Value & time');
	});

	it('puts the footnote below the chart, wrapped to the width, with every character of the link', () => {
		const { svg } = chartImage(mount(), { title: 'T', summary: 'S', footnote: FOOTNOTE });
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const texts = [...doc.documentElement.querySelectorAll(':scope > text')];
		const foot = texts[texts.length - 1];
		const chart = doc.documentElement.querySelector(':scope > svg')!;
		const chartBottom = Number(chart.getAttribute('y')) + Number(chart.getAttribute('height'));
		const spans = [...foot.querySelectorAll('tspan')];
		expect(Number(spans[0].getAttribute('y'))).toBeGreaterThan(chartBottom);
		expect(spans.length).toBeGreaterThan(2);
		// 400 px at 11 px type holds about 65 characters: the link must have been wrapped, not cut off.
		for (const s of spans) expect(s.textContent!.length).toBeLessThanOrEqual(68);
		expect(spans.map((s) => s.textContent).join('')).toContain(
			'lab.example/decisions/cainiao-ownership?v=1&uplift=0.0115'
		);
	});

	// jsdom computes only part of CSS (it ignores presentation attributes such as opacity="0.14"); the
	// browser test checks the rest on a real chart.
	it('writes the computed styles onto the marks, with custom properties resolved and page classes gone', () => {
		const source = mount();
		const { svg } = chartImage(source, {
			title: 'T',
			summary: 'S',
			footnote: FOOTNOTE,
			key: [{ text: 'IPO', color: '#0072b2' }]
		});
		expect(svg).not.toContain('var(--');
		expect(svg).not.toMatch(/class=|aria-|role=/);
		expect(svg).not.toContain('hidden');
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const chart = doc.documentElement.querySelector(':scope > svg')!;
		const band = chart.querySelector('path')!.getAttribute('style')!;
		expect(band).toMatch(/fill: (#0072b2|rgb\(0, 114, 178\))/);
		expect(chart.querySelector('line')!.getAttribute('style')).toMatch(/stroke-dasharray: 5,? 3/);
		expect(chart.querySelector('text')!.textContent).toBe('2024 & "more"');
		// The page's chart is untouched.
		expect(source.querySelector('path')!.getAttribute('style')).toBe('fill: var(--option-0)');
		expect(doc.documentElement.querySelector(':scope > g rect')?.getAttribute('fill')).toBe('#0072b2');
	});
});
