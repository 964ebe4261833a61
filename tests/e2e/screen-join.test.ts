/**
 * The projector's first step, for every decision: the slide and the join panel beside it (a QR code of
 * the room's link) fit a 1920 × 1080, a 1280 × 720 and a 4:3 1024 × 768 projector, with nothing past the
 * screen's edges (the projector's page clips what does not fit, so nothing would scroll into view).
 */
import { expect, test } from '@playwright/test';
import { loadDecisions } from '../decisions';
import { openRoom, pairProjector, pastEdges, person, PROJECTOR } from './room-helpers';

const IDS = (await loadDecisions()).map((d) => d.meta.id);
const SIZES = [PROJECTOR, { width: 1280, height: 720 }, { width: 1024, height: 768 }];

for (const id of IDS) {
	test(`${id}: the first step and the way in fit every projector`, async ({ browser }) => {
		test.setTimeout(90_000);
		const host = await person(browser, { width: 1280, height: 900 });
		const code = await openRoom(host.page, '', id);
		const screen = await person(browser, PROJECTOR);
		await pairProjector(host.page, screen.page, code);
		const join = screen.page.getByTestId('screen-join');
		await expect(join.getByRole('img', { name: new RegExp(`/r/${code}$`) })).toBeVisible();
		await expect(screen.page.locator('.slide')).toBeVisible({ timeout: 30_000 });
		for (const size of SIZES) {
			await screen.page.setViewportSize(size);
			await expect(join).toBeInViewport({ ratio: 1 });
			// The slide fits its type once the screen's size settles.
			await screen.page.waitForTimeout(300);
			expect(await pastEdges(screen.page, '.screen'), `${size.width} × ${size.height}`).toEqual([]);
		}
		for (const p of [host, screen]) expect(p.errors).toEqual([]);
	});
}
