/** What a big run's offer says it costs, and what a page without workers says when one is asked for. */
import { describe, expect, it } from 'vitest';
import { bigRunCost, costText } from './big-run-cost';
import { UncertaintyClient } from './uncertainty-client';
import type { UncertaintyRequest } from './protocol';

describe('the cost of a big run', () => {
	it('is the time of the last run scaled to the futures and shared by the workers, and the memory kept', () => {
		// 0.8 µs per future on one worker: a million on 3 workers take 1.25 × 0.8 s / 3.
		const c = bigRunCost(1_000_000, 3, 0.0008, 23);
		expect(c.seconds).toBeCloseTo((0.0008 * 1e6 * 1.25) / 3 / 1000, 12);
		expect(c.megabytes).toBe(184);
		expect(costText(c)).toBe('about 1\u00a0s on 3 workers, 184\u00a0MB');
		expect(costText(bigRunCost(1_000_000, 1, 0.004, 37))).toBe('about 5\u00a0s on 1 worker, 296\u00a0MB');
		expect(costText(bigRunCost(1_000_000, 2, null, 23))).toBe('a few seconds on 2 workers, 184\u00a0MB');
	});
});

describe('a big run where no worker can start', () => {
	it('is refused with a sentence, never run on the page’s thread', () => {
		const errors: string[] = [];
		let ran = 0;
		const client = new UncertaintyClient({
			onresult: () => {},
			onerror: (m) => errors.push(m),
			fallback: () => {
				ran++;
				throw new Error('not here');
			}
		});
		const request = { settings: { samples: 1_000_000, seed: 1 } } as UncertaintyRequest;
		client.request(request);
		expect(ran).toBe(0);
		expect(errors).toEqual([
			'This browser cannot start the workers that simulate more than 100,000 futures; choose 100,000 or fewer.'
		]);
		expect(client.busy).toBe(false);
	});
});
