/**
 * A big run's cost stands in its option's text; a phone cuts the chosen option short in the closed select,
 * so the control says it again beside it, for a count no link starts by itself only.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
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
