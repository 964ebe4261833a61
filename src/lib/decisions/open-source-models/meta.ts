import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'open-source-models',
	title: 'Qwen: open the weights, sell a paid API, or both?',
	question:
		'Should Alibaba give away the weights of its foundation models (Qwen) to build a developer ecosystem, sell access through a paid API only, or do both?',
	group: 'cloud-ai',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'cloud-demand',
			param: 'cloudProfit',
			as: 'Open weights pay through the cloud profit of the teams that run them.'
		},
		{
			id: 'token-price',
			param: 'apiProfit',
			as: 'A paid API earns the margin per developer that token prices leave.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts each licence’s returns.' }
	],
	from: { [DOC_TOWSON]: 6 }
};
