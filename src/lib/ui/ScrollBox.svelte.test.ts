/**
 * A box that scrolls sideways is a labelled region the keyboard reaches; one that does not is no tab stop.
 */
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ScrollBox from './ScrollBox.svelte';

const children = createRawSnippet(() => ({
	render: () => '<table><tbody><tr><td>1.5</td></tr></tbody></table>'
}));

/** The box 350 px wide, what it holds `inner` px. */
function widths(inner: number) {
	vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
		return this.classList.contains('inner') ? inner : 350;
	});
	vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
		return this.classList.contains('scroll-box') ? inner : 0;
	});
}

describe('a scroll box', () => {
	afterEach(() => vi.restoreAllMocks());

	it('takes the focus, as a labelled region, where what it holds is wider than it', async () => {
		widths(500);
		render(ScrollBox, { label: 'Table of the estimates', children });
		await tick();
		expect(await screen.findByRole('region', { name: 'Table of the estimates' })).toHaveAttribute(
			'tabindex',
			'0'
		);
	});

	it('is neither a region nor a tab stop where it all fits', async () => {
		widths(350);
		const { container } = render(ScrollBox, { label: 'Table of the estimates', children });
		await tick();
		expect(screen.queryByRole('region')).toBeNull();
		expect(container.querySelector('[tabindex]')).toBeNull();
		expect(screen.getByRole('table')).toBeInTheDocument();
	});
});
