import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const cainiaoOwnershipGuide: RoomGuide = {
	modelId: 'cainiao-ownership',
	goals: [
		'Value a buyout against a listing as cash at the deal plus the share of future cash flows each option keeps.',
		'Explain why control is worth money here: a wholly owned Cainiao can run as infrastructure for the marketplaces, while a listed one must serve its minority holders and delivers less of that platform benefit.',
		'Find how large the platform benefit must be for the buyout to win, and judge whether that is plausible when no public figure measures it.',
		'See how the price paid for the minority (the valuation) and the discount rate move the choice between cash now and value later.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question aloud and take the first vote: list Cainiao, or own it outright? In a live room the phones answer once the console opens the vote; without one, count a show of hands on the board. The room comes back to it at the end.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'The two options',
			slide: 'options',
			what: 'Walk through what each option pays and keeps. The buyout pays the minority’s share of the valuation now and keeps all of Cainiao’s cash flows; the listing raises new money, dilutes Alibaba’s stake and runs Cainiao at arm’s length.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions behind the numbers',
			slide: 'assumptions',
			what: 'Show the key assumptions with their sources. Point out which are reported figures (the valuation, the stake, revenue) and which are labelled judgements (the lift to marketplace profit, the share of it a listed Cainiao keeps). Ask which one the room trusts least.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome at the sourced values',
			slide: 'outcome',
			what: 'Reveal the verdict and its parts: cash at the deal, the share of Cainiao’s cash flows, the platform benefit. Point out that the model’s own cash flows value all of Cainiao at {output:own.standalone}, about a third of the offer’s {value:valuation}: a listing that completes sells new shares well above what the model says they are worth. Tell the room what Alibaba did, which the close shows: it withdrew the listing and offered to buy out the minority. Ask whether the verdict matches, and what that says about the assumptions Alibaba must have held.'
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups: move one assumption',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number for the room; the console shows each group’s value and verdict as it works.',
			prompts: ['benefit', 'valuation', 'minority', 'rate']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the platform-benefit group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Ask whether each value lies inside what the room finds plausible.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Take the vote again and set it beside the first: who changed their mind, and which assumption moved them? End on the observers’ reading, a preference for control and internal investment over public markets.'
		}
	],
	answers: {
		benefit: {
			text: 'The buyout beats the listing once control lifts marketplace profit by more than {flip:uplift}, against the {value:uplift} assumed; at the sourced values {best} is ahead by {margin}. Owning keeps the whole platform benefit, worth {output:own.platformAll} in present value after tax against {output:ipo.platformAll} if listed, but it pays {output:own.paid|abs} at the deal and forgoes the listing’s proceeds. Nobody has measured the lift, and its break-even lies inside the stated uncertainty, so the choice is a judgement about the value of control.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Cainiao, Alibaba’s logistics arm, is playing a crucial role in enabling faster and more affordable delivery for Alibaba’s e-commerce platforms, both within China and cross-border.'
				}
			]
		},
		valuation: {
			text: 'The buyout wins only while Cainiao is valued below {flip:valuation}; above it, list, since every extra dollar of valuation costs the buyout the minority’s share of it in cash, while a higher price only spares the listing a little dilution. At the {value:valuation@valuation=20} talked of earlier, {best@valuation=20} would lead by {margin@valuation=20}, and the offer’s {value:valuation} also lies above the break-even: at the price Alibaba offered, the model would list, by {margin}. The model’s own cash flows value all of Cainiao at only {output:own.standalone}, about a third of the offer: a completed listing sells new shares well above that value, which is how it wins, while the buyout overpays on cash alone and the platform benefit, after tax, does not quite make up the difference; at a valuation equal to the model’s own value, {best@valuation=3.7} would lead by {margin@valuation=3.7}.'
		},
		minority: {
			text: 'They would object to Cainiao serving the marketplaces at its own expense: delivering for Taobao and Tmall below cost, or building routes and warehouses because they lift marketplace sales rather than Cainiao’s profit. Once listed, such dealings with the controlling shareholder need the approval of the independent holders, so in the model a listed Cainiao delivers only {value:capture} of the platform benefit, and the buyout wins if that share falls below {flip:capture}. A cheaper price for the marketplaces is no cost to an owner of all of Cainiao, since it only moves money from one pocket to the other; with outside holders it would take their share of it, which is what the rules forbid. The cost of their objections is the platform benefit forgone: {output:own.platformAll} owned against {output:ipo.platformAll} listed.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Overall, Cainiao looks like it is reverting to its previous role as a strategic advantage for ecommerce. And not a standalone business unit with its own income statement.'
				}
			]
		},
		rate: {
			text: 'The buyout suffers more: it wins only below a discount rate of {flip:rate}, a little under the {value:rate} assumed, and at {value:rate@rate=0.13}, {best@rate=0.13} leads by {margin@rate=0.13}. Owning pays {output:own.paid|abs} at the deal and is repaid by a platform benefit that builds up over {value:rampYears} and by cash flows that turn positive only when Cainiao’s growth slows, so more than all of its value lies after the model’s horizon ({output:own.beyond}, against {output:own.value} in all); the listing brings its proceeds in at once, and its value after the horizon ({output:ipo.beyond}) is about all of it ({output:ipo.value}), not more than twice. The rate is the same for both options, the risk of Cainiao’s cash flows: a higher rate hurts the buyout more only because more of its value comes later, not because owning needs a lower cost of capital.'
		}
	}
};
