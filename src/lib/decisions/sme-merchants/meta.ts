import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'sme-merchants',
	title: 'Win SME merchants from Pinduoduo: cut fees, or charge a small one?',
	question:
		'Should Taobao lower small merchants’ costs and price points to win them from Pinduoduo, at the cost of its take rate, or add a small software fee with traffic tools?',
	group: 'commerce',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'marketplace-profit',
			param: 'take',
			as: 'The take rate sets what every order of GMV won or lost is worth to the marketplaces.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts the change in the marketplaces’ profit.' }
	],
	from: { [DOC_TOWSON]: 2 }
};
