/**
 * A decision page's long texts (each source's quote, note and reason, the teaching context, the
 * parameters' and options' descriptions) are in the
 * server's HTML, and hydration keeps them there (ui/server-text): no script a first visit loads carries
 * them (decisions/built-page.ts). Where the browser renders the page itself (opened by a link inside the
 * app), or opens the explanation panel, it loads them.
 */
import { expect, test, type Page } from '@playwright/test';
import { isAssumption, type ModelDef } from '../../src/lib/engine/types';
import { loadDecision } from '../decisions';
import { open, settled, watch } from './helpers';

const ID = 'cloud-spinoff';

/** Whitespace as a page shows it. */
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every text of the model that only its source lists, teaching context and descriptions show. */
function longTexts(def: ModelDef): string[] {
	const sources = [
		...def.params.flatMap((p) => p.sources),
		...(def.teach?.context ?? []).flatMap((c) => c.sources)
	];
	return [
		...sources.map((s) => (isAssumption(s) ? s.assumption : s.quote)),
		...(def.teach?.context ?? []).map((c) => c.text),
		...def.params.flatMap((p) => (p.description ? [p.description] : [])),
		...def.options.map((o) => o.description)
	].map(plain);
}

/** Opens every closed <details> at once, as a reader opening each would. */
async function openEveryDetails(page: Page): Promise<void> {
	await page.locator('details:not([open])').evaluateAll((all) => {
		for (const d of all) (d as HTMLDetailsElement).open = true;
	});
}

/** The text of every source list and teaching note on the page. */
const shownTexts = (page: Page) =>
	page
		.locator('.sources blockquote, .sources .assumption, .context-item > p, .param .desc, .options .about')
		.evaluateAll((all) => all.map((e) => e.textContent ?? ''));

test('the server’s texts stay through hydration, and no script the page loads carries them', async ({
	page
}) => {
	// It waits for the page to settle, then reads every source list: slow on a loaded machine.
	test.slow();
	const { def } = await loadDecision(ID);
	const texts = longTexts(def);
	const scripts: Promise<string>[] = [];
	page.on('response', (r) => {
		if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r.text().catch(() => ''));
	});
	const { errors } = watch(page);
	await open(page, `/decisions/${ID}`);
	await expect(page.locator('article[data-simulation="settled"]')).toBeAttached({ timeout: 30_000 });
	await openEveryDetails(page);
	const shown = (await shownTexts(page)).map(plain).join('\n');
	for (const t of texts) expect(shown, 'a text of the model that the page no longer shows').toContain(t);

	// Long texts are written into a script whole, or with their quotes escaped: a stretch of words is enough.
	const words = (t: string) => /[A-Za-z][A-Za-z ,]{24,}/.exec(t)?.[0];
	const bodies = await Promise.all(scripts);
	expect(bodies.length).toBeGreaterThan(0);
	for (const stretch of texts.map(words).filter((w) => w !== undefined))
		expect(
			bodies.filter((b) => b.includes(stretch)),
			`a script the page loaded holds “${stretch}”`
		).toHaveLength(0);
	expect(errors).toEqual([]);
});

test('a page the browser renders itself loads its texts when they are first shown', async ({ page }) => {
	const { def } = await loadDecision(ID);
	const { errors } = watch(page);
	await open(page, `/decisions/${ID}/guide`);
	// A link inside the app: the browser renders the decision page, with no server HTML to keep.
	await page.getByRole('link', { name: 'Open the decision' }).click();
	await expect(page).toHaveURL(new RegExp(`/decisions/${ID}$`));
	const param = def.params.find((p) => p.sources.some((s) => !isAssumption(s)))!;
	const quote = param.sources.find((s) => !isAssumption(s))!;
	// Descriptions are not in a closed list: the browser loads them as it renders the page. They arrive
	// above the summary clicked next, as does the simulation's verdict: both come first.
	await expect(page.locator(`#param-${param.id} .desc`)).toHaveText(plain(param.description!));
	await settled(page);
	const sources = page.locator(`#param-${param.id} details`);
	await sources.locator('summary').click();
	await expect(sources.locator('blockquote').first()).toHaveText(plain('quote' in quote ? quote.quote : ''));
	await expect(page.locator('.options .about').first()).toHaveText(plain(def.options[0].description));

	const header = page.locator('details.context');
	await header.locator('summary').click();
	await expect(header.locator('.context-item > p').first()).toHaveText(plain(def.teach!.context[0].text));
	expect(errors).toEqual([]);
});

test('the explanation panel lists the sources of what a formula reads', async ({ page }) => {
	const { def } = await loadDecision(ID);
	await open(page, `/decisions/${ID}`);
	const output = def.decide.by;
	await page
		.locator('#formulas-h')
		.locator('xpath=..')
		.getByRole('button', { name: `Explain ${def.outputs[output].label}`, exact: true })
		.first()
		.click();
	const panel = page.locator('section.explain');
	await expect(panel).toBeVisible();
	await openEveryDetails(page);
	const quotes = (await panel.locator('.sources blockquote, .sources .assumption').allTextContents()).map(
		plain
	);
	expect(quotes.length).toBeGreaterThan(0);
	const all = longTexts(def).join('\n');
	for (const q of quotes) expect(all).toContain(q.replace(/^Assumption: /, ''));
});
