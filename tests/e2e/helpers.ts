import { expect, type Locator, type Page } from '@playwright/test';
import { isTossUp, LIKELIHOOD_SCALE } from '../../src/lib/ui/likelihood';

export const DECISION = '/decisions/cainiao-ownership';

const TERMS = LIKELIHOOD_SCALE.filter((b) => !isTossUp(b.from))
	.map((b) => b.term)
	.join('|');

/**
 * The verdict's first sentence once its chance is known (likelihood.ts): a toss-up, or the best option
 * "is likely to stay ahead" in one of the scale's words, with the share of simulated futures, or the option
 * the simulation favours named first when the one ahead at these values trails in most futures.
 */
export const LIKELIHOOD_HEADLINE = new RegExp(
	`^(A toss-up: .+ at these values, but stays ahead in only \\d+\\s% of simulated futures|` +
		`.+ is (${TERMS}) to stay ahead of .+: (worth|costing) .+ at these values, it leads in \\d+\\s% of simulated futures|` +
		`.+ is (${TERMS}) to come out ahead of .+: it leads in \\d+\\s% of simulated futures, though .+ is (worth|costing) .+ at these values)\\.$`
);

/**
 * Opens a page and waits until Svelte has hydrated it (the root layout sets html[data-hydrated] on
 * mount). Before that, a key press changes an input but not the app's state.
 */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	// A page that ships no JavaScript (the landing page) has nothing to hydrate.
	if ((await page.locator('script').count()) > 0) await hydrated(page);
}

export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
}

/** Collects console errors, uncaught exceptions and dialogs (alert/confirm/prompt) of a page. */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { errors, dialogs };
}

/** True when the element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => el === document.activeElement);
}

/** Presses Tab until `target` has the focus; fails after `max` presses. Returns the number of presses. */
export async function tabTo(page: Page, target: Locator, max = 100): Promise<number> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		if (await isFocused(target)) return i;
	}
	throw new Error(`Tab did not reach ${target} within ${max} presses`);
}

/** The current value of one query parameter of the page's URL (null when absent). */
export function queryParam(page: Page, key: string): string | null {
	return new URL(page.url()).searchParams.get(key);
}

/** Collapses runs of whitespace, as a reader sees text. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Waits until the page shows the simulation of its current values: the Monte Carlo runs in a worker
 * and arrives after the deterministic answer.
 */
export async function settled(page: Page): Promise<void> {
	await expect(page.locator('article[data-simulation="settled"]')).toBeAttached();
}
