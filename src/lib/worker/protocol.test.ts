import { describe, expect, it } from 'vitest';
import { plainRequest, requestKey, type UncertaintyRequest } from './protocol';

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

describe('plainRequest', () => {
	it('copies a request read from state proxies into objects postMessage can clone, equal to it', () => {
		const table = Array.from({ length: 41 }, (_, k) => k / 400);
		// Proxies, as Svelte's $state makes: structuredClone (and so postMessage) refuses them.
		const request: UncertaintyRequest = {
			modelId: 'cainiao-ownership',
			values: new Proxy({ growth: 0.12, rate: 0.1 }, {}),
			best: 'own',
			runnerUp: 'ipo',
			settings: new Proxy(
				{ samples: 10000, seed: 1, beliefs: new Proxy({ growth: new Proxy(table, {}) }, {}) },
				{}
			)
		};
		expect(() => structuredClone(request)).toThrow();
		const plain = plainRequest(request);
		expect(structuredClone(plain)).toEqual(request);
		expect(requestKey(plain)).toBe(requestKey(request));
		const { beliefs: _, ...bare } = request.settings;
		expect(plainRequest({ ...request, settings: bare }).settings).toEqual({ samples: 10000, seed: 1 });
	});
});
