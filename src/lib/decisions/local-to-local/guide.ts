import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const localToLocalGuide: RoomGuide = {
	modelId: 'local-to-local',
	goals: [
		'Price spare capacity at its incremental cost: why a parcel added to a network with fixed costs already paid can be sold below the network’s average cost.',
		'Show how third-party volume lowers the cost of the network’s own parcels through density, and why that saving is part of the incremental cost, not a second gain.',
		'Judge a price attack by what it can win: the local carriers’ price, how readily merchants switch, the incumbents’ answer and the parcels within the network’s reach decide whether to compete with the incumbents or partner with one.',
		'Read value against price: a band of prices that pays, and a best price that follows the competitors’ response.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and the context: a network in Spain built for AliExpress’s parcels. Ask the room to choose: own parcels only, open to all merchants, or partner with an incumbent. Note the vote.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three options, one network',
			slide: 'options',
			what: 'Draw the network’s cost: a fixed cost plus a cost per parcel that falls with density. Show that an extra parcel costs only the increase in the total, and that opening needs a sales team, launch capital and a pickup at each merchant while a partner needs none of them but pays less. Take the density prompt with the whole room.',
			prompts: ['density']
		},
		{
			id: 'assumptions',
			minutes: 6,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show the key assumptions: the local carriers’ price, how much of the undercut they match, how merchants respond to a discount, the share of the market within the network’s reach, the own volume and the density effect. Point out that none has a published figure: each is a labelled judgement with an interval.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome: value against price',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of value against price. Take the price floor and the shape of the curve with the whole room.',
			prompts: ['floor', 'price']
		},
		{
			id: 'groups',
			minutes: 13,
			title: 'Small groups',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. The partner group argues the partnership’s best case. Each prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['carriers', 'switching', 'reach', 'response', 'partner']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the carriers group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Note which assumptions flip the verdict inside their intervals and which cannot flip it at all.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Return to the vote, and take the ramp prompt: does how fast merchants move change the choice? Ask what the room would need to observe in Spain and France, the carriers’ prices, the network’s reach or the incumbents’ answer, to be sure of its choice.',
			prompts: ['ramp']
		}
	],
	answers: {
		floor: {
			text: 'A third-party parcel covers its marginal cost above {output:open.priceFloor}: collection at the merchant, {value:pickupCost}, plus what one more parcel adds to the network’s cost, which is well below the average cost of {output:open.ownCostBefore} because the fixed cost is paid already and each parcel makes the routes denser. Selling openly must also pay a sales team of {value:salesFixed} and launch capital of {value:launchCapital}, so it pays at all only in a band of prices between the floor and the local carriers’ price: at the assumed {value:price} it is worth {output:open.value}, and at its best price, {optimum}, still less than a partnership’s {output:partner.value}. With {value:coverage} of the market within reach, an undercut wins parcels enough to pay for selling to every merchant, but not enough to match a wholesale contract that needs no sales team; with all of it, {best@coverage=max} leads at the assumed price by {margin@coverage=max}.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'The idea is to use superior infrastructure and technology to offer services at significantly lower prices than local competitors.'
				}
			]
		},
		density: {
			text: 'Once ramped up, the third parties’ parcels lower the average cost of an AliExpress parcel from {output:open.ownCostBefore} to {output:open.ownCostAfter}, a fall of {output:open.ownCostDrop}, but most of that is the fixed cost spread over more parcels, which saves the group nothing. The real saving is density, routes that fill up: {output:open.savingValue} in present value over the eight years shown. It is not a second gain either: the extra network cost is the third parties’ parcels at the denser cost per parcel less that saving, so margin and saving together are exactly revenue less the extra cost.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'And at each step, they use their existing scale to expand from a position of strength into the next network.'
				}
			]
		},
		response: {
			text: 'Selling openly leads only while the incumbents match less than {switch:match>partner} of the undercut, against {value:match} assumed: every point they match shrinks the discount merchants see and the parcels Cainiao wins, while the sales team costs the same. The observer expects a price that smaller competitors cannot match, but the incumbents here are national carriers with dense networks of their own, so their answer is the number to argue about; a room that thinks they would barely answer should also ask how much of the market the network reaches.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Cainiao’s goal is to build a cost-effective global network that allows for fast and reliable shipping between different regions. And at a price that smaller competitors cannot match.'
				}
			]
		},
		carriers: {
			text: 'Selling openly beats the partnership at the assumed price once the local carriers charge more than {switch:incumbentPrice>partner}, against {value:incumbentPrice} assumed: a dearer incumbent leaves a deeper undercut at the same price, and every point of discount wins parcels, while the sales team costs the same. It is the crux, inside its interval: no contract price is published, and large shippers pay less than small ones, so the room should ask which merchants Cainiao would win and what they pay today.'
		},
		switching: {
			text: 'Selling openly leads once merchants answer a discount with more than {switch:switching>partner}, against {value:switching} assumed: that many more parcels for every point of discount they see. Nobody has measured it; merchants weigh reliability, returns and pickup coverage as well as price, and a new carrier must prove itself before large accounts move, so the room should judge how readily its own merchants would switch.'
		},
		reach: {
			text: 'Selling openly beats the partnership at the assumed price only once the network reaches more than {switch:coverage>partner} of the two countries’ parcels, against {value:coverage} assumed: a merchant moves only the parcels Cainiao can deliver, so reach scales every parcel an undercut wins, while the sales team and the launch capital cost the same. The only report is of a network in some thirty Spanish cities, and none in France, which points lower; the assumed reach follows the share of AliExpress’s own parcels that the model puts on the network, which it could not carry without reaching them. Before the model counted reach, the whole of both countries was open to it, and selling openly led.'
		},
		price: {
			text: 'Value against price rises and then falls: at low prices every parcel barely covers its cost however many come, and near the local carriers’ {value:incumbentPrice} the discount left after their answer wins too few merchants to pay the sales team. The best price is {optimum}, against {value:price} assumed, and it lies between the cost of a third-party parcel and the local carriers’ price, so it follows their price far more than how much of the undercut they match.'
		},
		partner: {
			text: 'A partnership needs no sales team, no collection and no price war, and its parcels come from the first year: at {value:partnerVolume} and {value:partnerPrice} it is worth {output:partner.value}, against {output:open.value} for selling openly. Selling openly would lead only if the partner brought fewer than {switch:partnerVolume>partner} at that wholesale price, or paid less than {switch:partnerPrice>partner} for the assumed volume, both below what the intervals allow. What a partnership gives up is the merchants themselves: the observer’s idea is “significantly lower prices than local competitors”, which a wholesale deal with one of them does not offer.'
		},
		ramp: {
			text: 'Even if merchants reach their share within {value:rampYears@rampYears=min}, {best@rampYears=min} leads by {margin@rampYears=min}; at {value:rampYears@rampYears=max} by {margin@rampYears=max}. Selling openly pays its sales team of {value:salesFixed} and its launch capital of {value:launchCapital} from the first year, while its margin arrives only as merchants move, so every year of delay takes parcels from the early years, when they are worth most; a partnership’s contracted volume does not wait. The ramp has no published figure, but at the assumed reach it does not decide: the parcels within reach do.'
		}
	}
};
