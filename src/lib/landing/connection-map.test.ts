import { describe, expect, it } from 'vitest';
import type { Connection } from '$lib/decisions/shared-assumptions';
import { layoutMap, MAP, type MapShelf } from './connection-map';

const shelves: MapShelf[] = [
	{
		label: 'A',
		items: [
			{ id: 'a1', title: 'A one' },
			{ id: 'a2', title: 'A two' }
		]
	},
	{
		label: 'B',
		items: [
			{ id: 'b1', title: 'B one' },
			{ id: 'b2', title: 'B two' },
			{ id: 'b3', title: 'B three' }
		]
	}
];
const use = (decision: string) => ({ decision, param: 'p', as: 'carries it' });
const conn = (assumption: string, ...ids: string[]): Connection =>
	({ assumption, label: assumption, says: '', uses: ids.map(use) }) as unknown as Connection;

describe('the connection map', () => {
	it('puts decisions in shelf order, a row apart within a shelf and further apart between shelves', () => {
		const m = layoutMap(shelves, []);
		const ys = m.decisions.map((d) => d.y);
		expect(m.decisions.map((d) => d.id)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
		expect(ys[1] - ys[0]).toBe(MAP.row);
		expect(ys[2] - ys[1]).toBeGreaterThan(MAP.row);
		expect(m.shelves.map((s) => s.label)).toEqual(['A', 'B']);
		expect(m.shelves[1].y).toBeGreaterThan(ys[1]);
		expect(m.shelves[1].y).toBeLessThan(ys[2]);
		expect(m.height).toBeGreaterThan(ys.at(-1)!);
	});

	it('draws one curve per declared use, from the decision’s row to its assumption’s', () => {
		const m = layoutMap(shelves, [conn('x', 'a1', 'b3'), conn('y', 'a2', 'b1')]);
		expect(m.links).toHaveLength(4);
		for (const l of m.links) {
			const d = m.decisions.find((x) => x.id === l.decision)!;
			const a = m.assumptions.find((x) => x.id === l.assumption)!;
			expect(l.d.startsWith(`M${d.x + 8},${d.y} `)).toBe(true);
			expect(l.d.endsWith(` ${a.x - 8},${a.y}`)).toBe(true);
		}
	});

	it('places each assumption near its decisions, in their order, never two on one row', () => {
		const m = layoutMap(shelves, [
			conn('low', 'b2', 'b3'),
			conn('high', 'a1', 'a2'),
			conn('mid', 'a2', 'b1')
		]);
		expect(m.assumptions.map((a) => a.id)).toEqual(['high', 'mid', 'low']);
		const ys = m.assumptions.map((a) => a.y);
		for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(MAP.row);
		for (const y of ys) expect(y).toBeLessThanOrEqual(m.height);
	});

	it('keeps the assumptions inside the map when many crowd its bottom', () => {
		const many = Array.from({ length: 6 }, (_, i) => conn(`c${i}`, 'b3', 'b2'));
		const m = layoutMap(shelves, many);
		const ys = m.assumptions.map((a) => a.y);
		expect(Math.max(...ys)).toBeLessThanOrEqual(m.height - MAP.row / 2);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(MAP.top);
	});

	it('leaves room on the left for the longest title', () => {
		const long = 'x'.repeat(80);
		const m = layoutMap([{ label: 'A', items: [{ id: 'a', title: long }] }], []);
		expect(m.decisions[0].x).toBeGreaterThanOrEqual(80 * MAP.charWidth);
		expect(layoutMap(shelves, []).decisions[0].x).toBe(MAP.minLeft);
	});

	it('keeps a colour per connection, whatever the order they are drawn in', () => {
		const m = layoutMap(shelves, [conn('low', 'b2', 'b3'), conn('high', 'a1', 'a2')]);
		expect(m.assumptions.find((a) => a.id === 'low')!.colour).toBe(0);
		expect(m.links.filter((l) => l.assumption === 'high').every((l) => l.colour === 1)).toBe(true);
	});
});
