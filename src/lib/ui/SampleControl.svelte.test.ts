/**
 * A big run's cost stands in its option's text; a phone cuts the chosen option short in the closed select,
 * so the control says it again beside it, for a count no link starts by itself only.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SampleControl from './SampleControl.svelte';

const props = (samples: number) => ({
	samples,
	seed: 1,
	settled: true,
	error: null,
	onchange: () => {},
	cost: () => 'about 2 s on 2 workers, 296 MB'
});

describe('SampleControl', () => {
	it('says a chosen big run’s cost beside the select, hidden from screen readers', () => {
		const { container } = render(SampleControl, props(1_000_000));
		const cost = container.querySelector('.cost');
		expect(cost?.textContent).toBe('1,000,000 futures: about 2 s on 2 workers, 296 MB');
		expect(cost?.getAttribute('aria-hidden')).toBe('true');
		const chosen = container.querySelector('select')!;
		expect(chosen.selectedOptions[0].textContent).toBe('1,000,000 (about 2 s on 2 workers, 296 MB)');
	});

	it('says nothing more for a count a page starts by itself', () => {
		const { container } = render(SampleControl, props(10_000));
		expect(container.querySelector('.cost')).toBeNull();
	});
});

describe('a big run', () => {
	const setup = (samples = 10_000, progress: { done: number; total: number } | null = null) => {
		const onchange = vi.fn();
		const view = render(SampleControl, { ...props(samples), progress, onchange });
		return { onchange, view, select: view.container.querySelector('select')! };
	};

	it('starts only once confirmed, and a count a page starts by itself at once', async () => {
		const { onchange, select } = setup();
		await fireEvent.change(select, { target: { value: '1000000' } });
		expect(onchange).not.toHaveBeenCalled();
		expect(document.querySelector('.ask')?.getAttribute('role')).toBe('status');
		expect(document.querySelector('.ask')?.textContent).toBe(
			'1,000,000 futures take about 2 s on 2 workers, 296 MB: run them, or keep 10,000?'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Run 1,000,000' }));
		expect(onchange).toHaveBeenLastCalledWith(1_000_000);

		await fireEvent.change(select, { target: { value: '20000' } });
		expect(onchange).toHaveBeenLastCalledWith(20_000);
	});

	it('can be declined, and the select shows the count kept', async () => {
		const { onchange, select } = setup();
		await fireEvent.change(select, { target: { value: '1000000' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Keep 10,000' }));
		expect(onchange).not.toHaveBeenCalled();
		expect(select.value).toBe('10000');
		expect(screen.queryByRole('button', { name: /^Run/ })).toBeNull();
		// The button pressed is gone: the focus is back on the select, not lost to the page.
		expect(document.activeElement).toBe(select);
		expect(document.querySelector('.ask')?.textContent).toBe('');
	});

	it('is no longer asked about once the count changes from elsewhere (Back, another link)', async () => {
		const { view, select } = setup();
		await fireEvent.change(select, { target: { value: '1000000' } });
		await view.rerender({ ...props(20_000), onchange: () => {} });
		expect(select.value).toBe('20000');
		expect(screen.queryByRole('button', { name: /^Run/ })).toBeNull();
	});

	it('under way can be stopped, back to the count before it', async () => {
		const { onchange } = setup(1_000_000, { done: 200_000, total: 1_000_000 });
		await fireEvent.click(screen.getByRole('button', { name: 'Stop, back to 10,000' }));
		expect(onchange).toHaveBeenLastCalledWith(10_000);
	});
});
