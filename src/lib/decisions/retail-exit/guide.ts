import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const retailExitGuide: RoomGuide = {
	modelId: 'retail-exit',
	goals: [
		'Value keeping a business against selling it as what each brings from today: the price now, against the business’s cash and its synergy for ever.',
		'See that a loss on what was paid in the past is sunk and enters neither option.',
		'Find how large the stores’ synergy with the marketplaces must be for keeping to win, and the sale price below which keeping wins.',
		'Explain why cash put into the marketplaces adds only what it earns above the cost of capital.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question aloud and take the first vote: keep the stores, sell them all, or sell Sun Art and Intime and list Freshippo? In a live room the phones answer once the console opens the vote; without one, count a show of hands on the board.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'The three options',
			slide: 'options',
			what: 'Walk through what each option brings. Keeping earns Alibaba’s stake in the stores’ cash and the marketplace profit on online orders the stores fulfil; selling brings the prices on offer now, put to work in the marketplaces; listing Freshippo sells a minority and keeps control.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions behind the numbers',
			slide: 'assumptions',
			what: 'Show the reported figures (the prices, Freshippo’s reduced valuation, the book loss) and the judgements (the stores’ cash, the synergy, the return on cash in the marketplaces). Ask which judgement the room trusts least, and whether the book loss should count.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome at the sourced values',
			slide: 'outcome',
			what: 'Reveal the verdict and its parts. Point out that the stores’ own cash, kept for ever, is worth {output:keep.keepStores}, a little below the {output:sell.price} a full sale brings: buyers pay about what the cash is worth, so the choice turns on the synergy against the return on the cash. Point out the book loss beside the sale: it is in no option’s value. Take the sunk-cost prompt with the whole room.',
			prompts: ['sunk']
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups: move one assumption',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number for the room; the console shows each group’s value and verdict as it works.',
			prompts: ['synergy', 'price', 'redeploy', 'freshippo']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the synergy group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Ask whether each lies inside what the room finds plausible.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Take the vote again and set it beside the first: who changed their mind, and which assumption moved them? End on the observers’ reading: the end of “new retail” and a return to the marketplaces.'
		}
	],
	answers: {
		synergy: {
			text: 'Keeping wins only while the stores add more than {flip:synergy} of marketplace profit before tax, against the {value:synergy} assumed; at the sourced values {best} leads by {margin}. The stores’ own cash, kept for ever, is worth {output:keep.keepStores}, a little below what a full sale brings ({output:sell.price}), so the choice rests on the synergy against what the cash earns above its cost in the marketplaces. No source measures how many online orders the stores fulfil, and the break-even lies inside the stated uncertainty: it is a judgement about what the stores are worth as infrastructure.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'That strategy was about building out extensive physical retail assets as strategic infrastructure. They are going back to ecommerce marketplaces.'
				}
			]
		},
		sunk: {
			text: 'No: the book loss of {value:bookLoss} is shown beside the sale but enters no option’s value, because what was paid is gone whichever option Alibaba takes now. With the loss set to {value:bookLoss@bookLoss=5}, {best@bookLoss=5} still leads by {margin@bookLoss=5}, exactly as at the loss reported. What counts is what each option brings from today: the price now against the stores’ cash and synergy for ever; the loss could matter only through tax, if it could be set against taxed profit, which the model leaves out.'
		},
		price: {
			text: 'Keeping wins while Sun Art fetches less than {flip:priceSunArt}, against the {value:priceSunArt} agreed; above it, sell Sun Art and Intime and list Freshippo. The break-even lies close to the price, because the stores’ cash is worth about what buyers pay for it and the synergy is small beside it. The price Alibaba paid in the past has no place in this comparison: only the price on offer now does.'
		},
		redeploy: {
			text: 'Each dollar of proceeds adds only what it earns above the {value:rate} cost of capital: a dollar that earns its cost of capital is worth a dollar, already counted in the price, so counting the whole {value:coreReturn} return would count the cash twice. At the sourced values the excess is worth {output:sell.redeployed} on {output:sell.price} of proceeds. The verdict changes once the marketplaces earn more than {flip:coreReturn} on new money, and at {value:coreReturn@coreReturn=0.15} {best@coreReturn=0.15} leads by {margin@coreReturn=0.15}.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'That moves the business back into asset-lite businesses that benefit from the most powerful business models (i.e., platforms and likely AI services).'
				}
			]
		},
		freshippo: {
			text: 'Listing sells only {value:float} of Freshippo at the reduced valuation and keeps control, the rest of its cash and its part of the synergy ({value:freshShare}); selling it outright gives all of those up for a price less a discount. At the sourced values listing beats selling everything, {output:list.value} against {output:sell.value}, because Freshippo’s stores were the ones built to fulfil online orders. A listed Freshippo must deal with the marketplaces at arm’s length, so its outside holders could claim part of that synergy, which the model does not count.'
		}
	}
};
