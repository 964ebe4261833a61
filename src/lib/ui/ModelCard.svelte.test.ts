import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ModelCard from './ModelCard.svelte';
import { cardedModel } from './testing/carded-model';

const props = {
	decisionHref: '/decisions/carded-test?v=1',
	controlHref: (id: string) => `/decisions/carded-test?v=1#param-${id}`
};

describe('ModelCard', () => {
	it('shows what the model includes, leaves out and why, and what Alibaba did', () => {
		render(ModelCard, { model: cardedModel, ...props });
		const card = cardedModel.card!;
		for (const item of card.includes) expect(screen.getByText(item)).toBeInTheDocument();
		expect(screen.getByText(card.leavesOut[0].what)).toBeInTheDocument();
		expect(screen.getByText(card.leavesOut[0].why)).toBeInTheDocument();
		expect(screen.getByText(card.actual)).toBeInTheDocument();
		expect(screen.getByText(card.answers![0].answer)).toBeInTheDocument();
		expect(screen.queryByTestId('no-card')).toBeNull();
	});

	it('links each carried assumption to its control on the decision page, crux first', () => {
		render(ModelCard, { model: cardedModel, ...props });
		const list = screen.getByRole('heading', { name: /carry the verdict/ }).parentElement!;
		const links = within(list).getAllByRole('link');
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			'/decisions/carded-test?v=1#param-growth',
			'/decisions/carded-test?v=1#param-rate'
		]);
		expect(links[0]).toHaveTextContent('Growth of the invested cash flow');
	});

	it('says plainly when a model has no card, and invents nothing', () => {
		const { card: _c, ...bare } = cardedModel;
		render(ModelCard, { model: bare, ...props });
		expect(screen.getByTestId('no-card')).toHaveTextContent('has no model card yet');
		expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
	});
});
