import type { RoomGuide } from '$lib/guides/types';

const DOC_TOWSON = '001_86fc04a350121958.txt';
const DOC_SCMP = '002_e74d1a13da165fef.txt';

const CASH_MACHINE = {
	doc: DOC_TOWSON,
	quote:
		'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
};

export const cloudSpinoffGuide: RoomGuide = {
	modelId: 'cloud-spinoff',
	goals: [
		'Value a spin-off against keeping a unit as three effects: the conglomerate discount it removes, the higher cost of capital it brings, and a shock faced without a parent’s cash.',
		'Treat a policy risk as a probability, and find the probability of tighter chip controls above which keeping the unit is worth more.',
		'Weigh the conglomerate discount against the extra funding cost, and judge which estimate deserves more trust.',
		'Set the model beside the market’s reaction to the announcement, and ask what else a share price moves on.'
	],
	runningOrder: [
		{
			minutes: 4,
			title: 'The question',
			step: 'question',
			what: 'Read the question and the context: Alibaba dropped the planned spin-off and named the US chip controls as the reason. Ask the room: would you have gone ahead? Note the vote.'
		},
		{
			minutes: 5,
			title: 'The options',
			step: 'options',
			what: 'A spin-off gives the cloud unit its own market value and removes the conglomerate discount; keeping it lets e-commerce cash fund the build-out and cushion a chip shock. Both face the same chance that controls tighten.'
		},
		{
			minutes: 8,
			title: 'The assumptions, with the chip risk as a probability',
			step: 'assumptions',
			what: 'Show the key assumptions. Spend time on the probability that controls tighten: there is no published figure, so ask each person to write down their own before seeing the model’s.'
		},
		{
			minutes: 6,
			title: 'The outcome and its parts',
			step: 'outcome',
			what: 'Reveal the verdict and its parts: the discount the spin-off removes against the funding cost and the larger chip loss it takes on. Compare the written probabilities with the model’s.'
		},
		{
			minutes: 12,
			title: 'Small groups',
			what: 'Each group takes one prompt and works it on the decision page; the funding-cost group needs two assumptions at once. Each prepares one sentence with one number.',
			prompts: ['probability', 'market', 'funding', 'cushion']
		},
		{
			minutes: 7,
			title: 'What would flip it',
			step: 'flip',
			what: 'Groups report back, the probability group first. Reveal each break-even value as it is named; set the market’s fall in value on the day beside the model’s numbers.'
		},
		{
			minutes: 3,
			title: 'Close: is the discount real?',
			step: 'discuss',
			what: 'End on the last prompt: whether a conglomerate discount is a loss to a shareholder who never sells, and what else could remove it.',
			prompts: ['discount']
		}
	],
	answers: {
		probability: {
			text: 'Keeping the unit is worth more once the probability of tighter controls exceeds {flip:pTighten}; the model assumes {value:pTighten}, and were tightening certain {best@pTighten=1} would lead by {margin@pTighten=1}. In November 2023 the US had widened its export controls only weeks before, the rules had moved one way since 2022, and the unit’s AI plans depended on advanced chips, so a probability well above the break-even was a reasonable reading. Alibaba’s own announcement names the restrictions as the reason, which tells you management judged both the probability and the harm to a standalone unit to be high.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote:
						'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.'
				}
			]
		},
		market: {
			text: 'Far more than any discount the model allows: the whole cloud unit is worth {output:keep.intrinsic} before the discount, and even at the top of the range, {value:discount@discount=max}, {best@discount=max} would lead by only {margin@discount=max}. A discount large enough to explain a fall of that size would have to take most of the unit’s value, so the market was pricing more than the lost discount. The announcement itself told investors that chip controls were hurting the cloud unit’s prospects whatever its structure, it removed the event expected to put a market price on the unit, and it came amid a reorganisation that had already unsettled them.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote: 'after shocking investors with its decision to shelve the spin-off of its cloud unit.'
				}
			]
		},
		funding: {
			text: 'Around the sourced values one extra point of funding cost needs about {tradeoff:fundingPremium/discount} points of conglomerate discount to offset it, because the premium is paid every year on all the capital spent since the spin-off ({value:capexShare} of revenue a year), while the discount applies once to the unit’s value. The verdict flips at a funding premium of {flip:fundingPremium} with the discount held at {value:discount}, or at a discount of {flip:discount} with the premium held at {value:fundingPremium}. Trust the funding cost more: what a single-business cloud company exposed to chip policy pays for capital can be read from comparable issuers, while research disputes whether a conglomerate discount exists at all, and Alibaba’s has never been measured.',
			quotes: [CASH_MACHINE]
		},
		cushion: {
			text: 'A standalone unit must buy chips and capacity with its own money just when its prospects, and with them its share price and access to capital, have been hit; inside the group, e-commerce cash can fund stockpiles, domestic alternatives and a build-out that keeps the AI strategy whole. In the model the group absorbs {value:cushion} of the growth lost, which is why the expected cost of tighter controls is {output:keep.chipCost} kept against {output:spinoff.chipCost} spun off. If the group could not cushion the hit at all, {best@cushion=0} would lead by {margin@cushion=0}: keeping wins only while the group absorbs more than {flip:cushion} of the hit, so the case for keeping rests as much on the parent’s cash as on the probability.',
			quotes: [
				CASH_MACHINE,
				{
					doc: DOC_SCMP,
					quote:
						'Wu said Alibaba would focus on three key priorities in the next 10 years: technology-driven internet platform businesses, artificial intelligence (AI)-driven technology businesses and global commerce networks.'
				}
			]
		},
		discount: {
			text: 'For a holder who never sells, the discount is a lower price, not less cash: the dividends and buybacks the unit funds are the same either way, and buybacks at a discounted price even favour those who stay. It becomes a real loss when the company pays in its own shares, for acquisitions, staff or new equity, and when it reflects real costs such as cross-subsidies or capital kept in low-return units; the model counts all of it, {output:keep.discountCost}, as value lost. Without a spin-off it can be narrowed by reporting the unit separately, returning cash, listing a minority stake, or running units as independent subsidiaries with their own boards, as Alibaba set out for four businesses in the same announcement.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote: 'The four businesses will operate as independent subsidiaries'
				}
			]
		}
	}
};
