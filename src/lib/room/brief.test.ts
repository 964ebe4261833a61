import { describe, expect, it } from 'vitest';
import { getGuide, getModel } from '$lib/decisions/testing';
import { presentSteps } from '$lib/present/steps';
import { roomBrief } from './brief';

describe('roomBrief', () => {
	const def = getModel('cainiao-ownership')!;
	const guide = getGuide('cainiao-ownership');
	const brief = roomBrief(def, guide);

	it('carries the running order, the options and every parameter with its range and sources', () => {
		expect(brief.steps.map((s) => s.id)).toEqual(presentSteps(guide).map((s) => s.id));
		expect(brief.options.map((o) => o.id)).toEqual(def.options.map((o) => o.id));
		const rate = brief.params.find((p) => p.id === 'rate')!;
		expect(rate.range).toBe('6\u00a0% to 16\u00a0%');
		expect(rate.sources.length).toBe(def.params.find((p) => p.id === 'rate')!.sources.length);
		expect(rate.sources.every((s) => s.title && s.text)).toBe(true);
	});

	it('holds back the passages that tell what Alibaba chose, and counts them', () => {
		const valuation = brief.params.find((p) => p.id === 'valuation')!;
		const text = JSON.stringify(valuation);
		expect(text).not.toContain('repurchase offer');
		expect(text).not.toContain('scraps planned IPO');
		expect(valuation.held).toBe(
			def.params.find((p) => p.id === 'valuation')!.sources.filter((s) => 'after' in s).length
		);
		expect(valuation.held).toBeGreaterThan(0);
		const rate = brief.params.find((p) => p.id === 'rate')!;
		expect(rate.held).toBe(0);
	});

	it('holds nothing of the guide’s answers or notes (the session’s answer key)', () => {
		const text = JSON.stringify(brief);
		for (const a of Object.values(guide!.answers)) expect(text).not.toContain(a.text.slice(0, 40));
		for (const s of guide!.runningOrder) expect(text).not.toContain(s.what.slice(0, 40));
	});
});
