import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceList from './SourceList.svelte';
import { cardedModel } from './testing/carded-model';

const [cash, growth] = cardedModel.params;

describe('SourceList by role', () => {
	it('leads with the source that supports the value: figure → arithmetic → default with unit', () => {
		render(SourceList, { sources: [...cash.sources].reverse(), param: cash });
		const items = screen.getAllByRole('listitem');
		expect(items[0]).toHaveAttribute('data-role', 'value');
		expect(items[0]).toHaveTextContent(
			'Supports the value: $0.3 billion → a quarter’s figure times four → USD 1.2 bn'
		);
		expect(items[1]).toHaveAttribute('data-role', 'context');
		expect(items[1]).toHaveTextContent(/^Context/);
	});

	it('shows the assumption first when no source supports the value, and a quote without a role as context', () => {
		render(SourceList, { sources: growth.sources, param: growth });
		const items = screen.getAllByRole('listitem');
		expect(items[0]).toHaveTextContent(/^Assumption: No public figure/);
		expect(items[1]).toHaveAttribute('data-role', 'context');
		expect(screen.queryByText(/Supports the value/)).toBeNull();
	});

	it('marks nothing for sources that belong to no parameter (teaching notes)', () => {
		render(SourceList, { sources: cash.sources });
		expect(screen.queryByText('Context')).toBeNull();
		expect(screen.getAllByRole('listitem')).toHaveLength(2);
	});
});
