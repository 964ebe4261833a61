import type { RoomGuide } from '$lib/guides/types';
import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';

const CASH_MACHINE = {
	doc: DOC_TOWSON,
	quote:
		'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
};

const DROPPED = {
	doc: DOC_SCMP,
	quote:
		'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.'
};

export const cloudSpinoffGuide: RoomGuide = {
	modelId: 'cloud-spinoff',
	goals: [
		'Value a spin-off against keeping a unit as four effects: the conglomerate discount it removes, the haircut a standalone listing suffers while policy is unsettled, the premium on the capital it must raise, and a shock faced without a parent’s cash, which matters only when the growth that cash could keep is worth its capital after tax.',
		'Treat a policy risk as a probability, and find the probability of tighter chip controls above which keeping the unit is worth more.',
		'Weigh the conglomerate discount against the standalone haircut, and judge which estimate deserves more trust.',
		'Set the model beside the market’s reaction to the announcement, and ask what else a share price moves on.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and the context: a build-out paid for by e-commerce cash, chip controls that may tighten, and a weak market for new listings. Ask the room: spin the cloud unit off, or keep it? Note the vote.'
		},
		{
			id: 'options',
			minutes: 5,
			title: 'The options',
			slide: 'options',
			what: 'A spin-off gives the cloud unit its own market value and removes the conglomerate discount; keeping it lets e-commerce cash fund the build-out and keep, at a dearer price, part of the growth a chip shock costs, when that growth pays. Both face the same chance that controls tighten.'
		},
		{
			id: 'assumptions',
			minutes: 8,
			title: 'The assumptions, with the chip risk as a probability',
			slide: 'assumptions',
			what: 'Show the key assumptions. Spend time on the probability that controls tighten: there is no published figure, so ask each person to write down their own before seeing the model’s.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome and its parts',
			slide: 'outcome',
			what: 'Reveal the verdict and its parts: the decade’s cash after tax, the cost of tighter controls and the capital they make unneeded, the premium, the market’s credit, and the value after 2033, almost all of the value. On cash alone keeping leads ({output:keep.intrinsic} against {output:spinoff.intrinsic}); the spin-off’s {margin} comes only from the market’s credit. Call it a tie; ask what would break it. Compare the written probabilities with the model’s, and take the cushion prompt with the whole room: why does the group’s cushion go unused at these values?',
			prompts: ['cushion']
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. The market group moves the conglomerate discount and the haircut group the haircut: between them they show how nearly the two cancel. Each prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['probability', 'market', 'haircut', 'funding']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the probability group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Set the market’s fall in value on the day beside the model’s numbers.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close: is the discount real?',
			slide: 'discuss',
			vote: 'again',
			what: 'Show what Alibaba did, now on the slide: it dropped the spin-off, naming the chip controls, and its shares fell the next day. End on the last prompt: whether a conglomerate discount is a loss to a shareholder who never sells, and what else could remove it.',
			prompts: ['discount']
		}
	],
	answers: {
		probability: {
			text: 'At the sourced values the probability works the other way round from the usual story: {best} leads at {value:pTighten}, and keeping is worth more only below {flip:pTighten}. At a margin of {value:margin}, taxed at {value:tax}, on {value:capital} of capital per USD of revenue added, growth earns less than its cost of capital: the parent would not pay for dearer capacity to keep it, and tighter controls help the standalone by shrinking what it must borrow. Once growth is worth having (a margin of {value:margin@margin=0.15,capital=0.6} on {value:capital@margin=0.15,capital=0.6} of capital), keeping wins above {flip:pTighten@margin=0.15,capital=0.6}. Whether the probability was above one half weeks after the US widened its controls is the room’s judgement; what else had to be true is that growth was worth its capital.',
			quotes: [DROPPED]
		},
		market: {
			text: 'Far more than any discount the model allows: the whole unit is worth {output:keep.intrinsic}, about half the fall, and even at a discount of {value:discount@discount=max} {best@discount=max} would lead by {margin@discount=max}. The market was pricing more than the lost discount: news that chip controls hurt the cloud unit whatever its structure, the loss of the event that would have priced it, and a reorganisation that had already unsettled investors.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote: 'after shocking investors with its decision to shelve the spin-off of its cloud unit.'
				}
			]
		},
		haircut: {
			text: 'At the sourced values the two nearly cancel: keeping is worth more once the haircut on a standalone listing exceeds {flip:haircut} with the discount held at {value:discount}, or once the discount falls below {flip:discount} with the haircut held at {value:haircut}; one point of haircut offsets about {tradeoff:haircut/discount} points of discount. Alibaba’s reason, that a full spin-off might not enhance shareholder value, claims the haircut was at least as large as the discount removed; neither deserves much trust: research disputes the discount, and no one measured what a Chinese AI cloud would have listed at in late 2023. The premium on raised capital is small ({output:spinoff.fundingCost} to 2033) but larger than the lead: at {flip:fundingPremium} it flips the verdict.',
			quotes: [DROPPED, CASH_MACHINE]
		},
		cushion: {
			text: 'In the model the group can keep {value:cushion} of the growth a standalone would lose, paying for capacity that costs {value:chipPremium} more when advanced chips cannot be bought, and it keeps that growth only when it pays. At a margin of {value:margin}, taxed at {value:tax}, a USD of dearer capital earns {output:keep.keptReturn} a year, below the {value:rate} it costs, so the parent lets the growth go and the cushion does nothing ({output:keep.cushionCost} spent); kept anyway, for the AI priority, it would lower keeping’s value. With a margin of {value:margin@margin=0.15,capital=0.6} and {value:capital@margin=0.15,capital=0.6} of capital the parent keeps it, spending about {output:keep.cushionCost@margin=0.15,capital=0.6} of capital to 2033. A standalone keeping growth would pay the premium on top.',
			quotes: [CASH_MACHINE]
		},
		discount: {
			text: 'For a holder who never sells, the discount is a lower price, not less cash: the dividends and buybacks the unit funds are the same either way, and buybacks at a discounted price even favour those who stay. It becomes a real loss when the company pays in its own shares, or when it reflects real costs such as cross-subsidies; the model counts all of it, {output:keep.discountCost}, as value lost. Without a spin-off it can be narrowed by reporting the unit separately, returning cash, or running units as independent subsidiaries, as Alibaba set out for four businesses in the same announcement.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote: 'The four businesses will operate as independent subsidiaries'
				}
			]
		},
		funding: {
			text: 'Keeping wins once the standalone pays more than {flip:fundingPremium} over the group’s cost of capital, against the {value:fundingPremium} assumed; at {value:fundingPremium@fundingPremium=max}, {best@fundingPremium=max} leads by {margin@fundingPremium=max}. The premium is interest, deducted from taxable profit, and is paid only on capital raised from outside, what the build-out needs beyond the unit’s own cash, so it costs {output:spinoff.fundingCost} to 2033 at the probability assumed and {output:spinoff.fundingCost@pTighten=1} if controls certainly tighten: slower growth needs less capital. Why a standalone pays it at all is a judgement, not a published figure: a single-business Chinese cloud company exposed to chip policy pays more for capital than a group with a large net cash position, whose e-commerce cash funds the build-out at the group’s own cost of capital. Hong Kong’s weak market for new listings in 2023 is context that points the same way, not a measure of the premium.'
		}
	}
};
