import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const lastMileGuide: RoomGuide = {
	modelId: 'last-mile',
	goals: [
		'Explain a fixed-versus-variable cost choice: why paying a carrier per parcel wins at low volume and owning wins above a break-even volume.',
		'Show how order density changes an own fleet’s cost per parcel but not a partner’s fee, and what that does to the break-even volume.',
		'Put a price on a missed delivery guarantee, and on the reliability that control over the last mile buys.',
		'Judge emerging options (pickup points, automated vehicles) by the conditions under which they would win, not by their promise.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and the context: a five-day guarantee, a last mile whose cost moves with every parcel, and volume that decides most of it. Ask the room which of the four options they would pick for a new country, and note the vote.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Four options, one cost curve each',
			slide: 'options',
			what: 'Walk through the four options as fixed cost against cost per parcel: partners have no fixed cost and the highest fee; buying a carrier, pickup points and automated vehicles each spend capital to lower the cost of a parcel. Sketch cost per parcel against daily volume on the board.'
		},
		{
			id: 'assumptions',
			minutes: 6,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show the key assumptions: daily volume, order density, the partner’s fee against an own fleet’s cost, and how often each option keeps the guarantee. Point out how many of them are labelled judgements with no public figure.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome: the cheapest option by volume',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of cost per parcel against daily volume, with the volumes where the cheapest option changes. Take the break-even volume prompt with the whole room.',
			prompts: ['volume']
		},
		{
			id: 'groups',
			minutes: 13,
			title: 'Small groups: one option each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. The automation and pickup groups argue their option’s best case. Each prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['density', 'automation', 'pickup', 'reliability']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the density group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Note that some flips hand the verdict to a third option, not the runner-up.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Return to the vote. Ask which countries the room would now put above the line, and why the observer calls partnering “problematic”.'
		}
	],
	answers: {
		volume: {
			text: 'Buying a carrier beats paying one per parcel above {switch:volume>buy} in 2025, against the {value:volume} assumed. Owning swaps a fee of {value:partnerFee} for an own cost of {value:ownRoute} of driving plus {value:ownHandling} of depot handling, with capital of {value:buyCapital} and fixed costs of {value:buyFixed}, so it pays once volume spreads those costs thinly enough, and volume packs its routes denser, cutting its driving cost again. Above the line go only large markets with dense cities, like Spain, where Cainiao bought a carrier, and France, which the observer watches next; smaller markets stay with partners, which is why partnering remains the standard.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Partnering with local delivery companies is their standard strategy. But this is problematic. They recently bought a delivery company in Spain to have more control.'
				},
				{ doc: DOC_TOWSON, quote: 'I’m watching for this in Spain and France.' }
			]
		},
		density: {
			text: 'At half the typical density owning pays only above {switch:volume>buy@density=0.5}, and at twice the density already above {switch:volume>buy@density=2}, against {switch:volume>buy} at typical density. Most of an own fleet’s cost per parcel is driving between stops, which shrinks as stops get closer (depot handling does not), so Cainiao keeps the gain from dense routes only when it owns the fleet; a partner charges the same fee and keeps that gain itself. Density moves automation too: at half the density a driver costs more per parcel and a vehicle little more, so automation is cheapest from {switch:volume>automate@density=0.5} to {flip:volume@density=0.5,volume=max}, above which denser routes shrink that gap below the cost of its late parcels.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This strategy allows for greater order density within specific geographies, enabling Cainiao to leverage machine learning for smarter routing and batching, leading to cost savings.'
				}
			]
		},
		reliability: {
			text: 'One missed guarantee costs {output:partner.missCost}: {value:refund} of compensation (half the most Cainiao has promised for a late order) plus {value:churnCost} of margin on orders the customer no longer places. Control raises the share on time from {value:partnerOnTime} with partners to {value:buyOnTime} with an owned carrier, which cuts the cost of missed guarantees from {output:partner.lateCost} to {output:buy.lateCost} over the horizon; each point of reliability is worth a hundredth of the miss cost on every parcel. At this volume reliability does not decide: no partner on-time share from {never:partnerOnTime} makes partnering cheaper, since owning already wins on cost.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote: 'And it can impact their delivery guarantees (which is the key to AliExpress Choice).'
				}
			]
		},
		automation: {
			text: 'Automated vehicles beat the owned carrier once they keep the promise for more than {switch:autoOnTime>automate} of parcels, against the {value:autoOnTime} assumed for an unproven technology: about the {value:buyOnTime} an owned carrier reaches, because each parcel they deliver late costs compensation and later orders and eats the saving on drivers. With both reliability and ramp-up at their best, {best@autoRamp=min,autoOnTime=max} leads by {margin@autoRamp=min,autoOnTime=max}; speed alone is not enough, since no ramp-up from {never:autoRamp} makes automation win at the assumed reliability. Nobody has shown such reliability at scale, and its fixed cost, {value:autoCapital} up front and {value:autoFixed}, holds it back too: here automation suits sparse markets, and at {value:volume} it beats buying only below a density of {switch:density>automate}.',
			quotes: [
				{ doc: DOC_TOWSON, quote: 'Interesting but I’ve yet to see these deployed anywhere at scale.' }
			]
		},
		pickup: {
			text: 'Pickup points beat buying a carrier once more than {switch:pickupShare>pickup} of customers use them, against {value:pickupShare} assumed (the one sourced figure, for Poland, Europe’s most locker-minded market, is a ceiling, taken as the top of the range); below that the network’s capital and fixed costs are spread over too few parcels, and partners still deliver the rest to the door at full fee. Batching is what makes them cheap: the van serving the points sees {value:batching} the order density of door-to-door routes. In China Post Stations are everywhere, people live densely and collecting parcels is a habit; in much of Europe customers expect delivery to the door, and asked whether Cainiao would take the stations abroad, the observer got an answer that appears to be no, for now.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Cainiao Post Stations (in China): They have these everywhere in China and they offer convenient pickup and drop-off points for customers.'
				},
				{
					doc: DOC_TOWSON,
					quote:
						'I asked if they were going to take these international and the answer appears to be no (for now).'
				}
			]
		}
	}
};
