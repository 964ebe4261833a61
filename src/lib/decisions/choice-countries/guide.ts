import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const choiceCountriesGuide: RoomGuide = {
	modelId: 'choice-countries',
	goals: [
		'Find a country’s break-even size for a service with a fixed cost per country, and rank countries by it.',
		'Count only incremental orders: tell the orders a guarantee adds from the orders it merely moves.',
		'Price a missed promise for the group: compensation is a transfer to the buyer and a real cost; Cainiao’s own margin is not.',
		'Say where an expansion should stop, and which assumption would move the line.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and the context: a five-day guarantee in the largest markets, a Korean pilot where orders surged, an international business still losing money. Ask the room: hold, add the next tier, or all markets? Note the vote.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three options, one formula per country',
			slide: 'options',
			what: 'Write the per-country profit on the board: orders placed anyway × (lift × margin after delivery − late cost on every guaranteed order − the fast route’s premium) − fixed cost. Each option adds countries further down the ranking by size.'
		},
		{
			id: 'assumptions',
			minutes: 6,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show the lift, the margin and Cainiao’s cost per parcel, the late share and its cost, and the fixed and launch costs per country. Point out that only the compensation has a public figure, and that the Korean surge is one pilot.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome: value against country size',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of value against the size of a next-tier country, with the size at which adding the tier starts to pay. Take the size prompt with the whole room.',
			prompts: ['size']
		},
		{
			id: 'groups',
			minutes: 13,
			title: 'Small groups: one lever each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. The lift group argues the case for expanding, the late-order group the case against. Each prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['lift', 'shifted', 'late', 'stop']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the lift group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Ask which of them Alibaba must have believed to keep expanding.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Return to the vote, and show what the observer expects, now on the slide: the guarantee in more countries. Ask where the room would now draw the line between countries that get the guarantee and those that do not, and what evidence from the next launch would move it.'
		}
	],
	answers: {
		size: {
			text: 'A country pays once it places more than {switch:qNext>next} before the guarantee, against {value:qNext} for a typical next-tier country, so at the defaults the next tier loses {output:next.value|abs}. Each order it already placed earns only {output:next.perOrder} before fixed costs: the margin on the orders the guarantee adds barely covers the late orders and the faster route on all of them, so the fixed cost of {value:fixedCost} per country needs a large market to carry it. That is why the guarantee went first to the largest markets.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'AliExpress Choice, which guarantees five-day delivery to several countries, exemplifies this winning strategy.'
				}
			]
		},
		lift: {
			text: 'The next tier pays once the guarantee adds more than {switch:lift>next} to a country’s orders, against {value:lift} assumed. Korea’s reported surge lies above that line, but it was a showcase pilot and holds the market’s own growth; with a lift like it the next tier is worth {output:next.value@lift=1}. The lift is the assumption the expansion rests on, and the first thing to measure in each new launch.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Guaranteed Delivery Services: They are going to expand their 5-day guaranteed delivery service, AliExpress Choice, to more countries.'
				}
			]
		},
		shifted: {
			text: 'Orders a country placed through slower shipping would have come anyway, so their margin is not new; moving them onto the five-day route only adds its premium of {value:premium}, which costs the next tier {output:next.premiumPv} over the horizon. Counting their margin as a gain would value every order in the country, not the {value:lift} the guarantee adds, and would make any country look worth a launch. The premium itself is a crux: below {switch:premium>next} the next tier pays.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This service leverages Cainiao’s scale advantages and smart technologies to provide fast and reliable cross-border shipping at really low prices.'
				}
			]
		},
		late: {
			text: 'A late order costs the group {output:next.missCost}: {value:refund} of compensation, paid to the buyer and so a real cost to the group, plus {value:lostMargin} of margin on orders the buyer no longer places; Cainiao’s own margin on the parcel is not a cost, because Cainiao is in the group. At {value:late} of orders late that costs the next tier {output:next.latePv} over the horizon. Even with a Korea-like lift, the next tier stops paying once more than {switch:late>next@lift=1} of its orders are late.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote: 'And it can impact their delivery guarantees (which is the key to AliExpress Choice).'
				}
			]
		},
		stop: {
			text: 'The long tail, small markets of {value:qRest} each, loses money at any size from {never:qRest} at the defaults, so offering the guarantee in all markets is worth {output:all.value} against the next tier’s {output:next.value}. With a Korea-like lift the tail would pay above {switch:qRest>all@lift=1} per country, so the line falls where a country’s orders cover its fixed and launch costs. What could move it is left out of the model: flights and hubs shared by many countries lowering the cost per parcel for all of them.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'And at each step, they use their existing scale to expand from a position of strength into the next network.'
				}
			]
		}
	}
};
