import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { DECISION, open, settled } from './helpers';
import { decisionIds } from '../decisions';

const PAGES = [
	{ name: 'landing', url: '/' },
	{ name: 'decision', url: DECISION },
	{ name: 'source-001', url: '/sources/001_86fc04a350121958' }
] as const;

const SIZES = [
	{ width: 1280, height: 900 },
	{ width: 360, height: 780 }
] as const;

const dir = (): string => path.join(test.info().project.testDir, '..', 'screenshots');

for (const { width, height } of SIZES) {
	test.describe(`at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		for (const { name, url } of PAGES) {
			test(`${name}`, async ({ page }) => {
				await open(page, url);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				// The screenshot comes first, so that it shows what a failed check below is about.
				await page.screenshot({ path: path.join(dir(), `${name}-${width}.png`), fullPage: true });
				if (width <= 360) {
					const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
					expect(scrollWidth, `${url} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width + 1);
				}
			});
		}
	});
}

test('the link notice and an input error fit at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await open(
		page,
		`${DECISION}?valuation=${'x'.repeat(30)}&${'averyveryverylongunknownkeywithoutspaces'.repeat(3)}=1`
	);
	await expect(page.getByTestId('link-notice')).toBeVisible();
	const exact = page.locator('#param-valuation').getByRole('textbox');
	await exact.fill('99999999999999999999');
	await exact.press('Enter');
	await expect(page.locator('#error-valuation')).toContainText('is outside');
	await page.screenshot({ path: path.join(dir(), 'decision-notices-360.png'), fullPage: true });
	const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
	expect(scrollWidth, 'the decision page with notices scrolls sideways at 360 px').toBeLessThanOrEqual(361);
});

test('at 1024 px the results do not run under the assumptions panel', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, DECISION);
	await expect(page.getByRole('complementary', { name: 'Assumptions' })).toBeVisible();
	await page.screenshot({ path: path.join(dir(), 'decision-1024.png') });
	const overlaps = await page.evaluate(() => {
		const aside = document.querySelector('aside')?.getBoundingClientRect();
		if (!aside) return ['no assumptions panel'];
		return [...document.querySelectorAll('main section[aria-labelledby]')]
			.filter((el) => !el.closest('aside'))
			.map((el) => ({ id: el.getAttribute('aria-labelledby') ?? '', box: el.getBoundingClientRect() }))
			.filter(
				({ box }) =>
					box.right > aside.left + 1 &&
					box.left < aside.right &&
					box.top < aside.bottom &&
					box.bottom > aside.top
			)
			.map(
				({ id, box }) =>
					`${id}: right edge ${Math.round(box.right)} px, panel starts at ${Math.round(aside.left)} px`
			);
	});
	expect(overlaps, 'sections overlapping the assumptions panel').toEqual([]);
});

/** Every chart label that a reader cannot see whole: cut by its svg, or off the page. */
function cutLabels(page: Page): Promise<string[]> {
	return page.locator('main svg[role="img"]').evaluateAll((svgs) =>
		svgs.flatMap((svg) => {
			const own = svg.getBoundingClientRect();
			// A label may stick out of an svg that lets it (overflow: visible), but not off the page.
			const open = getComputedStyle(svg).overflow === 'visible';
			const box = open ? { left: 0, right: document.documentElement.clientWidth } : own;
			return [...svg.querySelectorAll('text')]
				.map((text) => ({ text: text.textContent ?? '', r: text.getBoundingClientRect() }))
				.filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
				.map(
					({ text, r }) =>
						`“${text}” spans ${Math.round(r.left)}–${Math.round(r.right)} px, visible ${Math.round(box.left)}–${Math.round(box.right)} px`
				);
		})
	);
}

for (const width of [1280, 360]) {
	test(`chart labels are not cut off at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await open(page, DECISION);
		// The breakdown, value over time, the difference across futures, the tornado and what would flip it.
		await expect(page.locator('main svg[role="img"]')).toHaveCount(5);
		expect(await cutLabels(page), 'chart labels cut off').toEqual([]);
		// Last mile's money runs to four digits ("USD 1,200 m"), and its cost curve has a log axis.
		await open(page, '/decisions/last-mile');
		await settled(page);
		expect(await cutLabels(page), 'last mile: chart labels cut off').toEqual([]);
	});
}

// Every decision's parts: some are short (last mile's), some run to sixty characters (cloud spin-off's).
for (const id of decisionIds()) {
	test(`${id}: on a phone (390 px) the breakdown’s labels read whole, as its data table names the parts`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, `/decisions/${id}`);
		await settled(page);
		const parts = page.locator('section[aria-labelledby="parts-h"]');
		const drawn = await parts.locator('svg text.label').allTextContents();
		await parts.locator('details.data-table summary').click();
		await expect(parts.locator('details.data-table table')).toBeVisible();
		const named = await parts.locator('table th[scope="row"]').allTextContents();
		expect(drawn.slice(0, -1), 'the parts as drawn').toEqual(named);
		expect(drawn.at(-1), 'the total').toMatch(/^Lead of /);
		const shortened = (await page.locator('main svg[role="img"] text').allTextContents()).filter((t) =>
			t.includes('…')
		);
		expect(shortened, 'chart labels shortened').toEqual([]);
	});
}

test('chart labels are not cut off on a projector, where presenter mode draws charts larger', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	for (const step of ['outcome', 'flip']) {
		await open(page, `/decisions/last-mile/present/${step}`);
		await settled(page);
		expect(await cutLabels(page), `presenter ${step}: chart labels cut off`).toEqual([]);
	}
});
