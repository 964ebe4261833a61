/**
 * The room guide of each decision, as a facilitator opens, reads and prints it. The break-even values the
 * page shows are checked against the engine, run here in the test on the same model.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { compileModel } from '../../src/lib/engine/model';
import { GuideFigures } from '../../src/lib/guides/figures';
import { reveal } from '../../src/lib/guides/reveal';
import { verdictHeadline } from '../../src/lib/ui/describe';
import { formatValue } from '../../src/lib/ui/format';
import { loadDecisions } from '../decisions';
import { formatUsable } from '../../src/lib/ui/precision';
import { isFocused, normalise, open, tabTo, watch } from './helpers';

const decisions = (await loadDecisions()).filter((d) => d.guide !== undefined);

const guideUrl = (id: string) => `/decisions/${id}/guide`;
/** Text as a reader sees it: no-break spaces read as spaces. */
const text = (s: string | null) => normalise((s ?? '').replace(/\u00a0/g, ' '));

async function expectNoViolations(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)
	).toEqual([]);
}

for (const { def: model, guide: roomGuide } of decisions) {
	const id = model.id;
	const guide = roomGuide!;
	const cm = compileModel(model);

	test.describe(`the room guide for ${id}`, () => {
		test('shows the goals, a 45-minute running order and every prompt with its answer', async ({ page }) => {
			const { errors } = watch(page);
			await open(page, guideUrl(id));
			const figures = new GuideFigures(cm);

			await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.title);
			await expect(page.getByTestId('verdict')).toContainText(verdictHeadline(model, figures.simulation()!));

			const goals = page.getByTestId('goals').locator('li');
			await expect(goals).toHaveCount(guide.goals.length);
			expect(guide.goals.length).toBeGreaterThanOrEqual(3);
			await expect(goals.first()).toHaveText(guide.goals[0]);

			const minutes = await page
				.locator('.running-order data')
				.evaluateAll((els) => els.map((el) => Number(el.getAttribute('value'))));
			expect(minutes).toHaveLength(guide.runningOrder.length);
			expect(minutes.reduce((a, b) => a + b, 0)).toBe(45);
			await expect(page.getByTestId('running-total')).toHaveText('Total: 45 minutes');
			// Every segment is a presenter step, under its stable id.
			for (const s of guide.runningOrder) {
				const link = page.locator(`.running-order a[href="/decisions/${id}/present/${s.id}"]`);
				await expect(link, s.id).toHaveCount(1);
			}

			const prompts = model.teach!.prompts;
			const items = page.getByTestId('prompt');
			await expect(items).toHaveCount(prompts.length);
			for (const [i, prompt] of prompts.entries()) {
				const item = items.nth(i);
				await expect(item.getByRole('heading', { level: 3 })).toHaveText(prompt.text);
				const answer = text(await item.getByTestId('answer').textContent());
				expect(answer.length, `answer ${i + 1}`).toBeGreaterThan(150);
				expect(answer).not.toContain('not available');
				// The answer's figures are the engine's, filled in as the page rendered.
				const expected = figures
					.render(guide.answers[prompt.id].text)
					.map((p) => p.text)
					.join('');
				expect(answer).toBe(text(expected));
			}

			await expect(page.getByRole('link', { name: 'Open the decision' })).toHaveAttribute(
				'href',
				`/decisions/${id}`
			);
			await expect(page.getByRole('link', { name: 'Start presenter mode' })).toHaveAttribute(
				'href',
				`/decisions/${id}/present/question`
			);
			expect(errors).toEqual([]);
		});

		test('keeps the break-even values folded until asked, and they are the engine’s', async ({ page }) => {
			await open(page, guideUrl(id));
			const details = page.getByTestId('reveal');
			const table = page.getByTestId('flips');
			await expect(table).toBeHidden();
			await details.locator('summary').click();
			await expect(table).toBeVisible();

			const figures = new GuideFigures(cm);
			const { flipping, steady } = reveal(figures);
			const report = figures.report()!;
			await expect(table.locator('tbody tr')).toHaveCount(flipping.length);
			for (const row of flipping) {
				const tr = table.locator(`tr[data-param="${row.param.id}"]`);
				await expect(tr.locator('th')).toHaveText(row.param.label);
				const shown = await tr
					.locator('td.at data')
					.evaluateAll((els) => els.map((el) => [Number(el.getAttribute('value')), el.textContent ?? '']));
				// The browser's and Node's engines agree to the last digits of a double, not always to the last bit.
				expect(shown.map(([, t]) => t)).toEqual(
					row.switches.map((s) => formatUsable(s.at, row.param.unit, row.param.step))
				);
				shown.forEach(([v], k) => expect(Number(v)).toBeCloseTo(row.switches[k].at, 9));
				await expect(tr.locator('td.now')).toHaveText(
					formatValue(report.values[row.param.id], row.param.unit, row.param.step)
				);
				expect(text(await tr.locator('td.sides').textContent())).toBe(text(row.summary));
			}
			// Every value at which the engine's break-even search finds the leader and the runner-up crossing.
			for (const be of report.breakEvens.filter((b) => b.value !== null)) {
				const values = await table
					.locator(`tr[data-param="${be.paramId}"] td.at data`)
					.evaluateAll((els) => els.map((el) => Number(el.getAttribute('value'))));
				expect(
					values.some((v) => Math.abs(v - be.value!) < 1e-9 * Math.max(1, Math.abs(v))),
					be.paramId
				).toBe(true);
			}
			const steadyItems = page.getByTestId('steady').locator('li');
			await expect(steadyItems).toHaveCount(steady.length);
			for (const row of steady)
				await expect(page.locator(`.steady li[data-param="${row.param.id}"]`)).toHaveCount(1);
		});

		test('has no accessibility violations, folded or open', async ({ page }) => {
			await open(page, guideUrl(id));
			await expectNoViolations(page);
			await page.getByTestId('reveal').locator('summary').click();
			await expectNoViolations(page);
		});

		test('prints on A4 without the site’s navigation, with the break-even values on a page of their own', async ({
			page
		}) => {
			const { errors } = watch(page);
			await open(page, guideUrl(id));
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
			await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Folded on screen, open on paper.
			await expect(page.getByTestId('reveal')).not.toHaveAttribute('open');
			await expect(page.getByTestId('flips')).toBeVisible();
			await expect(page.getByTestId('reveal').locator('summary')).toBeHidden();
			const section = page.locator('section.reveal');
			expect(await section.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
			// Nothing runs off the paper's edge.
			const width = await page.evaluate(() => document.documentElement.clientWidth);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

			const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
			const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			expect(pages).toBeGreaterThanOrEqual(2);
			expect(pages).toBeLessThanOrEqual(6);
			// Printing opened the fold for the paper and closed it again after.
			await expect(page.getByTestId('reveal')).not.toHaveAttribute('open');
			expect(errors).toEqual([]);
		});
	});
}

test.describe('the room guide on a phone and from the keyboard', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	// One test per decision: thirteen guides in one test outgrew its time limit on a loaded machine.
	for (const { def: model } of decisions) {
		test(`${model.id}: fits a 360 px screen with the break-even values open`, async ({ page }) => {
			await open(page, guideUrl(model.id));
			await page.getByTestId('reveal').locator('summary').click();
			await expect(page.getByTestId('flips')).toBeVisible();
			const [scroll, client] = await page.evaluate(() => [
				document.documentElement.scrollWidth,
				document.documentElement.clientWidth
			]);
			expect(scroll, model.id).toBeLessThanOrEqual(client);
		});
	}

	test('opens the break-even values and prints from the keyboard', async ({ page }) => {
		await open(page, guideUrl('last-mile'));
		await page.evaluate(() => {
			window.print = () => {
				document.documentElement.dataset.printed = 'yes';
			};
		});
		const print = page.getByRole('button', { name: 'Print this guide' });
		await tabTo(page, print);
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

		const summary = page.getByTestId('reveal').locator('summary');
		await tabTo(page, summary);
		expect(await isFocused(summary)).toBe(true);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('flips')).toBeVisible();
		await expect(page.locator('tr[data-param="pickupShare"] td.sides')).toContainText('Build pickup points');
	});
});

test('an unknown decision has no room guide', async ({ page }) => {
	const response = await page.goto(guideUrl('no-such-decision'));
	expect(response?.status()).toBe(404);
	await expect(page.getByText('There is no room guide for a decision called')).toBeVisible();
});
