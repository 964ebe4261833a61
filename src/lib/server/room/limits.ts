/**
 * Per-address rate limits: a token bucket for each (kind, address), refilled continuously. In memory, per
 * instance: behind a load balancer each instance limits what reaches it, which bounds a flood by the number
 * of instances; a shared limit would need the store on every request.
 */
export interface Limit {
	/** Requests allowed at once. */
	burst: number;
	/** Requests per second, sustained. */
	rate: number;
}

/**
 * Budgets per kind of request and address. A conference hall's phones often share one public address (the
 * venue's NAT), so joins, answers and streams allow a thousand at once (a room joining, answering within
 * seconds, or reconnecting after a restart); what a guesser needs, a room code or a key that matches
 * nothing, gets twenty and then one every six seconds.
 */
export const LIMITS = {
	open: { burst: 10, rate: 10 / 60 },
	join: { burst: 2000, rate: 50 },
	answer: { burst: 3000, rate: 100 },
	host: { burst: 120, rate: 10 },
	read: { burst: 3000, rate: 100 },
	/**
	 * Per group link (keyed by its token, not an address): every phone holding it moves one slider, and the
	 * page sends as the slider settles, so a group that sends faster than this is a script, not a slider.
	 */
	group: { burst: 60, rate: 10 },
	/** Codes or keys that matched nothing: what guessing costs. */
	miss: { burst: 20, rate: 1 / 6 }
} satisfies Record<string, Limit>;
export type LimitKind = keyof typeof LIMITS;

/**
 * The budgets multiplied by `scale` (ROOM_RATE_SCALE): a load test on loopback is a whole conference on
 * one address, opening rooms faster than any one facilitator would. Anything but a positive number keeps them.
 */
export function scaledLimits(scale: string | undefined): Record<LimitKind, Limit> {
	const k = Number(scale);
	if (!scale || !Number.isFinite(k) || k <= 0) return LIMITS;
	return Object.fromEntries(
		Object.entries(LIMITS).map(([kind, l]) => [kind, { burst: l.burst * k, rate: l.rate * k }])
	) as Record<LimitKind, Limit>;
}

export class RateLimiter {
	private buckets = new Map<string, { tokens: number; at: number }>();

	constructor(
		private limits: Record<string, Limit> = LIMITS,
		private now: () => number = Date.now
	) {}

	/** Seconds to wait before the request is allowed, or 0 when it is (and was counted). */
	take(kind: string, address: string): number {
		const limit = this.limits[kind];
		const key = `${kind} ${address}`;
		const t = this.now();
		const b = this.buckets.get(key) ?? { tokens: limit.burst, at: t };
		b.tokens = Math.min(limit.burst, b.tokens + ((t - b.at) / 1000) * limit.rate);
		b.at = t;
		this.buckets.set(key, b);
		if (this.buckets.size > 100_000) this.prune();
		if (b.tokens >= 1) {
			b.tokens -= 1;
			return 0;
		}
		return Math.ceil((1 - b.tokens) / limit.rate);
	}

	/** Whether a request of this kind would be allowed now, without counting it. */
	peek(kind: string, address: string): number {
		const limit = this.limits[kind];
		const b = this.buckets.get(`${kind} ${address}`);
		if (!b) return 0;
		const tokens = Math.min(limit.burst, b.tokens + ((this.now() - b.at) / 1000) * limit.rate);
		return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / limit.rate);
	}

	/** Forgets buckets that have refilled: they hold nothing a fresh one would not. */
	private prune(): void {
		const t = this.now();
		for (const [key, b] of this.buckets) {
			const limit = this.limits[key.slice(0, key.indexOf(' '))];
			if (b.tokens + ((t - b.at) / 1000) * limit.rate >= limit.burst) this.buckets.delete(key);
		}
	}
}
