import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { getGuide, getModel, models } from '$lib/decisions/testing';
import { presentSteps } from '$lib/present/steps';
import type { ModelDef } from '$lib/engine/types';
import { GroupSpec, MAX_GROUPS } from '../protocol';
import { DEFAULT_GROUPS, groupApiPath, groupCount, groupLink, groupPrompts, groupSpecs } from './specs';

const def = getModel('cainiao-ownership')!;
const steps = presentSteps(getGuide('cainiao-ownership'));

describe('groupPrompts', () => {
	it('takes the group-work step’s prompts in its order, each with its assumption', () => {
		expect(groupPrompts(def, steps).map((p) => [p.id, p.param])).toEqual([
			['benefit', 'uplift'],
			['valuation', 'valuation'],
			['minority', 'capture'],
			['rate', 'rate']
		]);
	});

	it('leaves out prompts without an assumption or naming none of the model’s, and steps without prompts', () => {
		const teach = {
			context: [],
			prompts: [
				{ id: 'a', text: 'A?', param: 'rate' },
				{ id: 'b', text: 'B?' },
				{ id: 'c', text: 'C?', param: 'nothing' }
			]
		};
		const m: ModelDef = { ...def, teach };
		const s = [{ id: 'groups', title: 'Groups', slide: 'groups' as const, prompts: ['c', 'b', 'a', 'zz'] }];
		expect(groupPrompts(m, s)).toEqual([{ id: 'a', text: 'A?', param: 'rate' }]);
		expect(groupPrompts(m, presentSteps(undefined))).toEqual([]);
	});
});

describe('groupCount', () => {
	it('keeps the count whole and within 1 … MAX_GROUPS', () => {
		expect(groupCount(5)).toBe(5);
		expect(groupCount(0)).toBe(1);
		expect(groupCount(-3)).toBe(1);
		expect(groupCount(99)).toBe(MAX_GROUPS);
		expect(groupCount(3.6)).toBe(4);
		expect(groupCount(NaN)).toBe(DEFAULT_GROUPS);
	});
});

describe('groupSpecs', () => {
	const prompts = groupPrompts(def, steps);

	it('cycles the prompts over the groups, names them in order and asks each break-even once', () => {
		const asked: string[] = [];
		const specs = groupSpecs(prompts, 6, (p) => {
			asked.push(p);
			return p === 'rate' ? null : 1;
		});
		expect(specs.map((s) => s.name)).toEqual([
			'Group 1',
			'Group 2',
			'Group 3',
			'Group 4',
			'Group 5',
			'Group 6'
		]);
		expect(specs.map((s) => s.prompt)).toEqual([
			'benefit',
			'valuation',
			'minority',
			'rate',
			'benefit',
			'valuation'
		]);
		expect(specs.map((s) => s.param)).toEqual([
			'uplift',
			'valuation',
			'capture',
			'rate',
			'uplift',
			'valuation'
		]);
		expect(specs[3].breakEven).toBeNull();
		expect(asked).toEqual(['uplift', 'valuation', 'capture', 'rate']);
		for (const s of specs) expect(v.safeParse(GroupSpec, s).success).toBe(true);
	});

	it('makes groups the room accepts for every decision’s group work', () => {
		// The console sends these as they are; a prompt id the room's schema refuses is group work that
		// cannot start (two decisions' camel-case prompt ids were refused, until the schema took them).
		for (const m of models) {
			const prompts = groupPrompts(m, presentSteps(getGuide(m.id)));
			for (const s of prompts.length ? groupSpecs(prompts, MAX_GROUPS, () => null) : [])
				expect(v.safeParse(GroupSpec, s).issues, `${m.id}: ${s.prompt}`).toBeUndefined();
		}
	});

	it('sends a break-even that is not a number as none, and refuses to make groups without prompts', () => {
		expect(groupSpecs(prompts, 1, () => NaN)[0].breakEven).toBeNull();
		expect(() => groupSpecs([], 5, () => 1)).toThrow(/no prompt/);
		expect(groupSpecs(prompts, 40, () => 1)).toHaveLength(MAX_GROUPS);
	});
});

describe('links', () => {
	it('puts the token in the group’s address and API path, escaped', () => {
		expect(groupLink('https://lab.example.org', 'ABC234', 'tok_1-x')).toBe(
			'https://lab.example.org/r/ABC234/g/tok_1-x'
		);
		expect(groupApiPath('ABC234', 'a/b')).toBe('/api/rooms/ABC234/groups/a%2Fb');
	});
});
