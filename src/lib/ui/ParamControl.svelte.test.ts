import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ParamDef } from '$lib/engine/types';
import ParamControl from './ParamControl.svelte';

const uplift: ParamDef = {
	id: 'uplift',
	label: 'Lift to marketplace profit',
	unit: '%',
	default: 0.01,
	min: 0,
	max: 0.05,
	step: 0.0005,
	sources: [
		{
			doc: '001_86fc04a350121958.txt',
			quote: 'last-mile delivery remains a challenge due to its variable cost nature.'
		},
		{ assumption: 'No public figure measures it; the crux of the decision.' }
	]
};

function setup(value = 0.01) {
	const onchange = vi.fn();
	render(ParamControl, { param: uplift, value, onchange });
	return { onchange, user: userEvent.setup() };
}

describe('ParamControl', () => {
	it('shows the value with its unit and announces it to screen readers', () => {
		setup();
		const slider = screen.getByRole('slider', { name: 'Lift to marketplace profit' });
		expect(slider).toHaveAttribute('aria-valuetext', '1\u00a0%');
		expect(slider).toHaveValue('1');
		expect(screen.getByText('Source value')).toBeInTheDocument();
	});

	it('accepts an exact value typed in percent and stores a fraction', async () => {
		const { onchange, user } = setup();
		const box = screen.getByRole('textbox', { name: /exact value in %/ });
		await user.clear(box);
		await user.type(box, '1.5{Enter}');
		expect(onchange).toHaveBeenLastCalledWith(0.015);
	});

	it('keeps the value and says why when the entry is not a number', async () => {
		const { onchange, user } = setup();
		const box = screen.getByRole('textbox', { name: /exact value/ });
		await user.clear(box);
		await user.type(box, 'abc{Enter}');
		expect(onchange).not.toHaveBeenCalled();
		expect(document.getElementById('error-uplift')).toHaveTextContent('“abc” is not a number; kept 1 %.');
	});

	it('marks a box whose entry is not a number invalid, and an empty one says what to do', async () => {
		const { user } = setup();
		const box = screen.getByRole('textbox', { name: /exact value/ });
		expect(box).not.toHaveAttribute('aria-invalid');
		await user.clear(box);
		await user.type(box, 'abc{Enter}');
		expect(box).toHaveAttribute('aria-invalid', 'true');
		await user.clear(box);
		await user.type(box, '{Enter}');
		expect(document.getElementById('error-uplift')).toHaveTextContent(
			'Type a number to change it; kept 1 %.'
		);
		await user.clear(box);
		await user.type(box, '2{Enter}');
		expect(box).not.toHaveAttribute('aria-invalid');
	});

	it('reads thousands as the page writes them', async () => {
		const onchange = vi.fn();
		const volume: ParamDef = { ...uplift, id: 'volume', label: 'Parcels a day', unit: 'parcels/day' };
		const big = { ...volume, default: 50000, min: 1000, max: 500000, step: 1000 };
		render(ParamControl, { param: big, value: 50000, onchange });
		const user = userEvent.setup();
		const box = screen.getByRole('textbox', { name: /exact value/ });
		// Ungrouped in the box: a group broken while editing ("50,0000") could be read as a decimal comma.
		expect(box).toHaveValue('50000');
		await user.clear(box);
		await user.type(box, '55,000{Enter}');
		expect(onchange).toHaveBeenLastCalledWith(55000);
		expect(document.getElementById('error-volume')).toHaveTextContent('');
	});

	it('clamps an entry above the range and says so', async () => {
		const { onchange, user } = setup();
		const box = screen.getByRole('textbox', { name: /exact value/ });
		await user.clear(box);
		await user.type(box, '80{Enter}');
		expect(onchange).toHaveBeenLastCalledWith(0.05);
		expect(document.getElementById('error-uplift')).toHaveTextContent(
			'80 % is outside 0 % to 5 %; used 5 %.'
		);
	});

	it('shows how far the value departs from its source, with a reset', async () => {
		const { onchange, user } = setup(0.015);
		expect(screen.getByText(/\+0\.5 pt vs\. source/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Reset Lift to marketplace profit' }));
		expect(onchange).toHaveBeenLastCalledWith(0.01);
	});

	it('renders seed quotes as blockquotes citing the passage, and labels assumptions', () => {
		setup();
		const quote = document.querySelector('blockquote[cite]');
		expect(quote?.getAttribute('cite')).toMatch(/^\/sources\/001_86fc04a350121958#q-/);
		expect(screen.getByText(/No public figure measures it/).closest('p')).toHaveTextContent('Assumption:');
	});
});
