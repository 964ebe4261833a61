import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import FormulaList from './FormulaList.svelte';

const explanation = createRawSnippet(() => ({
	render: () => '<section id="panel">The explanation</section>'
}));
const button = (label: string) => screen.getByRole('button', { name: `Explain ${label}` });

describe('FormulaList', () => {
	it('shows the explanation under the formula whose button opened it, and says which is open', () => {
		const first = Object.keys(model.series)[0];
		render(FormulaList, { model, onexplain: vi.fn(), opened: first, explanation });
		const panel = document.getElementById('panel')!;
		// In the opened formula's group, right after the formula, not after the outputs at the end.
		const group = panel.closest('dl > div')!;
		expect(group.querySelector('dt code')).toHaveTextContent(first);
		expect(panel.closest('dd')?.previousElementSibling?.querySelector('code')).toHaveTextContent(
			model.series[first].formula
		);
		expect(button(model.series[first].label)).toHaveAttribute('aria-expanded', 'true');
		expect(button(model.outputs.value.label)).toHaveAttribute('aria-expanded', 'false');
		expect(document.querySelectorAll('#panel')).toHaveLength(1);
	});

	it('shows no explanation while none is open', () => {
		render(FormulaList, { model, onexplain: vi.fn(), opened: null, explanation });
		expect(document.getElementById('panel')).toBeNull();
	});
});
