import type { RoomGuide } from '$lib/guides/types';
import { DOC_SCMP } from '$lib/sources/catalog';

export const innovationSubsidiariesGuide: RoomGuide = {
	modelId: 'innovation-subsidiaries',
	goals: [
		'Value independence for a unit as a trade: a better chance of success against the shared traffic given up and the overhead added.',
		'Find for each unit the lift in its chance of success that pays for independence, and see why it differs between units.',
		'Value outside capital honestly: a share sold at a price, not free money.',
		'Use the model to read the reversal of 2024, when the wholesale marketplace and Xianyu were folded back into the e-commerce group.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question aloud and take the first vote: all four inside, all four independent, independent with outside capital, or decide unit by unit? In a live room the phones answer once the console opens the vote; without one, count a show of hands on the board.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'The four options',
			slide: 'options',
			what: 'Walk through the options and the four units: a wholesale marketplace, a second-hand marketplace, office software, a search and storage app. Ask which of them share the most with Taobao and Tmall.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions behind the numbers',
			slide: 'assumptions',
			what: 'Show that almost every number is a judgement: the value of each unit at success, its shared-traffic synergy, the lift from independence. Only the cycle and the tax and discount rates have sources. Ask which judgement the room trusts least.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome at the sourced values',
			slide: 'outcome',
			what: 'Reveal the verdict and the four rows of the breakdown. Point out that a unit that succeeds stays independent, so what it gives up goes on after the cycle: the lift each unit needs is {output:integrated.starDingTalk} and {output:integrated.starQuark} for DingTalk and Quark, {output:integrated.star1688} and {output:integrated.starXianyu} for the commerce units, against the {value:lift} assumed. Take the funding prompt with the whole room: funding is paid whichever way a unit is run.',
			prompts: ['funding']
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups: move one assumption',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number for the room; the console shows each group’s value and verdict as it works.',
			prompts: ['lift', 'reversal', 'overhead', 'outside']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the lift group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Ask whether each lies inside what the room finds plausible.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Take the vote again and set it beside the first: who changed their mind, and which assumption moved them? End on the reversal of 2024 and what a year of results can teach.'
		}
	],
	answers: {
		lift: {
			text: 'Independence pays for a unit when it lifts the chance of success by more than its synergy and overhead, during the cycle and, for a unit that succeeds and stays independent, after it, weighed against its value at success: {output:integrated.star1688} for the wholesale marketplace, {output:integrated.starXianyu} for Xianyu, {output:integrated.starDingTalk} for DingTalk and {output:integrated.starQuark} for Quark, against the {value:lift} assumed. So at the sourced values {best} leads by {margin}; deciding unit by unit would lead above a lift of {switch:lift>split}, which lies inside the lift’s stated uncertainty, while all four independent leads nowhere in the lift’s range. No source measures the lift.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote:
						'will, in organisational terms, operate as independent subsidiaries and will not be constrained to their previous positioning within the group, enabling them to face the larger market with their own strategies'
				}
			]
		},
		reversal: {
			text: 'The model’s reason is shared traffic: the wholesale marketplace and Xianyu draw buyers, accounts and sellers from Taobao, so independence gives up {value:s1688} and {value:sXianyu} of marketplace profit before tax, against {value:sDingTalk} and {value:sQuark} for DingTalk and Quark. Their break-even lifts, {output:integrated.star1688} and {output:integrated.starXianyu}, are nearly four times the others’, so a year that showed independence lifting their odds by less than that is reason enough to fold them back, while DingTalk and Quark need far less evidence to stay independent. The sizes of the synergies are judgements; their order is what the argument rests on.'
		},
		outside: {
			text: 'Outside capital is not free money: investors pay for {value:outsideShare} of each unit, and the group gives up that share of the unit’s value. At a fair price the two cancel, and with the {value:investorDiscount} discount investors ask for a minority stake the group loses {output:outside.dilution}, so independence with outside capital trails independence alone. Outside capital helps only if investors pay more than a share is worth to the group, which the model shows with a negative discount.'
		},
		funding: {
			text: 'No: a unit inside the group is funded too, so the funding moves every option alike and changes no lead; what counts against independence is only the synergy given up and the overhead added. Doubling the funding to {value:funding@funding=0.5} leaves {best@funding=0.5} ahead by {margin@funding=0.5}, the same lead as at the sourced values. The promise of a long cycle matters to the units’ managers, not to the arithmetic of the choice.'
		},
		overhead: {
			text: 'Deciding unit by unit would beat keeping all four inside only with an independent unit’s overhead below {switch:overhead>split} before tax, against the {value:overhead} assumed; the model charges it, like the synergy given up, for as long as a unit stays independent: during the cycle, and after it for a unit that succeeds. At the top of its range, {value:overhead@overhead=max}, {best@overhead=max} leads by {margin@overhead=max}. Overhead counts like the synergy given up: the lift a unit needs grows with its synergy plus its overhead, after tax, against its value at success, so for DingTalk and Quark, which share little traffic, the overhead is at least half of the bar ({output:integrated.starDingTalk} and {output:integrated.starQuark}, against {output:integrated.starDingTalk@overhead=0} for DingTalk with none). No source gives the overhead: a unit that keeps using the group’s shared services carries less of it, though independence in name only would also lift its chance of success less.'
		}
	}
};
