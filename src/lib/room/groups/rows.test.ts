import { describe, expect, it } from 'vitest';
import { getCompiled } from '$lib/decisions/testing';
import { evaluator, verdict } from '$lib/engine/analysis';
import { withDefaults } from '$lib/engine/compiled-model';
import { encodeScenario } from '$lib/state/url';
import type { GroupView } from '../protocol';
import { groupRows } from './rows';
import { roomScenario } from './room-query';

const cm = getCompiled('cainiao-ownership')!;
const room = roomScenario(
	cm.def,
	encodeScenario(cm.def, { values: { valuation: 14 }, samples: 2000, seed: 3 })
);
const group = (over: Partial<GroupView>): GroupView => ({
	id: 1,
	name: 'Group 1',
	prompt: 'rate',
	param: 'rate',
	value: null,
	updatedAt: null,
	...over
});

describe('groupRows', () => {
	it('says a group that has not moved as such, with no verdict', () => {
		const [r] = groupRows(cm, room, [group({ token: 'abc' })], { origin: 'https://x.org', code: 'ABC234' });
		expect(r.prompt).toMatch(/^Raise the discount rate/);
		expect(r.param).toBe(cm.params.get('rate')!.label);
		expect(r.link).toBe('https://x.org/r/ABC234/g/abc');
		expect(r.value).toBe('not moved yet');
		expect(r.lead).toBeNull();
		expect(r.run).toBeNull();
		expect(r.flip).toBeNull();
	});

	it('runs the verdict at the group’s value with the room’s other values, and words it', () => {
		const [low, high] = groupRows(
			cm,
			room,
			[group({ value: 0.06, breakEven: 0.09 }), group({ id: 2, value: 0.16, breakEven: null })],
			{ origin: '', code: 'ABC234' }
		);
		for (const [row, rate] of [
			[low, 0.06],
			[high, 0.16]
		] as const) {
			const v = verdict(cm, evaluator(cm)(withDefaults(cm.def, { valuation: 14, rate })));
			expect(row.run!.verdict.best).toBe(v.best);
			expect(row.run!.verdict.margin).toBeCloseTo(v.margin, 9);
			expect(row.run!.request.settings).toMatchObject({ samples: 2000, seed: 3 });
			const leader = cm.def.options.find((o) => o.id === v.best)!.label;
			expect(row.lead).toMatch(new RegExp(`^${leader.replace(/[()]/g, '\\$&')} leads by USD\u00a0`));
		}
		expect(low.value).toBe('6\u00a0%');
		expect(low.flip).toBe('flips at 9\u00a0%');
		expect(high.flip).toBe('does not flip in range');
		expect(low.link).toBeNull();
	});
});
