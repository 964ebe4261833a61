/**
 * Brief 8: run 1688, Xianyu, DingTalk and Quark as independent subsidiaries, or inside the group.
 *
 * The economics, per unit: value = p · V − funding. Independence raises the chance of success p by Δp (its
 * own strategy, not bound to its place in the group) but gives up the synergy s of shared traffic and adds
 * the overhead c of a company of its own, so it pays when Δp · V > s + c, in present value: Δp* = (s + c) / V,
 * before the loss after the cycle (below), which makes it Δp · (V − L) > (s + c) + p · L.
 * Outside capital is not free money: investors pay for a share of a unit, and the group gives up that share
 * of the unit's value; at a fair price the two cancel, and what is left is the discount investors demand.
 * The engine has no portfolio type, so each unit has its own parameters, its own cash series and its own
 * row of the breakdown; the options switch each unit in or out.
 *
 * Timing: money is USD bn at the end of 2023 (the decision, November 2023); funding, lost synergy and
 * overhead are paid each year of the funding cycle (2024 on), and the value at success V is counted at the
 * cycle's end: V is the value after the cycle, a terminal value inside each unit's row. A unit that succeeds
 * stays independent after the cycle (`persist`, the share of the loss that goes on), so its lost synergy and
 * overhead go on too: its value at success is V less that loss as a perpetuity at the cycle's end (before
 * revision 2 the loss stopped with the funding while V stayed whole, as if every unit rejoined the group
 * then). A unit that fails is folded back or closed, and its loss stops. Funding is the same
 * whichever way a unit is run, so it decides nothing; failure is carried by p, so the discount rate carries
 * no venture premium (one risk, counted once).
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_SCMP } from '$lib/sources/catalog';
import { groupWacc, chinaIncomeTax } from '$lib/sources/public-figures';

const XIANYU = {
	url: 'https://information.bz/',
	title: 'Xianyu’s users, trade and new fee (information.bz; full address not recorded)',
	date: '2024-07-31'
};

const REVERSAL = {
	url: 'https://www.scmp.com/',
	title: 'South China Morning Post on Alibaba’s new e-commerce business group (full address not recorded)',
	date: '2024-11-21',
	quote:
		'The new unit, officially named Alibaba E-commerce Business Group, will integrate the Taobao and Tmall Group, Alibaba International Digital Commerce, 1688 Marketplace, Idle Fish and other e-commerce operations.'
};

const WU_INDEPENDENT =
	'will, in organisational terms, operate as independent subsidiaries and will not be constrained to their previous positioning within the group, enabling them to face the larger market with their own strategies';

export const innovationSubsidiaries: ModelDef = {
	id: 'innovation-subsidiaries',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'an independent unit that succeeds now stays independent after the funding cycle and keeps losing its shared-traffic synergy and paying its overhead; before, both stopped with the funding while the value at success stayed whole. Independence now needs a larger lift in the chance of success',
			added: { id: 'persist', before: 0 }
		}
	],
	title: 'Run 1688, Xianyu, DingTalk and Quark as independent subsidiaries?',
	question:
		'Independent subsidiaries with their own strategy and three to five years of funding, or business lines inside the group?',
	summary:
		'Per unit: value = chance of success × value at success − funding. Independence adds Δp to the chance but gives up the shared-traffic synergy and adds overhead, during the cycle and, for a unit that succeeds and stays independent, after it; outside capital sells a share of the unit at a price, less the discount investors demand.',
	periods: { count: 6, unit: 'year', start: 2023 },
	flags: { ind1688: 0, indXianyu: 0, indDingTalk: 0, indQuark: 0, outside: 0 },
	options: [
		{
			id: 'integrated',
			label: 'Inside the group',
			description:
				'All four stay business lines of the group, sharing its traffic and its support functions.',
			set: { ind1688: 0, indXianyu: 0, indDingTalk: 0, indQuark: 0, outside: 0 }
		},
		{
			id: 'independent',
			label: 'Independent subsidiaries',
			description:
				'All four become subsidiaries with their own strategy, funded by the group for the cycle: a better chance of success, less shared traffic, more overhead.',
			set: { ind1688: 1, indXianyu: 1, indDingTalk: 1, indQuark: 1, outside: 0 }
		},
		{
			id: 'outside',
			label: 'Independent, with outside capital',
			description:
				'As independent, and each sells a minority stake to outside investors at a price below what the share is worth to the group by the investors’ discount.',
			set: { ind1688: 1, indXianyu: 1, indDingTalk: 1, indQuark: 1, outside: 1 }
		},
		{
			id: 'split',
			label: 'Commerce units inside, DingTalk and Quark independent',
			description:
				'Per unit rather than all four alike: 1688 and Xianyu, which share the marketplaces’ traffic, stay inside; DingTalk and Quark, which share little, become independent.',
			set: { ind1688: 0, indXianyu: 0, indDingTalk: 1, indQuark: 1, outside: 0 }
		}
	],
	params: [
		{
			id: 'V1688',
			label: '1688: value at success',
			unit: 'USD bn',
			default: 8,
			min: 1,
			max: 30,
			step: 0.5,
			description:
				'What the unit adds to the group if its strategy succeeds, valued at the end of the funding cycle: all the value after the cycle (a terminal value).',
			uncertain: { dist: 'lognormal', low: 4, high: 16 },
			sources: [
				{
					assumption:
						'USD 8 bn: a wholesale marketplace that becomes a pillar of its own, at home and as a supplier of sellers abroad; no source values it. The interval (4–16) runs from a modest business to twice that.'
				}
			]
		},
		{
			id: 'VXianyu',
			label: 'Xianyu: value at success',
			unit: 'USD bn',
			default: 6,
			min: 1,
			max: 30,
			step: 0.5,
			description:
				'What the unit adds to the group if its strategy succeeds, valued at the end of the funding cycle: all the value after the cycle (a terminal value).',
			uncertain: { dist: 'lognormal', low: 3, high: 12 },
			sources: [
				{
					...XIANYU,
					quote:
						'the number of monthly active users has reached 162 million, and the average daily GMV has exceeded 1 billion.',
					role: 'context',
					note: 'Hindsight (July 2024): about RMB 365 bn of yearly trade, which a fee of 0.6 % would turn into about RMB 2.2 bn, USD 0.3 bn, of revenue a year.'
				},
				{
					...XIANYU,
					quote:
						'Starting from September 1, 2024, a basic software service fee of 0.6% will be charged to all sellers (up to 60 yuan per transaction).',
					role: 'context',
					note: 'Hindsight: how Xianyu began to charge for the trade it carries.'
				},
				{
					assumption:
						'USD 6 bn: a second-hand marketplace that learns to charge for a large trade (see the hindsight figures above): USD 0.3 bn of fees a year is worth a few billion once it earns a margin, and more if it grows; no source values it.'
				}
			]
		},
		{
			id: 'VDingTalk',
			label: 'DingTalk: value at success',
			unit: 'USD bn',
			default: 5,
			min: 1,
			max: 30,
			step: 0.5,
			description:
				'What the unit adds to the group if its strategy succeeds, valued at the end of the funding cycle: all the value after the cycle (a terminal value).',
			uncertain: { dist: 'lognormal', low: 2, high: 12 },
			sources: [
				{
					assumption:
						'USD 5 bn: office software that wins paying companies and an AI agent platform; no source values it. The interval is wide because such software is worth little or a great deal.'
				}
			]
		},
		{
			id: 'VQuark',
			label: 'Quark: value at success',
			unit: 'USD bn',
			default: 5,
			min: 1,
			max: 30,
			step: 0.5,
			description:
				'What the unit adds to the group if its strategy succeeds, valued at the end of the funding cycle: all the value after the cycle (a terminal value).',
			uncertain: { dist: 'lognormal', low: 2, high: 12 },
			sources: [
				{
					assumption:
						'USD 5 bn: a search and cloud-storage app that becomes an AI assistant with paying users; no source values it.'
				}
			]
		},
		{
			id: 's1688',
			label: '1688: shared-traffic synergy',
			unit: 'USD bn/yr',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Marketplace profit, before tax, that the unit and the group make together through shared traffic (accounts, search, app entry points) and that an independent unit gives up.',
			uncertain: { dist: 'pert', low: 0.1, high: 0.5 },
			sources: [
				{
					assumption:
						'USD 0.3 bn a year before tax: 1688 supplies many of Taobao’s sellers and shares its buyers’ accounts, search and payments; an independent 1688 that sets its own terms loses part of that joint profit. What it might pay the marketplaces for traffic is a transfer inside the group and is not counted; only the profit the two no longer make together is. No source measures it.'
				}
			]
		},
		{
			id: 'sXianyu',
			label: 'Xianyu: shared-traffic synergy',
			unit: 'USD bn/yr',
			default: 0.25,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Marketplace profit, before tax, that the unit and the group make together through shared traffic (accounts, search, app entry points) and that an independent unit gives up.',
			uncertain: { dist: 'pert', low: 0.08, high: 0.45 },
			sources: [
				{
					assumption:
						'USD 0.25 bn a year before tax: Xianyu’s users sign in with Taobao accounts, reach it from the Taobao app and resell goods bought on Taobao. No source measures it.'
				}
			]
		},
		{
			id: 'sDingTalk',
			label: 'DingTalk: shared-traffic synergy',
			unit: 'USD bn/yr',
			default: 0.03,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Marketplace profit, before tax, that the unit and the group make together through shared traffic (accounts, search, app entry points) and that an independent unit gives up.',
			uncertain: { dist: 'pert', low: 0, high: 0.1 },
			sources: [
				{
					assumption:
						'USD 0.03 bn a year: office software shares little traffic with shopping; what it buys from Alibaba Cloud it pays for either way, a transfer inside the group and no synergy.'
				}
			]
		},
		{
			id: 'sQuark',
			label: 'Quark: shared-traffic synergy',
			unit: 'USD bn/yr',
			default: 0.05,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Marketplace profit, before tax, that the unit and the group make together through shared traffic (accounts, search, app entry points) and that an independent unit gives up.',
			uncertain: { dist: 'pert', low: 0, high: 0.15 },
			sources: [
				{
					assumption:
						'USD 0.05 bn a year: some search traffic sent to and from the marketplaces; little beside the commerce units.'
				}
			]
		},
		{
			id: 'pBase',
			label: 'Chance of success inside the group',
			unit: '%',
			default: 0.3,
			min: 0.05,
			max: 0.8,
			step: 0.01,
			description: 'The chance that a unit becomes the pillar it is meant to be, run as a business line.',
			uncertain: { dist: 'pert', low: 0.15, high: 0.5 },
			sources: [
				{
					doc: DOC_SCMP,
					quote:
						'Alibaba Group Holding is banking on four new business pillars to drive growth in the coming decade',
					role: 'context'
				},
				{
					assumption:
						'30 %: new growth businesses fail more often than not; no source gives a rate. It moves every option alike and decides little.'
				}
			]
		},
		{
			id: 'lift',
			label: 'Lift in the chance of success from independence (Δp)',
			unit: '%',
			default: 0.1,
			min: 0,
			max: 0.3,
			step: 0.005,
			description:
				'Points added to the chance of success by a strategy of its own, its own decisions and its own incentives.',
			uncertain: { dist: 'pert', low: 0.02, high: 0.2 },
			sources: [
				{ doc: DOC_SCMP, after: 'outcome', quote: WU_INDEPENDENT, role: 'context' },
				{
					assumption:
						'10 points, from 30 % to 40 %: the crux, and no source measures it. The interval runs from an independence that changes little (2 points) to one that two-thirds again improves the odds (20 points).'
				}
			]
		},
		{
			id: 'overhead',
			label: 'Overhead of an independent unit',
			unit: 'USD bn/yr',
			default: 0.05,
			min: 0,
			max: 0.2,
			step: 0.005,
			description:
				'Before tax, per unit: a board, finance, legal and people functions, and technology of its own instead of the group’s shared services.',
			uncertain: { dist: 'pert', low: 0.02, high: 0.1 },
			sources: [
				{
					assumption:
						'USD 50 m a year, about RMB 360 m: a few hundred staff in functions the group used to share; no source gives it.'
				}
			]
		},
		{
			id: 'funding',
			label: 'Funding per unit',
			unit: 'USD bn/yr',
			default: 0.25,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'What the group puts into each unit a year over the cycle, after tax; the same whichever way it is run, so it moves every option alike.',
			uncertain: { dist: 'pert', low: 0.1, high: 0.5 },
			sources: [
				{
					assumption:
						'USD 0.25 bn a year per unit: no source gives the sums. It does not decide: a unit inside the group is funded too.'
				}
			]
		},
		{
			id: 'years',
			label: 'Years of funding (the cycle)',
			unit: 'years',
			default: 4,
			min: 3,
			max: 5,
			step: 1,
			description:
				'Funding, lost synergy and overhead are paid for this many years; the value at success is counted at the end.',
			sources: [
				{
					url: 'https://www.asiaict.com/ai/7569.html',
					title: 'Alibaba’s plans for its strategic-innovation businesses (asiaict.com)',
					date: '2025-02-12',
					after: 'outcome',
					quote: 'Alibaba plans to continue investing in them over a 3-5 year cycle.',
					role: 'value',
					derive: { figure: '3-5 year', formula: '(x + 5) / 2', says: 'the middle of three to five years' },
					note: 'Reported after the decision of November 2023; it states the horizon the group gave the units.'
				}
			]
		},
		{
			id: 'persist',
			label: 'Independence after the cycle',
			unit: '%',
			default: 1,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'The share of an independent unit’s lost synergy and overhead that goes on after the funding cycle, when the unit succeeds: 100 % if it stays independent for good, 0 % if it rejoins the group then and gets its shared traffic back. A unit that fails is folded back or closed either way.',
			sources: [
				{ doc: DOC_SCMP, after: 'outcome', quote: WU_INDEPENDENT, role: 'context' },
				{
					assumption:
						'100 %: the units were made independent subsidiaries with no end date; the funding cycle ends, their independence does not. Lower values stand for a unit folded back once it has succeeded, as 1688 and Xianyu were a year later; the model does not value the choice to fold back, only a share of the loss that stops.'
				}
			]
		},
		{
			id: 'tax',
			label: 'Income tax on synergy and overhead',
			unit: '%',
			default: 0.25,
			min: 0,
			max: 0.35,
			step: 0.01,
			description:
				'The synergy is profit before tax and the overhead a deductible cost: both count after tax.',
			sources: [
				{
					...chinaIncomeTax,
					role: 'value',
					derive: {
						figure: '25%',
						formula: 'x / 100',
						says: 'the standard rate of China’s enterprise income tax, 25 / 100 = 0.25'
					}
				},
				{
					assumption:
						'Held at the standard rate in the simulated futures: no higher rate applies (withholding tax on dividends does not reach profit lost inside the group), and a unit granted the 15 % rate of a high and new technology enterprise, as DingTalk or Quark might be, loses less after tax, which the slider shows.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.085,
			min: 0.06,
			max: 0.14,
			step: 0.0025,
			description:
				'The same for every option; the risk that a unit fails is in its chance of success, not here.',
			uncertain: { dist: 'normal', low: 0.075, high: 0.1 },
			sources: [
				{
					...groupWacc,
					role: 'value',
					derive: {
						figure: '7.9%',
						formula: 'x / 100 + 0.006',
						says: 'the group’s 7.9 % plus 0.6 points for one unit (an assumption)'
					}
				},
				{
					assumption:
						'8.5 %: the group’s cost of capital plus a small premium for one unit. No venture premium: the chance of failure is carried by p, and charging it in the rate too would count one risk twice.'
				}
			]
		},
		{
			id: 'outsideShare',
			label: 'Share of each unit sold to outside investors',
			unit: '%',
			default: 0.2,
			min: 0.05,
			max: 0.49,
			step: 0.01,
			description: 'Only with outside capital: the group keeps control.',
			uncertain: { dist: 'triangular', low: 0.1, high: 0.3 },
			sources: [
				{
					assumption:
						'20 %: a minority round that leaves control with the group; the interval runs from 10 % to 30 %.'
				}
			]
		},
		{
			id: 'investorDiscount',
			label: 'Investors’ discount on the share they buy',
			unit: '%',
			default: 0.15,
			min: -0.3,
			max: 0.5,
			step: 0.01,
			description:
				'How far below its worth to the group investors pay for a share: for a minority without control or a market to sell in, and for knowing less than the seller. Negative: they pay more than it is worth.',
			uncertain: { dist: 'pert', low: 0, high: 0.3 },
			sources: [
				{
					assumption:
						'15 %: minority stakes in unlisted companies are bought below their share of the value, for want of control and of a market; no source prices these units. At 0 a fair price, and outside capital neither adds nor takes value.'
				}
			]
		}
	],
	series: {
		active: {
			label: 'Years of the funding cycle',
			unit: '',
			formula: 't >= 1 and t <= years ? 1 : 0'
		},
		prize: {
			label: 'The cycle’s end, when a success is counted',
			unit: '',
			formula: 't >= years and t < years + 1 ? 1 : 0'
		},
		lost1688: {
			label: '1688: synergy lost and overhead after the cycle, for good, at its end',
			unit: 'USD bn',
			formula: 'persist * (1 - tax) * (s1688 + overhead) / rate'
		},
		lostXianyu: {
			label: 'Xianyu: synergy lost and overhead after the cycle, for good, at its end',
			unit: 'USD bn',
			formula: 'persist * (1 - tax) * (sXianyu + overhead) / rate'
		},
		lostDingTalk: {
			label: 'DingTalk: synergy lost and overhead after the cycle, for good, at its end',
			unit: 'USD bn',
			formula: 'persist * (1 - tax) * (sDingTalk + overhead) / rate'
		},
		lostQuark: {
			label: 'Quark: synergy lost and overhead after the cycle, for good, at its end',
			unit: 'USD bn',
			formula: 'persist * (1 - tax) * (sQuark + overhead) / rate'
		},
		cash1688: {
			label: '1688: cash to the group',
			unit: 'USD bn',
			formula:
				'prize * (pBase + ind1688 * lift) * (V1688 - ind1688 * lost1688) * (1 - outside * ind1688 * outsideShare * investorDiscount) - active * (funding + ind1688 * (1 - tax) * (s1688 + overhead))'
		},
		cashXianyu: {
			label: 'Xianyu: cash to the group',
			unit: 'USD bn',
			formula:
				'prize * (pBase + indXianyu * lift) * (VXianyu - indXianyu * lostXianyu) * (1 - outside * indXianyu * outsideShare * investorDiscount) - active * (funding + indXianyu * (1 - tax) * (sXianyu + overhead))'
		},
		cashDingTalk: {
			label: 'DingTalk: cash to the group',
			unit: 'USD bn',
			formula:
				'prize * (pBase + indDingTalk * lift) * (VDingTalk - indDingTalk * lostDingTalk) * (1 - outside * indDingTalk * outsideShare * investorDiscount) - active * (funding + indDingTalk * (1 - tax) * (sDingTalk + overhead))'
		},
		cashQuark: {
			label: 'Quark: cash to the group',
			unit: 'USD bn',
			formula:
				'prize * (pBase + indQuark * lift) * (VQuark - indQuark * lostQuark) * (1 - outside * indQuark * outsideShare * investorDiscount) - active * (funding + indQuark * (1 - tax) * (sQuark + overhead))'
		},
		cash: {
			label: 'Cash to the group, four units',
			unit: 'USD bn',
			formula: 'cash1688 + cashXianyu + cashDingTalk + cashQuark'
		},
		pv: {
			label: 'Cumulative present value to the group',
			unit: 'USD bn',
			formula: 'prev(pv) + cash / (1 + rate)^t'
		}
	},
	outputs: {
		value: {
			label: 'Value of the four units to the group',
			unit: 'USD bn',
			formula: 'last(pv)',
			description:
				'Present value at the end of 2023, after tax: expected value at success less funding, lost synergy, overhead and any discount to outside investors.'
		},
		unit1688: {
			label: '1688',
			unit: 'USD bn',
			formula: 'npv(cash1688, rate)',
			description:
				'1688’s expected value at success less its funding, its lost synergy and its overhead, in present value.'
		},
		star1688: {
			label: '1688: lift in the chance of success that pays for independence',
			unit: '%',
			formula:
				'last(lost1688) < V1688 ? (1 - tax) * (s1688 + overhead) * npv(active, rate) / ((V1688 - last(lost1688)) * npv(prize, rate)) + pBase * last(lost1688) / (V1688 - last(lost1688)) : 1',
			description:
				'The lift that pays: the lost synergy and the overhead over the cycle, and after it the loss L a successful unit goes on bearing (both after tax), against its value at success less L, all in present value: Δp* = (s + c) over the cycle / (V − L) + p × L / (V − L); 100 % where L is as large as V.'
		},
		unitXianyu: {
			label: 'Xianyu',
			unit: 'USD bn',
			formula: 'npv(cashXianyu, rate)',
			description:
				'Xianyu’s expected value at success less its funding, its lost synergy and its overhead, in present value.'
		},
		starXianyu: {
			label: 'Xianyu: lift in the chance of success that pays for independence',
			unit: '%',
			formula:
				'last(lostXianyu) < VXianyu ? (1 - tax) * (sXianyu + overhead) * npv(active, rate) / ((VXianyu - last(lostXianyu)) * npv(prize, rate)) + pBase * last(lostXianyu) / (VXianyu - last(lostXianyu)) : 1',
			description:
				'The lift that pays: the lost synergy and the overhead over the cycle, and after it the loss L a successful unit goes on bearing (both after tax), against its value at success less L, all in present value: Δp* = (s + c) over the cycle / (V − L) + p × L / (V − L); 100 % where L is as large as V.'
		},
		unitDingTalk: {
			label: 'DingTalk',
			unit: 'USD bn',
			formula: 'npv(cashDingTalk, rate)',
			description:
				'DingTalk’s expected value at success less its funding, its lost synergy and its overhead, in present value.'
		},
		starDingTalk: {
			label: 'DingTalk: lift in the chance of success that pays for independence',
			unit: '%',
			formula:
				'last(lostDingTalk) < VDingTalk ? (1 - tax) * (sDingTalk + overhead) * npv(active, rate) / ((VDingTalk - last(lostDingTalk)) * npv(prize, rate)) + pBase * last(lostDingTalk) / (VDingTalk - last(lostDingTalk)) : 1',
			description:
				'The lift that pays: the lost synergy and the overhead over the cycle, and after it the loss L a successful unit goes on bearing (both after tax), against its value at success less L, all in present value: Δp* = (s + c) over the cycle / (V − L) + p × L / (V − L); 100 % where L is as large as V.'
		},
		unitQuark: {
			label: 'Quark',
			unit: 'USD bn',
			formula: 'npv(cashQuark, rate)',
			description:
				'Quark’s expected value at success less its funding, its lost synergy and its overhead, in present value.'
		},
		starQuark: {
			label: 'Quark: lift in the chance of success that pays for independence',
			unit: '%',
			formula:
				'last(lostQuark) < VQuark ? (1 - tax) * (sQuark + overhead) * npv(active, rate) / ((VQuark - last(lostQuark)) * npv(prize, rate)) + pBase * last(lostQuark) / (VQuark - last(lostQuark)) : 1',
			description:
				'The lift that pays: the lost synergy and the overhead over the cycle, and after it the loss L a successful unit goes on bearing (both after tax), against its value at success less L, all in present value: Δp* = (s + c) over the cycle / (V − L) + p × L / (V − L); 100 % where L is as large as V.'
		},
		afterCycle: {
			label: 'Expected value at success, present value (the terminal value inside the rows)',
			unit: 'USD bn',
			formula:
				'npv(prize, rate) * ((pBase + ind1688 * lift) * (V1688 - ind1688 * last(lost1688)) + (pBase + indXianyu * lift) * (VXianyu - indXianyu * last(lostXianyu)) + (pBase + indDingTalk * lift) * (VDingTalk - indDingTalk * last(lostDingTalk)) + (pBase + indQuark * lift) * (VQuark - indQuark * last(lostQuark)))',
			description:
				'All the value after the funding cycle, weighted by the chance of success, before any investors’ discount, and for an independent unit less what it goes on losing after the cycle: most of each unit’s row lies here.'
		},
		dilution: {
			label: 'Cost of outside capital: the investors’ discount',
			unit: 'USD bn',
			formula:
				'outside * outsideShare * investorDiscount * npv(prize, rate) * (ind1688 * (pBase + lift) * (V1688 - last(lost1688)) + indXianyu * (pBase + lift) * (VXianyu - last(lostXianyu)) + indDingTalk * (pBase + lift) * (VDingTalk - last(lostDingTalk)) + indQuark * (pBase + lift) * (VQuark - last(lostQuark)))',
			description:
				'The share sold times its worth to the group, less the price paid for it: zero at a fair price. The share’s worth is taken as its part of the expected value at success (less what a successful unit goes on losing), before the funding; the funding is the group’s whichever way the units are run.'
		}
	},
	decide: { by: 'value', higherIsBetter: true },
	chart: { series: 'pv' },
	breakdown: { add: ['unit1688', 'unitXianyu', 'unitDingTalk', 'unitQuark'] },
	card: {
		includes: [
			'Per unit, value = chance of success × value at success − funding; independence adds Δp to the chance, gives up the unit’s shared-traffic synergy and adds overhead, so it pays where the lift’s gain exceeds what independence costs, all in present value (the next line gives the sum).',
			'Independence outlasts the funding: a unit that succeeds stays independent (`persist`, 100 % by default, since the units were made subsidiaries with no end date), so its lost synergy and overhead go on after the cycle, a perpetuity at the cycle’s end taken from its value at success; a unit that fails is folded back or closed, and its loss stops. The lift that pays is then Δp* = (s + c) over the cycle / (V − L) + p × L / (V − L), L that perpetuity.',
			'Four units, each with its own value at success and its own synergy, each its own row of the breakdown; the options switch units in or out, and one option decides unit by unit (the commerce units inside, DingTalk and Quark independent), which the brief’s three options do not.',
			'Outside capital sells a minority of each unit at its worth to the group less the investors’ discount: at a fair price the group gives up exactly what it is paid, so outside money adds nothing, and at a discount it costs the discount.',
			'Synergy is marketplace profit before tax and overhead a deductible cost, both taxed; funding is the same whichever way a unit is run and decides nothing.',
			'The value at success is counted at the end of the funding cycle: it is all the value after the cycle, a terminal value inside each unit’s row. One discount rate, without a venture premium, since failure is carried by the chance of success.'
		],
		leavesOut: [
			{
				what: 'What outside investors might add or take beyond their price (discipline, a market test, or minority holders blocking shared traffic)',
				why: 'no source prices either; a negative discount shows investors who pay more than a share is worth. So in this model outside capital never beats independence alone at a fair price or a discount: it shows what the money costs, not what it is raised for (a valuation mark, equity for managers, a group short of capital).'
			},
			{
				what: 'Learning: the option to fold a unit back after a year if it is not working',
				why: 'the model values the cycle as one commitment, and a unit that succeeds as independent for good (or, with `persist` lower, as rejoining the group after the cycle); an option to reverse on the evidence makes independence worth more than shown, and the reversal of 2024 is such an option used.'
			},
			{
				what: 'Different chances and lifts for each unit',
				why: 'no source distinguishes them, so one base chance and one lift apply to all; each unit’s Δp* says how large its own lift would have to be.'
			},
			{
				what: 'Payments between the units and the rest of the group (cloud bills, fees)',
				why: 'transfers inside the group, neither cost nor gain to it.'
			}
		],
		carries: ['lift', 'persist', 'overhead', 'VDingTalk', 'VQuark', 'sQuark', 's1688', 'sXianyu'],
		actual:
			'In November 2023 Alibaba made all four units independent subsidiaries; a year later (SCMP, 21 November 2024) 1688 and Xianyu (Idle Fish) were folded into the new Alibaba E-commerce Business Group. At its defaults, nearly all of them judgements, the model does not explain the first choice: all four independent is worth about USD −0.5 bn against 1.9 for keeping them inside. A unit that succeeds stays independent and goes on losing its shared traffic and paying its overhead after the cycle, so the lift independence must bring (Δp*) is about 43 and 54 points for 1688 and Xianyu, and about 11 and 15 for DingTalk and Quark, against the 10 assumed. Keeping all four inside leads; deciding unit by unit (the commerce units inside, DingTalk and Quark independent) trails it by about USD 0.18 bn, ahead in about three simulated futures in ten, and leads above a lift of about 13 points, or where a unit that succeeds would rejoin the group after the cycle (independence after the cycle below about 61 %). All four independent would tie with keeping them inside at a lift of about 30 points, the top of its range, and lead only above about 48. The verdict hinges on `persist`, a policy rather than a fact: the model gives a unit nothing for staying independent once it has succeeded, so folding it back then is never worse here, and at `persist` 0, folding back after the cycle as 1688 and Xianyu were, deciding unit by unit leads by USD 0.28 bn, as in revision 1. Independence for good is what was announced, and what the default follows. The reversal is the model’s clearest reading: the commerce units need nearly four times the lift of the others, so a year of results showing less would fold them back first. The sizes of the synergies are judgements no source gives; what the model rests on is their order: the commerce units share more with the marketplaces than office software and search do.',
		answers: [
			{
				finding:
					'A review found that the lost synergy and overhead stopped with the funding cycle while the value at success stayed whole, as if every unit rejoined the group after four years; charging the loss for as long as a unit stays independent turns the verdict from deciding unit by unit to keeping all four inside.',
				answer:
					'Corrected in revision 2: a successful unit’s loss goes on after the cycle (`persist`), and the verdict is what the corrected model says. At `persist` 0 the model is revision 1’s, which a link made then still shows.'
			}
		]
	},
	teach: {
		context: [
			{
				text: 'In November 2023 Alibaba named four businesses to run as independent subsidiaries.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_SCMP,
						after: 'outcome',
						quote:
							'The four businesses will operate as independent subsidiaries, as they undergo ‘strategic-level innovation’ to drive Alibaba’s AI and global ambitions',
						role: 'context'
					},
					{
						doc: DOC_SCMP,
						quote:
							'They include online wholesale marketplace 1688, second-hand goods trading platform Xianyu, office collaboration and app development tool DingTalk, and search and cloud storage product Quark.',
						role: 'context'
					}
				]
			},
			{
				text: 'A year later two of them, 1688 and Xianyu (Idle Fish), were folded into a new e-commerce group.',
				after: 'outcome',
				sources: [{ ...REVERSAL, role: 'context' }]
			}
		],
		prompts: [
			{
				id: 'lift',
				text: 'How much must independence raise a unit’s chance of success to pay for the traffic it gives up and its overhead? Which units clear that bar?',
				param: 'lift'
			},
			{
				id: 'overhead',
				text: 'An independent unit pays for its own board, finance, people functions and technology for as long as it stays independent. How low would that overhead have to be for deciding unit by unit to beat keeping all four inside?',
				param: 'overhead'
			},
			{
				id: 'reversal',
				text: 'A year later 1688 and Xianyu were folded into the new e-commerce group. What does the model say about why?',
				param: 's1688'
			},
			{
				id: 'outside',
				text: 'Should the units raise outside capital? What does the group get, and what does it give up?',
				param: 'investorDiscount'
			},
			{
				id: 'funding',
				text: 'The units were promised three to five years of funding. Does that count against independence?'
			}
		]
	}
};
