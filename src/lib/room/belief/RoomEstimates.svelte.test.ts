import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { openDataTables } from '$lib/charts/redraws';
import { getModel } from '$lib/decisions/testing';
import RoomEstimates from './RoomEstimates.svelte';
import { summariseBelief, type RoomAnswer } from './summary';

const growth = getModel('cainiao-ownership')!.params.find((p) => p.id === 'growth')!;
const answers: RoomAnswer[] = [
	{ participant: 1, name: 'Mei', value: { best: 0.08, low: 0.05, high: 0.12 } },
	{ participant: 2, name: '<b>Bold</b>', value: { best: 0.1 } },
	{ participant: 3, value: { best: 0.15, low: 0.1, high: 0.2 } },
	{ participant: 4, value: { best: 0.09, low: 0.07, high: 0.11 } },
	{ participant: 5, name: 'Hidden', value: { best: 0.3, low: 0.25, high: 0.3 }, hidden: true }
];
const round = summariseBelief(growth, growth.default, 0.11, [answers]).rounds[0];

const props = (projector = false) => ({
	title: 'The room’s estimates of revenue growth',
	summary: '2 of 4 of you are above the value at which owning wins.',
	unit: growth.unit,
	step: growth.step,
	bounds: growth,
	answers: round.answers,
	table: round.table,
	source: growth.default,
	breakEven: { value: 0.11, label: 'Owning wins above' },
	projector
});

describe('RoomEstimates', () => {
	it('draws a dot per shown answer, a range line per fitted one, the pool, and both rules, without NaN', () => {
		render(RoomEstimates, props());
		const img = screen.getByRole('img', { name: /estimates of revenue growth.*2 of 4 of you/ });
		expect(img.querySelectorAll('circle.answer')).toHaveLength(4);
		expect(img.querySelectorAll('line.range')).toHaveLength(4);
		expect(img.querySelectorAll('line.range.implied')).toHaveLength(1);
		expect(img.querySelector('path.density')?.getAttribute('d')).toMatch(/^M/);
		expect(img.querySelectorAll('line.rule')).toHaveLength(2);
		const labels = [...img.querySelectorAll('text.rule-label')].map((t) => t.textContent);
		expect(labels).toEqual([
			`Source: ${Math.round(growth.default * 1000) / 10}\u00a0%`,
			'Owning wins above 11\u00a0%'
		]);
		for (const el of img.querySelectorAll('[d], [cx], [x1], [x]')) {
			for (const attr of ['d', 'cx', 'cy', 'x1', 'x2', 'y1', 'y2', 'x', 'y']) {
				expect(el.getAttribute(attr) ?? '').not.toMatch(/NaN|Infinity/);
			}
		}
	});

	it('puts overlapping ranges in different lanes', () => {
		render(RoomEstimates, props());
		const ys = [...screen.getByRole('img').querySelectorAll('circle.answer')].map((c) =>
			c.getAttribute('cy')
		);
		// Mei's range (5–12 %) overlaps every other one, so no one shares her lane.
		expect(ys.filter((y) => y === ys[0])).toHaveLength(1);
	});

	it('has a data table with every shown answer, names as text, and the pooled belief', async () => {
		render(RoomEstimates, props());
		await openDataTables();
		const rows = within(screen.getByRole('table')).getAllByRole('row');
		expect(rows).toHaveLength(1 + 4 + 1);
		expect(rows[2]).toHaveTextContent('<b>Bold</b>');
		expect(rows[2]).toHaveTextContent('no range given: the model’s own spread');
		expect(screen.getByRole('table').querySelector('b')).toBeNull();
		expect(rows[3]).toHaveTextContent('Participant 3');
		expect(rows[5]).toHaveTextContent(/The room, pooled.*\(median\)/);
		expect(screen.queryByText(/Hidden/)).toBeNull();
	});

	it('keeps the lanes’ height it is asked to, the density filling what few answers leave, and marks a key with many lanes crowded', () => {
		const heightOf = (n: number, keepLanes = 12) => {
			const { unmount } = render(RoomEstimates, {
				...props(true),
				answers: round.answers.slice(0, n),
				keepLanes
			});
			const svg = screen.getByRole('img');
			const out = {
				height: Number(svg.getAttribute('height')),
				lanes: new Set([...svg.querySelectorAll('circle.answer')].map((c) => c.getAttribute('cy'))).size,
				crowded: document.querySelector('.key.crowded') !== null
			};
			unmount();
			return out;
		};
		const one = heightOf(1);
		const four = heightOf(4);
		// The chart keeps one height: the density takes the lanes' room left free.
		expect(four.lanes).toBeGreaterThan(one.lanes);
		expect(four.height).toBeCloseTo(one.height, 6);
		expect(four.crowded).toBe(false);
		// Asked to keep none (a 720-line projector, a page), the chart is as tall as its lanes.
		expect(heightOf(1, 0).height).toBeLessThan(heightOf(4, 0).height);
		expect(heightOf(4, 0).height).toBeLessThan(four.height);
		const many: typeof round.answers = Array.from({ length: 9 }, (_, i) => ({
			...round.answers[0],
			participant: 100 + i
		}));
		const { unmount: gone } = render(RoomEstimates, { ...props(true), answers: many });
		expect(document.querySelector('.key.crowded')).not.toBeNull();
		gone();
	});

	it('sets every label at 20 px or more on a projector', () => {
		render(RoomEstimates, props(true));
		const svg = screen.getByRole('img');
		expect(parseFloat(svg.style.fontSize)).toBeGreaterThanOrEqual(20);
		// No text in the chart sets a smaller size of its own.
		for (const t of svg.querySelectorAll('text')) expect(t.getAttribute('font-size')).toBeNull();
	});

	it('draws answers without a pool when none could be fitted', async () => {
		render(RoomEstimates, {
			...props(),
			answers: [{ participant: 1, best: 0.1, implied: false, unfit: 'A reason.' }],
			table: null
		});
		const img = screen.getByRole('img');
		expect(img.querySelectorAll('circle.answer.unfit')).toHaveLength(1);
		expect(img.querySelector('path.density')).toBeNull();
		await openDataTables();
		expect(screen.getByRole('table')).toHaveTextContent('Not pooled: A reason.');
	});
});
