import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'open-source-models',
	title: 'Qwen: open the weights, or sell a paid API?',
	question:
		'Should Alibaba give away the weights of its foundation models (Qwen) to build a developer ecosystem, or sell access through a paid API only?',
	group: 'cloud-ai',
	shares: ['group-wacc']
};
