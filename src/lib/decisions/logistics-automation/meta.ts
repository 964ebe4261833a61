import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'logistics-automation',
	title: 'Automate logistics: sorting and robotic warehouses?',
	question: 'Automated sorting and robotic warehouses, or manual operations?',
	group: 'logistics',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'logistics-labour',
			param: 'wage',
			as: 'A warehouse worker’s cost decides whether machines that replace workers pay.'
		},
		{
			id: 'cost-of-capital',
			param: 'rate',
			as: 'Discounts the wages the machines save against their capital.'
		}
	],
	from: { [DOC_TOWSON]: 3 }
};
