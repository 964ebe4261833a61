import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'open-source-models',
	title: 'Qwen: open the weights, sell a paid API, or both?',
	question:
		'Should Alibaba give away the weights of its foundation models (Qwen) to build a developer ecosystem, sell access through a paid API only, or do both?',
	group: 'cloud-ai',
	shares: ['group-wacc']
};
