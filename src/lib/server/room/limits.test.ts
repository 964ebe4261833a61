import { describe, expect, it } from 'vitest';
import { LIMITS, RateLimiter, scaledLimits } from './limits';

describe('rate limits', () => {
	it('scale every budget by ROOM_RATE_SCALE, and keep them for anything but a positive number', () => {
		expect(scaledLimits(undefined)).toBe(LIMITS);
		for (const bad of ['', '0', '-2', 'x', 'Infinity']) expect(scaledLimits(bad), bad).toBe(LIMITS);
		const ten = scaledLimits('10');
		expect(ten.open).toEqual({ burst: LIMITS.open.burst * 10, rate: LIMITS.open.rate * 10 });
		expect(ten.miss.burst).toBe(LIMITS.miss.burst * 10);
	});

	it('allow a burst, then one request per refill, and say how long to wait', () => {
		let now = 0;
		const limiter = new RateLimiter({ open: { burst: 2, rate: 1 } }, () => now);
		expect(limiter.take('open', 'a')).toBe(0);
		expect(limiter.take('open', 'a')).toBe(0);
		expect(limiter.take('open', 'a')).toBe(1);
		// Another address has its own budget.
		expect(limiter.take('open', 'b')).toBe(0);
		now = 1000;
		expect(limiter.take('open', 'a')).toBe(0);
		expect(limiter.take('open', 'a')).toBe(1);
	});
});
