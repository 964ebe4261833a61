import { test, expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../src/lib/export/rfc4180';
import { decisionIds } from '../decisions';
import { DECISION, open, queryParam, settled, tabTo, watch } from './helpers';

/** Presses the button from the keyboard and returns what it downloads. */
async function downloadBy(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
	await button.focus();
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(await download.failure()).toBeNull();
	return { download, bytes: await readFile((await download.path())!) };
}

/** The rows of one CSV section: from its title row to the next blank row, header row first. */
function section(rows: string[][], title: string): Record<string, string>[] {
	const start = rows.findIndex((r) => r[0] === title);
	expect(start, `section "${title}"`).toBeGreaterThan(0);
	const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
	const [head, ...body] = rows.slice(start + 1, end < 0 ? undefined : end);
	return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** The fan chart's figure and its title as the page shows it. */
async function fanChart(page: Page): Promise<{ figure: Locator; title: string }> {
	const figure = page.getByRole('region', { name: 'Value over time' }).locator('figure');
	const title = (await figure.locator('figcaption .title').textContent())!.trim();
	return { figure, title };
}

test.describe('taking a scenario away', () => {
	test('the CSV carries the changed value, every parameter with its sources, and the current link', async ({
		page
	}) => {
		const { errors } = watch(page);
		await open(page, DECISION);
		await page.locator('#range-uplift').focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => queryParam(page, 'uplift')).toBe('0.0115');
		await settled(page);

		const { download, bytes } = await downloadBy(page, page.getByRole('button', { name: 'Download CSV' }));
		expect(download.suggestedFilename()).toBe('cainiao-ownership-scenario.csv');
		const text = bytes.toString('utf8').replace(/^\ufeff/, '');
		expect(text).toContain('\r\n');
		const rows = parseCsv(text);

		const head = Object.fromEntries(rows.slice(0, 14).map((r) => [r[0], r[1]]));
		expect(head['Decision']).toBe('Cainiao: list it, or own it fully?');
		expect(head['Link']).toBe(page.url());
		expect(new URL(head['Link']).searchParams.get('uplift')).toBe('0.0115');
		expect(head['Monte Carlo samples']).toBe('10000');

		const params = section(rows, 'Parameters');
		expect(params.length).toBeGreaterThan(5);
		const uplift = params.find((p) => p['Parameter'] === 'uplift')!;
		expect(uplift['Value']).toBe('0.0115');
		expect(uplift['Default (source value)']).toBe('0.01');
		expect(uplift['Changed']).toBe('yes');
		for (const p of params) {
			expect(p['Sources'], p['Parameter']).toMatch(/“.+”|Assumption: /);
			if (p['Parameter'] !== 'uplift') expect(p['Changed']).toBe('no');
		}
		const valuation = params.find((p) => p['Parameter'] === 'valuation')!;
		expect(valuation['Sources']).toContain('“The repurchase offer will value Cainiao at $10.3 billion.”');

		expect(section(rows, 'Outputs at these values').map((r) => r['Output'])).toContain('value');
		expect(rows.some((r) => r[0].startsWith('Monte Carlo percentiles (10000 samples'))).toBe(true);
		expect(errors).toEqual([]);
	});

	test('the fan chart downloads as a standalone SVG with its sources and link, and as a PNG', async ({
		page
	}) => {
		const { errors } = watch(page);
		await open(page, DECISION);
		await settled(page);
		const { figure, title } = await fanChart(page);
		const svgButton = figure.getByRole('button', { name: `Download SVG: ${title}` });
		const pngButton = figure.getByRole('button', { name: `Download PNG: ${title}` });
		await tabTo(page, svgButton);

		const svg = await downloadBy(page, svgButton);
		expect(svg.download.suggestedFilename()).toBe('cainiao-ownership-value-over-time.svg');
		const text = svg.bytes.toString('utf8');
		expect(text).not.toContain('var(--');
		expect(text).not.toMatch(/\sclass="/);
		// Parsed by the browser's XML parser, as an image viewer or a slide program would.
		const read = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
			const root = doc.documentElement;
			const chart = root.querySelector(':scope > svg');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				namespace: root.namespaceURI,
				size: [root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')],
				words: (root.textContent ?? '').replace(/\s+/g, ''),
				// The text as read aloud or copied: wrapped lines keep the spaces between their words.
				spoken: (root.textContent ?? '').replace(/\s+/g, ' '),
				marks: [...(chart?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('style') ?? '')
			};
		}, text);
		expect(read.error).toBeNull();
		expect(read.namespace).toBe('http://www.w3.org/2000/svg');
		const [w, h, viewBox] = read.size;
		expect(viewBox).toBe(`0 0 ${w} ${h}`);
		expect(read.words).toContain(title.replace(/\s+/g, ''));
		expect(read.spoken).toContain(title);
		expect(read.words).toContain(`Scenario:${page.url()}`);
		expect(read.words).toContain('Sources:');
		expect(read.words).toContain('ListCainiao(IPO)');
		// The option colours and the bands' transparency survive without the page's CSS.
		expect(read.marks.some((s) => /fill: rgb\(0, 114, 178\)/.test(s) && /opacity: 0\.14/.test(s))).toBe(true);
		expect(read.marks.some((s) => /stroke: rgb\(213, 94, 0\)/.test(s))).toBe(true);

		const png = await downloadBy(page, pngButton);
		expect(png.download.suggestedFilename()).toBe('cainiao-ownership-value-over-time.png');
		expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// Drawn at twice the SVG's size, for sharp slides and print.
		expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(w));
		expect(png.bytes.readUInt32BE(20)).toBe(2 * Number(h));
		expect(errors).toEqual([]);
	});

	test('printed, the page keeps the verdict, charts and values, and drops the controls', async ({ page }) => {
		const { errors } = watch(page);
		await open(page, DECISION);
		await settled(page);
		await page.emulateMedia({ media: 'print' });

		await expect(page.getByTestId('verdict')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Value over time' }).getByRole('img')).toBeVisible();
		await expect(page.locator('#param-uplift output')).toBeVisible();
		await expect(page.locator('#range-uplift')).toBeHidden();
		await expect(page.locator('input[type="range"]:visible')).toHaveCount(0);
		await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
		await expect(page.getByText('This scenario:')).toContainText(page.url());

		// Nothing is cut off at the paper's edge.
		const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
		for (const box of await page
			.locator('figure svg')
			.evaluateAll((svgs) =>
				svgs.filter((s) => s.checkVisibility()).map((s) => s.getBoundingClientRect().right)
			))
			expect(box).toBeLessThanOrEqual(pageWidth);
		expect(errors).toEqual([]);
	});

	test('printing draws each chart for a column of the paper, and for the screen again afterwards', async ({
		page
	}) => {
		const { errors } = watch(page);
		await open(page, DECISION);
		await settled(page);
		const widths = () =>
			page.locator('figure svg').evaluateAll((svgs) => svgs.map((s) => Number(s.getAttribute('width'))));
		const onScreen = await widths();
		expect(Math.max(...onScreen)).toBeGreaterThan(340);
		// Registered after the page's own listeners, so it sees the charts as they are printed.
		await page.evaluate(() => {
			addEventListener('beforeprint', () => {
				const w = [...document.querySelectorAll('figure svg')].map((s) => Number(s.getAttribute('width')));
				document.documentElement.dataset.printed = JSON.stringify(w);
			});
		});
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const printed = JSON.parse((await page.locator('html').getAttribute('data-printed'))!) as number[];
		expect(printed).toHaveLength(onScreen.length);
		for (const w of printed) expect(w).toBeLessThanOrEqual(340);
		await expect.poll(widths).toEqual(onScreen);
		await expect(page.locator('figure svg[viewBox]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

test.describe('the printed handout', () => {
	for (const id of decisionIds()) {
		test(`${id} prints on one A4 page`, async ({ page }) => {
			await open(page, `/decisions/${id}`);
			await settled(page);
			const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
			expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		});
	}
});
