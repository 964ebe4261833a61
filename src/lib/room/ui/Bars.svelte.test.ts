import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Bars from './Bars.svelte';

describe('Bars', () => {
	it('marks the person’s own answer, a space apart from its label', () => {
		const { container } = render(Bars, {
			items: [
				{ id: 'sell', label: 'Sell now', n: 2 },
				{ id: 'keep', label: 'Keep', n: 1 }
			],
			total: 3,
			mine: 'sell'
		});
		// Seen on a phone as "Sell now(yours)": Svelte drops the space at the start of a tag's text.
		expect(container.querySelector('.mine .label')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
			'Sell now (yours)'
		);
	});
});
