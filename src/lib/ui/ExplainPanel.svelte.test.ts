import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { compileModel } from '$lib/engine/model';
import { Reporter } from '$lib/engine/report';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import ExplainPanel from './ExplainPanel.svelte';
import { formatValue } from './format';

const cm = compileModel(model);
const report = new Reporter(cm).report({ rate: 0.11 }, null);
const value = model.outputs.value;

function setup(name = 'value', optionId = 'own') {
	const onselect = vi.fn();
	const onoption = vi.fn();
	render(ExplainPanel, { model, cm, report, optionId, name, onselect, onoption });
	return { onselect, onoption, user: userEvent.setup() };
}

const heading = () => screen.getByRole('heading', { level: 2 });
const code = () => [...document.querySelectorAll('dd code')].map((c) => c.textContent);

describe('ExplainPanel', () => {
	it('shows the deciding output’s value, its formula, and the formula with the values written in', () => {
		setup();
		expect(heading()).toHaveTextContent(`How ${value.label} is computed`);
		const result = document.querySelector('[aria-live="polite"]');
		// toHaveTextContent collapses the no-break space between number and unit to a space.
		expect(result).toHaveTextContent(
			formatValue(report.results.own.outputs.value, value.unit).replace(/\u00a0/g, ' ')
		);
		expect(result).toHaveTextContent('Own it fully');
		expect(code()[0]).toBe('last(pv) + last(continuing)');
		expect(code()[1]).toBe('last(pv) + last(continuing)');
		// With the series summed up, only numbers are left.
		expect(code()[2]).toMatch(/^\(?-?[\d.]+\)? \+ \(?-?[\d.]+\)?$/);
	});

	it('writes the current value of a parameter into a series formula, for the year chosen', async () => {
		const { user } = setup('pv');
		expect(code()[1]).toMatch(/ \+ .* \/ \(1 \+ 0\.11\) \^ 9$/);
		await user.selectOptions(screen.getByRole('combobox', { name: /Year the formula/ }), '2024');
		expect(code()[1]).toMatch(/^0 \+ .* \/ \(1 \+ 0\.11\) \^ 0$/);
		expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('in 2024');
		expect(screen.getByRole('table')).toHaveTextContent('2033');
	});

	it('walks down to a series it reads, and back up', async () => {
		const { onselect, user } = setup();
		const reads = screen.getAllByRole('list')[1];
		await user.click(within(reads).getByRole('button', { name: /^continuing / }));
		expect(onselect).toHaveBeenCalledWith('continuing');
		expect(heading()).toHaveTextContent(`How ${model.series.continuing.label} is computed`);
		expect(heading()).toHaveFocus();
		await user.click(screen.getByRole('button', { name: `← Back to ${value.label}` }));
		expect(onselect).toHaveBeenLastCalledWith('value');
		expect(heading()).toHaveTextContent(`How ${value.label} is computed`);
	});

	it('lists the parameters with their values, a link to their control and their sources', () => {
		setup('benefit');
		const uplift = screen.getByRole('link', { name: 'Adjust Lift to marketplace profit from control' });
		expect(uplift).toHaveAttribute('href', '#param-uplift');
		expect(uplift.closest('li')).toHaveTextContent('uplift = 0.01');
		expect(
			uplift.closest('li')?.querySelector('blockquote[cite^="/sources/001_86fc04a350121958#"]')
		).not.toBeNull();
		expect(screen.getByText('own = 1')).toBeInTheDocument();
	});

	it('switches the option it explains', async () => {
		const { onoption, user } = setup('share', 'own');
		expect(code()[1]).toMatch(/^1 \? 1 : /);
		await user.click(screen.getByRole('radio', { name: 'List Cainiao (IPO)' }));
		expect(onoption).toHaveBeenCalledWith('ipo');
		expect(code()[1]).toMatch(/^0 \? 1 : /);
		expect(screen.getByText('own = 0')).toBeInTheDocument();
	});

	it('says so when asked for a name the model does not have', () => {
		setup('nope');
		expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'no output or series called “nope”'
		);
	});
});
