import { describe, expect, it } from 'vitest';
import { requestKey, type UncertaintyRequest } from './protocol';

describe('requestKey', () => {
	const request: UncertaintyRequest = {
		modelId: 'cainiao-ownership',
		values: { growth: 0.12 },
		best: 'own',
		runnerUp: 'ipo',
		settings: { samples: 10000, seed: 1 }
	};
	const table = Array.from({ length: 41 }, (_, k) => k / 400);

	it('tells a run on a room’s belief from one on the sources, and one belief from another', () => {
		const withBelief = { ...request, settings: { ...request.settings, beliefs: { growth: table } } };
		expect(requestKey(withBelief)).not.toBe(requestKey(request));
		const other = {
			...request,
			settings: { ...request.settings, beliefs: { growth: table.map((x) => x + 0.01) } }
		};
		expect(requestKey(other)).not.toBe(requestKey(withBelief));
		expect(requestKey({ ...request, settings: { ...request.settings, beliefs: {} } })).toBe(
			requestKey(request)
		);
	});
});
