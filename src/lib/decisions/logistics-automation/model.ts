/**
 * Brief 13: should Cainiao automate a large warehouse (automated sorting, robotic storage and picking) or
 * keep manual operations? Three ways: manual, automated sorting only, full automation.
 *
 * The economics are capital against wages. Automation spends capital now and a yearly maintenance charge to
 * cut the headcount; the saving is headcount saved × wage, and the wage grows every year. Peaks such as
 * Singles’ Day decide the size of both: a manual warehouse staffs its peak weeks with temporary workers and
 * overtime at a premium, so each worker on the books costs more than a year’s wage; machines must be
 * sized for the peak and stand partly idle the rest of the year, so their capital grows with the peak.
 * Break-even wage W* = effective capital ÷ (after-tax growing annuity × headcount saved × peak load): the
 * wage above which an option pays for itself against manual work. The same warehouse, with China’s and
 * Europe’s wages, sits on opposite sides of it.
 *
 * Size: the reported warehouse had 2,000 workers (REF_HEADCOUNT). Another size keeps its shares: full
 * automation leaves the same share of the staff (1,000 of 2,000), and its capital grows with the size to the
 * power `scale` (the six-tenths rule of plant costs), so a larger warehouse pays less capital per worker
 * saved. Before revision 2 the workers left and the capital were the reported warehouse's whatever its size.
 *
 * Timing: capital at the start of 2025 (not discounted); wages, maintenance and tax at mid-year, year t
 * discounted by (1 + rate)^−(t + ½). The horizon is the machines’ life, ten years, so there is no value
 * after it: the machines are worn out in 2034 and the decision comes again. Wages grow at a nominal rate
 * and the rate is nominal. Costs are deductible at the tax rate; capital is depreciated straight-line over
 * the ten years, its tax shield counted against it.
 */
import type { ModelDef, PublicSource } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const BACKBONE: PublicSource = {
	url: 'https://technode.com/2018/06/04/jack-ma-all-in-cainiao/',
	title: 'Jack Ma goes all in on Cainiao',
	date: '2018-06-04',
	quote:
		'is going to invest more than RMB 100 billion ($15 billion) to build the technical backbone for a smart logistics network'
};

/** The peak, as a multiple of a normal week’s volume, for which the capital below is stated. */
export const PEAK_REF = 3;
/** The manual headcount of the reported warehouse, for which the workers left and the capital are stated. */
export const REF_HEADCOUNT = 2000;

const SPENDING =
	'And I expect continued big spending big on new logistics technologies, like smart routing and automated warehouses.';
const CHINA_DAILY =
	"China Daily (2020-11-30) reported of a Cainiao warehouse: “the warehouse has implemented some of the world's most advanced automation to cut the labor count from more than 2,000 to less than 1,000”; the article’s address was not recorded with the figure, so it is cited here in words.";

export const logisticsAutomation: ModelDef = {
	id: 'logistics-automation',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'a warehouse larger or smaller than the reported one now keeps its shares: full automation leaves the same share of its staff, and its capital grows with its size (to the power 0.6). Before, it kept 1,000 workers and cost the same capital whatever its size. A warehouse of 2,000 workers, the default, is as before',
			reworked: true
		}
	],
	title: 'Automate logistics: sorting and robotic warehouses?',
	question: 'Automated sorting and robotic warehouses, or manual operations?',
	summary:
		'Cost of running one large warehouse for ten years: wages of the staff it needs (growing each year, with the peak weeks staffed at a premium), the automation capital sized for the peak, maintenance, less the tax saved. Automation cuts headcount; it pays above a break-even wage W* = capital ÷ (annuity × headcount saved).',
	periods: { count: 10, unit: 'year', start: 2025 },
	flags: { sort: 0, full: 0 },
	options: [
		{
			id: 'manual',
			label: 'Manual operations',
			description:
				'People sort, store and pick; temporary staff and overtime carry the peak weeks. No capital.',
			set: { sort: 0, full: 0 }
		},
		{
			id: 'sorting',
			label: 'Automated sorting only',
			description:
				'Automated sorting lines replace the sorting crews; storage and picking stay manual. A part of the capital, a part of the saving.',
			set: { sort: 1, full: 0 }
		},
		{
			id: 'full',
			label: 'Full automation',
			description:
				'Automated sorting plus robotic storage and picking: the whole capital, and the headcount cut the reported warehouse achieved.',
			set: { sort: 0, full: 1 }
		}
	],
	params: [
		{
			id: 'wage',
			label: 'Cost of a warehouse worker',
			unit: 'USD k/yr',
			default: 12,
			min: 3,
			max: 80,
			step: 0.5,
			description:
				'What a worker costs a year in 2025, pay and social charges, in the country where the warehouse stands. China’s level is the default; a western European warehouse is several times it.',
			uncertain: { dist: 'triangular', low: 8, high: 17 },
			sources: [
				{
					assumption:
						'USD 12 k a year (about RMB 85,000): a Chinese warehouse worker’s pay of roughly RMB 5,500–6,500 a month plus social charges; no source checked for this model. A western European warehouse worker costs about USD 40–50 k a year with charges, also an assumption: set the wage there to compare.'
				}
			]
		},
		{
			id: 'wageGrowth',
			label: 'Wage growth a year',
			unit: '%',
			default: 0.05,
			min: 0,
			max: 0.1,
			step: 0.0025,
			description: 'Nominal growth of the cost of a worker, every year of the horizon.',
			uncertain: { dist: 'triangular', low: 0.02, high: 0.08 },
			sources: [
				{
					assumption:
						'5 % a year: Chinese wages for logistics work have grown faster than prices for two decades, if more slowly lately; Europe’s grow about 3 %. Nominal, like the discount rate.'
				}
			]
		},
		{
			id: 'headcount',
			label: 'Manual: workers on the books',
			unit: 'workers',
			default: 2000,
			min: 500,
			max: 5000,
			step: 50,
			description: 'The warehouse’s staff when it runs by hand, sized for a normal week.',
			uncertain: { dist: 'triangular', low: 1800, high: 2600 },
			sources: [
				{
					assumption: `2,000: ${CHINA_DAILY} “More than 2,000” puts the default at the figure and the interval mostly above it.`
				}
			]
		},
		{
			id: 'fullHeadcount',
			label: 'Full automation: workers left, of 2,000',
			unit: 'workers',
			default: 1000,
			min: 200,
			max: 2000,
			step: 50,
			description:
				'Staff the fully automated warehouse still needs (exceptions, loading, maintenance of the flow, supervision), stated for the reported warehouse of 2,000 workers; a larger or smaller one keeps the same share.',
			uncertain: { dist: 'triangular', low: 700, high: 1150 },
			sources: [
				{
					assumption: `1,000: the same report. “Less than 1,000” puts the default at the figure and the interval mostly below it; a warehouse automated later, with better robots, could need fewer.`
				}
			]
		},
		{
			id: 'sortShare',
			label: 'Sorting only: share of the headcount cut',
			unit: '%',
			default: 0.45,
			min: 0.1,
			max: 0.9,
			step: 0.01,
			description:
				'The part of full automation’s headcount cut that automated sorting alone delivers; storage and picking stay manual.',
			uncertain: { dist: 'triangular', low: 0.3, high: 0.6 },
			sources: [
				{
					assumption:
						'45 %: in a warehouse that stores, picks and ships, picking usually takes the most labour and sorting the outbound parcels a large part of the rest; a little under half is a judgement, and no split was published for the reported warehouse. A lower share favours full automation.'
				}
			]
		},
		{
			id: 'fullCapital',
			label: 'Full automation: capital',
			unit: 'USD m',
			default: 60,
			min: 10,
			max: 200,
			step: 1,
			description:
				'Sorting lines, automated storage, robots and their software for a warehouse of 2,000 workers, sized for a peak of three times a normal week; a higher peak needs proportionally more, and another size more or less by the size exponent.',
			uncertain: { dist: 'triangular', low: 35, high: 100 },
			sources: [
				{
					assumption:
						'USD 60 m (about RMB 430 m): a large automated warehouse with sorting lines, automated storage and a few hundred robots; no public cost for the reported warehouse.'
				}
			]
		},
		{
			id: 'scale',
			label: 'Capital’s growth with the warehouse’s size',
			unit: 'elasticity',
			default: 0.6,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'How the automation capital grows with the warehouse: a warehouse twice the size needs 2^scale times the capital (1.5 times at 0.6). 1: capital in proportion to size; 0: the same capital whatever the size.',
			uncertain: { dist: 'triangular', low: 0.4, high: 0.85 },
			sources: [
				{
					assumption:
						'0.6: the six-tenths rule engineers use to scale the capital cost of a plant with its capacity; software, systems integration and the storage structure grow slower than the flow they serve. No figure for warehouses; the interval runs from strong economies of scale to nearly none.'
				}
			]
		},
		{
			id: 'sortCapitalShare',
			label: 'Sorting only: share of the capital',
			unit: '%',
			default: 0.3,
			min: 0.1,
			max: 0.8,
			step: 0.01,
			description: 'What the sorting lines alone cost, as a share of full automation’s capital.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.45 },
			sources: [
				{
					assumption:
						'30 %: sorting lines are a mature, standard product; robotic storage and picking carry most of the cost and the software; no published split.'
				}
			]
		},
		{
			id: 'maintenance',
			label: 'Maintenance a year, share of capital',
			unit: '%',
			default: 0.05,
			min: 0.01,
			max: 0.12,
			step: 0.005,
			description: 'Spare parts, service contracts and software licences, a share of the capital each year.',
			uncertain: { dist: 'triangular', low: 0.03, high: 0.08 },
			sources: [
				{
					assumption:
						'5 % a year: a common service-contract level for warehouse automation; no figure for Cainiao.'
				}
			]
		},
		{
			id: 'peakFactor',
			label: 'Peak volume, multiple of a normal week',
			unit: '×',
			default: 3,
			min: 1,
			max: 6,
			step: 0.1,
			description:
				'Singles’ Day and the other festivals: the volume of the peak weeks against a normal week. Manual work staffs it with extra people; machines are sized for it and the capital grows with it.',
			uncertain: { dist: 'triangular', low: 2, high: 4.5 },
			sources: [
				{
					assumption:
						'3×: parcel volumes around Singles’ Day run at several times a normal week in China; no figure among the sources checked for this model.'
				}
			]
		},
		{
			id: 'peakWeeks',
			label: 'Weeks of peak a year',
			unit: 'weeks',
			default: 4,
			min: 0,
			max: 12,
			step: 0.5,
			description: 'How long the peak lasts in a year, all festivals together.',
			uncertain: { dist: 'triangular', low: 2, high: 6 },
			sources: [
				{
					assumption:
						'Four weeks: Singles’ Day’s run-up and tail, and the mid-year festival; no published figure.'
				}
			]
		},
		{
			id: 'peakPremium',
			label: 'Premium on peak labour',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1.5,
			step: 0.05,
			description:
				'What a worker-week at the peak costs above a normal one: overtime rates, agency fees, hiring and training of temporary staff.',
			uncertain: { dist: 'triangular', low: 0.25, high: 1 },
			sources: [
				{
					assumption:
						'50 %: overtime pay at one and a half times, or an agency’s margin plus the cost of training staff who stay a few weeks; no published figure.'
				}
			]
		},
		{
			id: 'taxRate',
			label: 'Tax on profits',
			unit: '%',
			default: 0.25,
			min: 0.15,
			max: 0.35,
			step: 0.01,
			description:
				'Wages and maintenance are deductible and the capital is depreciated over ten years, so each option’s cost is counted after the tax it saves.',
			uncertain: { dist: 'triangular', low: 0.15, high: 0.3 },
			sources: [
				{
					assumption:
						'25 %: China’s standard corporate rate as remembered, with no source checked for this model; lower rates for favoured high-technology firms set the interval’s bottom.'
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
			description: 'Cainiao’s nominal cost of capital for a logistics investment.',
			uncertain: { dist: 'normal', low: 0.07, high: 0.1 },
			sources: [
				{
					...groupWacc,
					role: 'context',
					note: 'The group’s cost of capital, the starting point of the rate.'
				},
				{
					assumption:
						'8.5 %: the group’s 7.9 % plus a small premium for one logistics unit; the risks of the machines are in their cash flows (maintenance, the headcount they leave), not added here.'
				}
			]
		}
	],
	series: {
		staff: {
			label: 'Workers on the books',
			unit: 'workers',
			formula: `headcount * (1 - (sort * sortShare + full) * (1 - fullHeadcount / ${REF_HEADCOUNT}))`
		},
		peakLoad: {
			label: 'Cost of a worker on the books, in years of wage',
			unit: '×',
			formula: '1 + (peakFactor - 1) * peakWeeks / 52 * (1 + peakPremium)'
		},
		growth: { label: 'Wage index', unit: '×', formula: '(1 + wageGrowth)^t' },
		labour: {
			label: 'Wages, normal weeks',
			unit: 'USD m',
			formula: 'staff * wage * growth / 1000'
		},
		peakLabour: {
			label: 'Extra labour for the peak',
			unit: 'USD m',
			formula: 'labour * (peakLoad - 1)'
		},
		capital: {
			label: 'Automation capital',
			unit: 'USD m',
			formula: `(sort * sortCapitalShare + full) * fullCapital * (headcount / ${REF_HEADCOUNT})^scale * peakFactor / ${PEAK_REF}`
		},
		capex: { label: 'Capital spent', unit: 'USD m', formula: 't == 0 ? capital : 0' },
		upkeep: { label: 'Maintenance', unit: 'USD m', formula: 'maintenance * capital' },
		shield: {
			label: 'Tax saved by depreciation',
			unit: 'USD m',
			formula: 'taxRate * capital / periods'
		},
		running: {
			label: 'Running cost after tax',
			unit: 'USD m',
			formula: '(labour + peakLabour + upkeep) * (1 - taxRate) - shield'
		},
		factor: { label: 'Discount factor, mid-year', unit: '×', formula: '(1 + rate)^(-(t + 0.5))' },
		pv: {
			label: 'Cumulative cost, present value',
			unit: 'USD m',
			formula: 'prev(pv) + capex + running * factor'
		}
	},
	outputs: {
		totalCost: {
			label: 'Cost of running the warehouse, present value',
			unit: 'USD m',
			formula: 'last(pv)',
			description:
				'Present value in 2025 of capital, wages (normal and peak), maintenance, less the tax they save, 2025–2034, the machines’ life. Lower is better.'
		},
		capitalCost: { label: 'Capital', unit: 'USD m', formula: 'first(capex)' },
		labourCost: {
			label: 'Wages, normal weeks, after tax',
			unit: 'USD m',
			formula: 'npv(labour, rate) / (1 + rate)^0.5 * (1 - taxRate)'
		},
		peakCost: {
			label: 'Extra labour for the peak, after tax',
			unit: 'USD m',
			formula: 'npv(peakLabour, rate) / (1 + rate)^0.5 * (1 - taxRate)'
		},
		upkeepCost: {
			label: 'Maintenance, after tax',
			unit: 'USD m',
			formula: 'npv(upkeep, rate) / (1 + rate)^0.5 * (1 - taxRate)'
		},
		shieldValue: {
			label: 'Tax saved by depreciation',
			unit: 'USD m',
			formula: 'npv(shield, rate) / (1 + rate)^0.5'
		},
		headcountSaved: {
			label: 'Workers saved against manual',
			unit: 'workers',
			formula: 'headcount - first(staff)'
		},
		annuity: {
			label: 'Growing annuity of a wage',
			unit: 'years',
			formula: 'npv(growth, rate) / (1 + rate)^0.5',
			description:
				'Σ (1 + wage growth)^t × (1 + rate)^−(t + ½) over the ten years: what a 2025 wage paid every year is worth today, in years of it.'
		},
		breakEvenWage: {
			label: 'Break-even wage W*',
			unit: 'USD k/yr',
			formula:
				'headcount > first(staff) ? 1000 * (first(capex) + npv(upkeep, rate) / (1 + rate)^0.5 * (1 - taxRate) - npv(shield, rate) / (1 + rate)^0.5) / ((headcount - first(staff)) * first(peakLoad) * (1 - taxRate) * npv(growth, rate) / (1 + rate)^0.5) : 0',
			description:
				'The 2025 wage at which this option costs the same as manual work: capital, with its maintenance after tax and less its tax shield, ÷ (workers saved × peak load × (1 − tax) × the growing annuity). 0 for manual work, which saves no one.'
		},
		utilisation: {
			label: 'Machines’ use over the year',
			unit: '%',
			formula: '(1 + (peakFactor - 1) * peakWeeks / 52) / peakFactor',
			description: 'Average volume ÷ the peak the machines are sized for: the share of their capacity used.'
		}
	},
	decide: { by: 'totalCost', higherIsBetter: false },
	chart: { series: 'pv' },
	breakdown: {
		add: ['capitalCost', 'labourCost', 'peakCost', 'upkeepCost'],
		subtract: ['shieldValue']
	},
	profile: { param: 'wage', output: 'totalCost', scale: 'log' },
	teach: {
		context: [
			{
				text: 'Cainiao has spent heavily on automation: sorting systems, robotic warehouses and routing software, on the observer’s account, and more than RMB 100 billion on the network’s technical backbone, as announced in 2018.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'Cainiao is investing heavily in cutting-edge technologies like AI, machine learning, robotics, and IoT to automate and optimize its logistics operations. This includes implementing automated sorting systems, robotic warehouses, and smart routing algorithms.'
					},
					{ ...BACKBONE, role: 'context' }
				]
			},
			{
				text: 'The observer expects the spending to continue, and sees it as a cost advantage smaller rivals cannot copy.',
				after: 'outcome',
				sources: [
					{ doc: DOC_TOWSON, role: 'context', quote: SPENDING },
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'These technologies are essential to improving efficiency, reducing costs, and enhancing the speed and reliability of its logistics services. And smaller competitors cannot really match them in this.'
					}
				]
			}
		],
		prompts: [
			{
				id: 'wage',
				text: 'Above what wage does full automation pay for itself? Where do China’s warehouse wages sit against it?',
				param: 'wage'
			},
			{
				id: 'europe',
				text: 'Set the wage to a western European warehouse’s (about USD 45 k a year with charges, an assumption). What changes, and why would Cainiao automate first in Europe rather than in China?',
				param: 'wage'
			},
			{
				id: 'peak',
				text: 'Singles’ Day triples the volume for weeks. Does a higher peak favour machines or people, and why does it cut both ways?',
				param: 'peakFactor'
			},
			{
				id: 'sorting',
				text: 'When is automating sorting alone the better choice than full automation?',
				param: 'sortShare'
			},
			{
				id: 'scale',
				text: 'Why does the observer think smaller competitors cannot match this spending? What in the model would a smaller rival lack?',
				param: 'headcount'
			}
		]
	},
	card: {
		includes: [
			'One large warehouse, run by hand, with automated sorting only, or fully automated; the headcount cut is the one China Daily reported for a Cainiao warehouse, from more than 2,000 to less than 1,000.',
			'Wages growing every year; the peak weeks staffed with extra labour at a premium, so each worker on the books costs more than a year’s wage.',
			'Capital sized for the peak: a higher peak buys more machines that stand idle the rest of the year.',
			'A warehouse of another size than the reported 2,000 workers keeps the reported shares: full automation leaves half its staff, and its capital grows with its size to the power 0.6 (the six-tenths rule of plant costs), so larger warehouses pay less capital per worker saved.',
			'Maintenance as a share of capital; taxes at the corporate rate, with wages and maintenance deductible and the capital depreciated over ten years.',
			'Capital at the start of 2025, the rest at mid-year; the horizon is the machines’ ten-year life, so nothing is counted after 2034.'
		],
		leavesOut: [
			{
				what: 'Speed, accuracy and reliability gains from automation.',
				why: 'Only cost is counted; faster, surer handling helps delivery guarantees, which other decisions price. Leaving it out errs against automation.'
			},
			{
				what: 'Falling prices of machines, and the next generation after 2034.',
				why: 'The decision at 2034 comes again with the wages of 2034, higher than today’s; a model of repeated generations would favour automation more where wages grow. Ten years keeps the horizon to the machines’ own life.'
			},
			{
				what: 'Peak staff who cannot be found at any price.',
				why: 'The premium prices the peak; in tight labour markets the peak may not be staffed at all, delaying parcels. Raise the premium to see it.'
			},
			{
				what: 'Fewer peak hires for the staff an automated warehouse keeps.',
				why: 'The workers left after automation are given the same peak load as manual workers, although machines sized for the peak carry much of it; this errs against automation, most at high peaks.'
			},
			{
				what: 'Inflation of maintenance and machine prices.',
				why: 'Wages grow at a nominal rate and the rate is nominal, but maintenance is held at a flat share of the 2025 capital; with 2 % a year on it, automation would cost slightly more.'
			},
			{
				what: 'Different machine prices in China and Europe.',
				why: 'The same capital is used at both wage levels; European installation and service usually cost more, which narrows the gap between the two break-evens somewhat.'
			}
		],
		carries: [
			'wage',
			'fullCapital',
			'fullHeadcount',
			'sortShare',
			'sortCapitalShare',
			'wageGrowth',
			'maintenance',
			'peakFactor'
		],
		actual:
			'Cainiao automated: the observer describes automated sorting systems and robotic warehouses, it announced more than RMB 100 billion for the network’s technical backbone in 2018, and China Daily reported a Cainiao warehouse that cut its labour count from more than 2,000 to less than 1,000. At the defaults, all assumptions except that headcount cut, the model explains full automation in China, narrowly: it costs less than manual work and less than automating sorting alone, but its lead over sorting alone holds in only about three of five simulated futures, and the crux is the wage. Both break-even wages, full automation against manual work (about USD 8.5 k a year) and against sorting alone (about USD 10.8 k), lie inside the interval assumed for China’s wage (USD 8–17 k) and below its default of 12 k, so a room can argue either way; faster wage growth, a larger warehouse and cheap machines tip it to full automation. The wage is not the only crux: full automation’s capital above about USD 67 m (interval 35–100), sorting alone delivering more than about 51 % of the cut (interval 30–60 %), sorting lines cheaper than about 22 % of the capital (interval 20–45 %), more than about 1,100 workers left after full automation (interval 700–1,150), maintenance above about 7.4 % a year (interval 3–8 %), wage growth below about 2.3 % (interval 2–8 %) or a peak above about 3.5 times a normal week (interval 2–4.5) each hand the verdict to sorting alone, all of them judgements. The verdict is for a warehouse automated in 2025 at 2025 wages; the reported warehouse was automated by 2020, when wages were lower: at the model’s own 5 % growth a 2020 wage was about USD 9.4 k, below the break-even against sorting alone, so with these machine prices (and machines cost more then) the model would have chosen sorting alone for it. At a western European wage, an assumption several times China’s, full automation wins by a wide margin with the same machines: the break-even wage is the warehouse’s, and only the wage differs.'
	}
};
