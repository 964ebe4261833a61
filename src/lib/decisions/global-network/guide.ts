import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const globalNetworkGuide: RoomGuide = {
	modelId: 'global-network',
	goals: [
		'Explain own-versus-rent as a fixed-versus-variable cost choice, and find the throughput at which owning a hub pays.',
		'Put a value on a day saved in delivery, and separate what owning saves in cost from what it wins in speed.',
		'Decide whether to build for the peak or rent it, and say which assumption settles that.',
		'Tell a real cost to the group from a transfer inside it: a third party’s price against Cainiao’s own margin.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and the context: Cainiao’s cross-border volume, and scale as what owning needs. Ask the room: rent, own, or own the base and rent the peaks? Note the vote.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three options, one cost curve each',
			slide: 'options',
			what: 'Write cost per parcel on the board: capital annuity and fixed cost over throughput, plus handling, less the value of days saved, against a third party’s price. Owned hubs are built for the peak day; the hybrid builds for the average day and rents the rest.'
		},
		{
			id: 'assumptions',
			minutes: 6,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show throughput per hub, the third party’s price against own handling, the site and equipment capital, the peak, and the days saved with what a day is worth. Point out which come from published figures (the number of centres) and which are judgements, the days saved among them: the speed-up Cainiao announced came with its distribution centres, and how much of it owning adds over renting no source says.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome: cost per parcel by throughput',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of cost per parcel against throughput, with the throughput at which owning starts to pay. Take the throughput prompt with the whole room.',
			prompts: ['throughput']
		},
		{
			id: 'groups',
			minutes: 13,
			title: 'Small groups: one lever each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. The peaks group argues for the hybrid, the rent group for renting. Each prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['peaks', 'rent', 'rate', 'speed']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the peaks group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Note which flips hand the verdict to the hybrid rather than to renting.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Return to the vote. Ask which hubs the room would own and which it would rent, and why the observer calls the network a price smaller competitors cannot match.'
		}
	],
	answers: {
		throughput: {
			text: 'An owned hub beats renting above {switch:throughput>own}, against the {value:throughput} assumed, where it costs {output:own.costPerParcel} after tax against {output:rent.costPerParcel} rented. Its capital and fixed cost are spread over every parcel, so the cost falls with throughput while the third party’s price does not; a new or small hub below the line should rent until its volume arrives. Cainiao’s large European centres sit well above it, which is the scale the observer means.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'And at each step, they use their existing scale to expand from a position of strength into the next network.'
				}
			]
		},
		speed: {
			text: 'A day saved is worth {output:own.dayValue}: the orders it wins times the margin on each. Owned hubs save {output:own.daysSaved} a parcel, which is worth {output:own.speedPv} over the horizon across the network. Speed alone does not decide: with any lift per day from {never:liftPerDay} owning still wins, because it is cheaper per parcel before any speed is counted.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Cainiao’s goal is to build a cost-effective global network that allows for fast and reliable shipping between different regions.'
				}
			]
		},
		peaks: {
			text: 'An owned hub must hold its peak day, so its equipment is sized at {value:peak} its average day; the hybrid builds for the average day and rents the {value:overflow} of parcels above it. Building for the peak wins while the peak stays below {switch:peak>hybrid}: above it, equipment that stands idle most of the year costs more than renting the peak parcels at the third party’s price and speed. Flatter years favour the hybrid too: with fewer than {switch:overflow>hybrid} of parcels above the average day, renting them is the cheaper way.'
		},
		rent: {
			text: 'Renting wins only if a third party charged less than {switch:rentPrice>rent}, against the {value:rentPrice} assumed, which is close to what an owned hub’s own costs come to. A third party’s price holds its own capital charge, its margin and its idle peak capacity, and Cainiao’s volume is what lets its own hubs avoid paying that margin. Cainiao’s margin on its own hubs is no cost to the group; the third party’s is.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Cainiao is aggressively expanding its global network of warehouses, sorting centers, and transportation routes.'
				}
			]
		},
		rate: {
			text: 'A higher rate raises the annuity on every dollar of capital, and after tax depreciation repays only part of it, so it counts against the option that holds more capital for the same parcels: owned hubs, whose equipment is sized for the peak day and stands idle most of the year. Above a rate of {switch:rate>hybrid}, higher than the interval assumed, the hybrid, which builds for the average day and rents the peak, costs less than owning; at {value:rate@rate=0.14} it needs {switch:throughput>hybrid@rate=0.14} to beat renting, against {switch:throughput>own} for owning at the default. Within the interval assumed the rate does not change the verdict: owning wins.'
		}
	}
};
