import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'foundation-models',
	title: 'Build its own foundation models, back outside providers, or both?',
	question:
		'Should Alibaba train its own frontier models, back outside model makers and buy their tokens, or do both, and at what token usage does building pay?',
	group: 'cloud-ai',
	shares: ['group-wacc', 'cloud-revenue-dec-q-2024'],
	assumes: [
		{
			id: 'cloud-demand',
			param: 'lift',
			as: 'Own models draw cloud customers who would go elsewhere if Alibaba resold others’ models.'
		},
		{
			id: 'token-price',
			param: 'price',
			as: 'The vendor’s price per token sets the margin that building saves.'
		},
		{
			id: 'chip-access',
			param: 'pLoss',
			as: 'Buying outside models carries a yearly chance that export rules or a failing vendor cut access.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts training, margins paid and cloud profit won.' }
	],
	from: { [DOC_TOWSON]: 3, [DOC_SCMP]: 1 }
};
