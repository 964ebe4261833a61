/**
 * Every slide fits a projector: each step of every decision, in presenter mode and on the live room's
 * projector, at 1920 × 1080 and at 1280 × 720, with nothing below the fold (the page does not scroll, the
 * slide's content stays in the slide, the charts and the pager are on screen) and no text smaller than a
 * 45th of the screen's height: 24 px at 1080 lines, 16 px at 720 (src/lib/present/fit.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { presentSteps } from '../../src/lib/present/steps';
import { HEIGHTS_PER_MIN_TEXT } from '../../src/lib/present/fit';
import { loadDecisions } from '../decisions';
import { expectNoViolations } from './axe';
import { open, settled, watch } from './helpers';
import { openRoom, pairProjector, person } from './room-helpers';

const all = await loadDecisions();
const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
];

interface Fit {
	/** The document's height and the viewport's. */
	scroll: number;
	viewport: number;
	/** How far the slide's content runs past the slide's own box, px. */
	spill: number;
	/** The lowest bottom edge of a chart, of the pager and of the screen's slide, px from the top. */
	lowest: { what: string; bottom: number }[];
	/** The smallest text shown, in px as drawn (a chart's zoom included), and where. */
	min: number;
	where: string;
	/** Chart labels cut by their chart's edge. */
	cut: string[];
}

/**
 * Runs in the page. Text counts when a person can see it: rendered, not transparent or hidden, on the
 * screen's width, not clipped away to a pixel as a screen-reader-only text is.
 */
function measure(): Fit {
	const clippedAway = (el: Element) => {
		for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
			const cs = getComputedStyle(e);
			if (cs.clipPath !== 'none' || (cs.clip && cs.clip !== 'auto')) {
				const r = e.getBoundingClientRect();
				if (r.width <= 1 || r.height <= 1) return true;
			}
		}
		return false;
	};
	let min = Infinity;
	let where = '';
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	while (walker.nextNode()) {
		const text = walker.currentNode;
		const el = text.parentElement;
		if (!el || !text.textContent?.trim()) continue;
		if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
		if (el.closest('noscript, script, style')) continue;
		const box = el.getBoundingClientRect();
		if (box.right <= 0 || box.left >= innerWidth || clippedAway(el)) continue;
		const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
		const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
		if (size < min) {
			min = size;
			where = `<${el.tagName.toLowerCase()} class="${el.className}">${text.textContent.trim().slice(0, 50)}`;
		}
	}
	const body = document.querySelector('.slide .body');
	const bottoms = [
		...[...document.querySelectorAll('.slide figure.chart svg')].map((e, i) => ({
			what: `chart ${i + 1}`,
			e
		})),
		...[...document.querySelectorAll('nav[aria-label="Previous and next step"], .screen-slide')].map((e) => ({
			what: e.tagName === 'NAV' ? 'pager' : 'slide',
			e
		}))
	].map(({ what, e }) => ({ what, bottom: e.getBoundingClientRect().bottom }));
	const cut = [...document.querySelectorAll('.slide svg[role="img"]')].flatMap((svg) => {
		const own = svg.getBoundingClientRect();
		return [...svg.querySelectorAll('text')]
			.map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
			.filter(({ r }) => r.left < own.left - 1 || r.right > own.right + 1)
			.map(({ text }) => text);
	});
	return {
		cut,
		scroll: document.scrollingElement!.scrollHeight,
		viewport: innerHeight,
		spill: body ? body.scrollHeight - body.clientHeight : 0,
		lowest: bottoms,
		min,
		where
	};
}

async function expectFits(page: Page, label: string, height: number) {
	const fit = await page.evaluate(measure);
	expect(fit.scroll, `${label}: the page scrolls`).toBeLessThanOrEqual(fit.viewport);
	expect(fit.spill, `${label}: the slide's content runs past the slide`).toBeLessThanOrEqual(1);
	for (const { what, bottom } of fit.lowest)
		expect(bottom, `${label}: the ${what} is below the fold`).toBeLessThanOrEqual(fit.viewport + 0.5);
	expect(fit.cut, `${label}: chart labels cut off`).toEqual([]);
	expect(fit.min, `${label}: text at ${fit.min} px: ${fit.where}`).toBeGreaterThanOrEqual(
		height / HEIGHTS_PER_MIN_TEXT - 0.01
	);
	return fit;
}

const shots = (): string => path.join(test.info().project.testDir, '..', 'screenshots');

for (const { def, guide } of all) {
	test(`${def.id}: every presenter step fits 1920 × 1080 and 1280 × 720, no text under a 45th of the height`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const { errors } = watch(page);
		const steps = presentSteps(guide);
		for (const size of SIZES) {
			await page.setViewportSize(size);
			for (const step of steps) {
				await open(page, `/decisions/${def.id}/present/${step.id}`);
				await settled(page);
				// A chart drawn at the height measured for it, a list trimmed to what fits: a frame after settling.
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				const label = `${def.id} ${step.id} at ${size.width} × ${size.height}`;
				const fit = await expectFits(page, label, size.height);
				if (step.slide === 'outcome' || step.slide === 'flip')
					expect(
						fit.lowest.some((b) => b.what.startsWith('chart')),
						`${label}: no chart`
					).toBe(true);
				if (def.id === 'cainiao-ownership')
					await page.screenshot({ path: path.join(shots(), `slide-${step.id}-${size.width}.png`) });
			}
		}
		expect(errors).toEqual([]);
	});
}

test('the projector shows each step’s slide, with none of the console’s mechanics, and it fits at both sizes', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page);
	const screen = await person(browser, SIZES[0]);
	await pairProjector(host.page, screen.page, code);
	const cainiao = all.find((d) => d.def.id === 'cainiao-ownership')!;
	const steps = presentSteps(cainiao.guide);
	for (const size of SIZES) {
		await screen.page.setViewportSize(size);
		for (const step of steps) {
			const button = host.page.getByRole('button', { name: `Show this step: ${step.title}` });
			if (await button.count()) await button.click();
			await expect(screen.page.getByTestId('screen-step')).toHaveText(step.title);
			const slide = screen.page.locator(`.screen-slide .slide[data-step="${step.id}"]`);
			await expect(slide).toBeVisible({ timeout: 30_000 });
			await expect(screen.page.locator('.screen-slide[data-simulation="settled"]')).toBeAttached({
				timeout: 30_000
			});
			await screen.page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const label = `projector ${step.id} at ${size.width} × ${size.height}`;
			await expectFits(screen.page, label, size.height);
			// The join line stays; nothing of the facilitator's is projected.
			await expect(screen.page.getByText(`with ${code}`)).toBeVisible();
			for (const mechanic of [/Controls/, /QR code/, /Leave presenter mode/, /Lock/])
				await expect(screen.page.getByRole('button', { name: mechanic })).toHaveCount(0);
			await expect(screen.page.getByRole('navigation', { name: 'Previous and next step' })).toHaveCount(0);
			await expect(screen.page.locator('a[href*="/guide"]')).toHaveCount(0);
			await screen.page.screenshot({ path: path.join(shots(), `projector-${step.id}-${size.width}.png`) });
		}
	}
	await expectNoViolations(screen.page);
	expect(screen.errors).toEqual([]);
	await host.page.context().close();
	await screen.page.context().close();
});
