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
			minutes: 8,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and take the first vote: lease or buy? In a live room the phones answer once the console opens the vote; without one, count a show of hands.'
		},
		{
			id: 'assumptions',
			minutes: 8,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show the rent, the price, the upkeep and the rate, and where each comes from: all but the rate are test figures.'
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups: one assumption each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and notes where the verdict turns; the console shows each group’s value and verdict as it works.',
			prompts: ['rent', 'price', 'rate']
		},
		{
			id: 'flip',
			minutes: 12,
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
			what: 'Take the vote again and set it beside the first: who changed their mind, and which assumption moved them?'
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
		},
		price: {
			text: 'Buying pays once the price falls below {flip:price}, against the {value:price} assumed. The price is paid at once and the rent it replaces year by year, so a dollar off the price counts in full while a dollar of rent saved counts less the later it falls.'
		}
	}
};
