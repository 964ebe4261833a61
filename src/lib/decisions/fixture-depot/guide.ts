import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const fixtureDepotGuide: RoomGuide = {
	modelId: 'fixture-depot',
	goals: [
		'Compare a price paid at once with a stream of rent, in present value.',
		'Find the rent above which buying pays, and say why the discount rate moves it.',
		'Check that every figure on the page comes from the model.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 10,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and take a show of hands: lease or buy?'
		},
		{
			id: 'assumptions',
			minutes: 15,
			title: 'Move the rent',
			slide: 'assumptions',
			what: 'Groups move the rent and the rate on their own laptops and note where the verdict turns.',
			prompts: ['rent', 'rate']
		},
		{
			id: 'flip',
			minutes: 15,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Reveal the break-even rent at {flip:rent} and compare it with the groups’ notes.'
		},
		{
			id: 'discuss',
			minutes: 5,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Return to the show of hands: who changed their mind, and which assumption moved them?'
		}
	],
	answers: {
		rent: {
			text: 'Buying pays once the rent passes {flip:rent}, against the {value:rent} assumed. Below it the price paid at once outweighs the rent saved, so {best} is ahead by {margin}.',
			quotes: [
				{ doc: DOC_TOWSON, quote: 'last-mile delivery remains a challenge due to its variable cost nature.' }
			]
		},
		rate: {
			text: 'A higher rate shrinks the present value of rent saved in later years, while the price is paid now. So buying suffers more, and the break-even rent rises.'
		}
	}
};
