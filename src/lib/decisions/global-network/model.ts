/**
 * Brief 10: should Cainiao own its overseas hubs and sorting centres, or rent capacity from third parties
 * by the parcel? Rent per parcel, own the hubs, or a hybrid that owns the capacity of an average day and
 * rents the peaks.
 *
 * The economics are last mile’s one level up: a fixed-versus-variable cost choice with a break-even
 * throughput. An owned hub costs a yearly capital charge (the annuity that repays its site and its sorting
 * equipment over their life) and a fixed cost, both spread over its parcels, plus a handling cost per
 * parcel; a rented one costs a price per parcel. An owned hub must be built for its peak day (11.11), so its
 * equipment scales with peak × average throughput; the hybrid builds for the average day and rents what
 * lies above it. Owning also buys speed: Cainiao says its expanded overseas distribution centres deliver
 * about 30 % faster than the industry standard, but much of that comes from holding stock near the buyer,
 * which a rented warehouse gives too; what owning adds over renting is an assumption (`speedup`, half of
 * it; before revision 2 the whole 30 % was credited to owning). A day saved wins orders, whose margin is a
 * gain to the group. Cainiao is in the
 * group, so a third party’s price is a cost and Cainiao’s own margin is not.
 *
 *   cost per parcel = capital annuity ÷ throughput + fixed ÷ throughput + handling − days saved × lift per day × margin
 *
 * Tax: handling, fixed costs and a third party’s price are deducted when paid and the margin on orders won
 * is taxed, so each saves or costs tax at the rate; capital is not deducted when bought but depreciated
 * straight-line over its life, a slower shield. Renewed every life of years, the capital gives a
 * depreciation of capital ÷ life every year for ever. Owning therefore costs more after tax than a
 * uniform (1 − tax) would say, which is why tax is carried rather than scaled out.
 *
 * Timing: every flow falls at the end of its year, so year t is discounted by (1 + rate)^−(t + 1).
 * Throughput and prices are flat. Capital is charged as its annuity every year for ever, which is worth
 * exactly a purchase at the start of 2025 renewed every life of years, so no purchase is charged twice and
 * none is left out. The network keeps running after 2034: its yearly cost for ever after is its own part of
 * the verdict (the terminal part), and the whole is the yearly cost ÷ rate.
 */
import type { ModelDef, PublicSource } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const CENTRES: PublicSource = {
	url: 'https://investinchina.chinadaily.com.cn/',
	title:
		'China Daily, Invest in China: Cainiao expands its overseas distribution centres (full address not recorded)',
	date: '2023-07-22',
	after: 'outcome',
	quote: 'expanding its overseas distribution centers to 18'
};

const FASTER: PublicSource = {
	url: 'https://investinchina.chinadaily.com.cn/',
	title:
		'China Daily, Invest in China: Cainiao expands its overseas distribution centres (full address not recorded)',
	date: '2023-07-22',
	after: 'outcome',
	quote: 'The move will speed up deliveries by an average 30 percent compared to the industry standard.'
};

const CAPACITY: PublicSource = {
	url: 'https://asiacargobuzz.com/',
	title: 'Asia Cargo Buzz: Cainiao’s overseas sorting centres (full address not recorded)',
	date: '2021-10-19',
	quote:
		'The four centres currently have a combined maximum sorting capacity of about half a million parcels per day, which is expected to double by the end of March 2022.'
};

const CHOICE: PublicSource = {
	url: 'https://kr-asia.com/how-cainiao-slashed-global-delivery-times-to-five-days',
	title: 'How Cainiao slashed global delivery times to five days',
	date: '2024',
	quote: 'free shipping within five business days… former 14-day minimum delivery window.'
};

const PARCELS: PublicSource = {
	url: 'https://longportapp.com/news/98709209',
	title: 'Cainiao cross-border parcel volume, fiscal year 2023',
	date: 'FY2023',
	quote: 'In the 2023 fiscal year, the total number of cross-border parcels exceeded 1.5 billion'
};

const EXPANDING =
	'Cainiao is aggressively expanding its global network of warehouses, sorting centers, and transportation routes.';
const GOAL =
	'Cainiao’s goal is to build a cost-effective global network that allows for fast and reliable shipping between different regions. And at a price that smaller competitors cannot match.';
const STEPS =
	'And at each step, they use their existing scale to expand from a position of strength into the next network.';
const SCALE =
	'While Cainiao has achieved significant scale advantages in its core warehouse and line networks, last-mile delivery remains a challenge due to its variable cost nature.';

export const globalNetwork: ModelDef = {
	id: 'global-network',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'the 30 % speed-up Cainiao announced came with its overseas distribution centres, not with owning rather than renting them; what owning adds over rented hubs is now an assumption, half of it (interval none to all of it)',
			defaultChanged: { id: 'speedup', before: 0.3 }
		}
	],
	title: 'Cainiao’s global network: own hubs and sorting centres, or rent capacity?',
	question: 'Own warehouses, sorting centres and line-haul abroad, or buy capacity from third parties?',
	summary:
		'Cost per parcel = capital annuity ÷ throughput + fixed cost ÷ throughput + handling, less the value of the days an owned hub saves (days × lift in orders per day × margin), against a third party’s price per parcel. Owned hubs are built for the peak day; the hybrid builds for the average day and rents the peaks. Net cost of the overseas hubs after tax (capital depreciated over its life), USD m, present value at 2025, for ever.',
	periods: { count: 10, unit: 'year', start: 2025 },
	flags: { own: 0, hybrid: 0 },
	options: [
		{
			id: 'rent',
			label: 'Rent capacity per parcel',
			description:
				'Third-party warehouses and sorting centres handle every parcel for a price: no capital, no fixed cost, and the industry’s standard speed.',
			set: { own: 0, hybrid: 0 }
		},
		{
			id: 'own',
			label: 'Own the hubs',
			description:
				'Build and run Cainiao’s own hubs and sorting centres, with capacity for the peak day: capital and a fixed cost, a lower cost per parcel, and faster delivery.',
			set: { own: 1, hybrid: 0 }
		},
		{
			id: 'hybrid',
			label: 'Hybrid: own the base, rent the peaks',
			description:
				'Own hubs sized for an average day and rent third-party capacity for the parcels above it (11.11 and other peaks), which travel at the standard speed.',
			set: { own: 0, hybrid: 1 }
		}
	],
	params: [
		{
			id: 'throughput',
			label: 'Parcels a day through a hub',
			unit: 'parcels/day',
			default: 75000,
			min: 5000,
			max: 300000,
			step: 1000,
			description:
				'The average day’s parcels through one overseas hub, the same in every option; the profile draws each option’s cost per parcel against it.',
			uncertain: { dist: 'lognormal', low: 35000, high: 150000 },
			sources: [
				{
					...CAPACITY,
					role: 'context',
					note: 'Half a million a day across four centres is about 125,000 a day of capacity each, the most a centre could sort then.'
				},
				{
					assumption:
						'75,000 a day: 60 % of the 125,000 a day of sorting capacity per centre that the four European centres reported in 2021, since a centre built for its peak runs well below capacity on an average day.'
				}
			]
		},
		{
			id: 'hubs',
			label: 'Overseas hubs',
			unit: 'hubs',
			default: 18,
			min: 1,
			max: 40,
			step: 1,
			description:
				'The overseas distribution and sorting centres of the network; it scales the totals, not the cost per parcel.',
			sources: [
				{
					...CENTRES,
					role: 'value',
					derive: {
						figure: '18',
						formula: 'x',
						says: 'the number of overseas distribution centres Cainiao said it was expanding to'
					},
					note: 'These are distribution centres (warehouses), while the throughput is a sorting centre’s: the totals take each of the 18 to carry a sorting centre’s average day, an upper bound. The number scales every option alike, so it moves the totals, not the ranking.'
				}
			]
		},
		{
			id: 'rentPrice',
			label: 'Third party’s price per parcel',
			unit: 'USD/parcel',
			default: 0.6,
			min: 0.2,
			max: 1.5,
			step: 0.01,
			description:
				'What a third-party hub charges to receive, sort and dispatch one parcel: its costs and its margin.',
			uncertain: { dist: 'triangular', low: 0.4, high: 0.9 },
			sources: [
				{
					assumption:
						'USD 0.6: a European contract sorting and cross-dock price for a light parcel, about EUR 0.4–0.8 for a large shipper; no published contract price.'
				}
			]
		},
		{
			id: 'ownHandling',
			label: 'Own hub: handling cost per parcel',
			unit: 'USD/parcel',
			default: 0.25,
			min: 0.05,
			max: 0.8,
			step: 0.01,
			description: 'Labour, power and consumables per parcel in an owned hub, above its fixed cost.',
			uncertain: { dist: 'triangular', low: 0.15, high: 0.4 },
			sources: [
				{
					assumption:
						'USD 0.25: on an automated sorter a parcel takes about 15 seconds of European labour (inducting it, clearing exceptions, loading out), about USD 0.14 at USD 33 an hour, plus power, consumables and the parcels handled by hand; no public figure. A minute of labour a parcel, a manual hub’s, would cost about USD 0.55 and hand the verdict to renting (see the model card).'
				}
			]
		},
		{
			id: 'siteCapital',
			label: 'Own hub: site and building',
			unit: 'USD m',
			default: 20,
			min: 2,
			max: 80,
			step: 0.5,
			description:
				'What a hub costs whatever its size: land or a long lease’s premium, the building’s fit-out, customs areas and systems.',
			uncertain: { dist: 'triangular', low: 10, high: 40 },
			sources: [
				{
					assumption:
						'USD 20 m: fit-out of a large leased or airport-side warehouse with customs areas and systems; no public figure per hub.'
				}
			]
		},
		{
			id: 'equipCapital',
			label: 'Own hub: equipment per parcel a day of capacity',
			unit: 'USD per parcel/day',
			default: 150,
			min: 20,
			max: 500,
			step: 5,
			description:
				'Sorters, conveyors and scanners, per parcel a day of capacity: an owned hub must hold its peak day.',
			uncertain: { dist: 'triangular', low: 80, high: 300 },
			sources: [
				{
					assumption:
						'USD 150: an automated sorting line for 125,000 parcels a day costs about USD 15–25 m; no public figure.'
				}
			]
		},
		{
			id: 'hubFixed',
			label: 'Own hub: fixed cost a year',
			unit: 'USD m/yr',
			default: 3,
			min: 0.5,
			max: 12,
			step: 0.1,
			description: 'Rent of the site, management, maintenance and the core staff, whatever the parcels.',
			uncertain: { dist: 'triangular', low: 1.5, high: 6 },
			sources: [
				{
					assumption:
						'USD 3 m a year: about USD 1.5 m of site rent and maintenance and 1.5 m of management and core staff; no public figure.'
				}
			]
		},
		{
			id: 'peak',
			label: 'Peak day over the average day',
			unit: '×',
			default: 1.6,
			min: 1,
			max: 3,
			step: 0.05,
			description:
				'The capacity an owned hub needs, as a multiple of its average day: 11.11 and the weeks around it.',
			uncertain: { dist: 'triangular', low: 1.3, high: 2.2 },
			sources: [
				{
					assumption:
						'1.6: cross-border volumes around 11.11 and Black Friday run well above the year’s average for weeks; a hub is built for the sustained peak, not for its single highest day.'
				}
			]
		},
		{
			id: 'overflow',
			label: 'Hybrid: share of parcels above the average day',
			unit: '%',
			default: 0.1,
			min: 0,
			max: 0.4,
			step: 0.01,
			description:
				'The parcels that arrive on days above the average day’s level, which a hybrid built for the average day rents out.',
			uncertain: { dist: 'triangular', low: 0.05, high: 0.2 },
			sources: [
				{
					assumption:
						'10 %: with a peak of 1.6 times the average lasting some weeks and a seasonal swing the rest of the year, about a tenth of a year’s parcels arrive above the average day’s level.'
				}
			]
		},
		{
			id: 'life',
			label: 'Life of a hub’s capital',
			unit: 'years',
			default: 15,
			min: 5,
			max: 30,
			step: 1,
			description: 'Over which the capital’s annuity repays it; it is renewed after that, for ever.',
			uncertain: { dist: 'triangular', low: 10, high: 25 },
			sources: [
				{
					assumption:
						'15 years: sorting equipment lasts about ten years, a building’s fit-out twenty or more; a blend.'
				}
			]
		},
		{
			id: 'speedup',
			label: 'Faster delivery through own hubs',
			unit: '%',
			default: 0.15,
			min: 0,
			max: 0.5,
			step: 0.01,
			description:
				'How much shorter delivery is for a parcel through an owned hub than the industry standard a rented one gives.',
			uncertain: { dist: 'triangular', low: 0, high: 0.3 },
			sources: [
				{
					...FASTER,
					role: 'context',
					note: 'The speed-up of the expanded network against the industry standard: stock held near the buyer, line-haul and customs, most of which rented warehouses and hubs could give too. It bounds what owning adds; it does not measure it.'
				},
				{
					assumption:
						'15 %: half of the 30 % Cainiao announced for its overseas distribution centres, since no source separates what owning the hubs adds (control of the sorting, priority on a peak day) from what any overseas hub gives. The interval runs from none of it to all of it.'
				}
			]
		},
		{
			id: 'standardDays',
			label: 'Industry-standard delivery time',
			unit: 'days',
			default: 10,
			min: 5,
			max: 20,
			step: 0.5,
			description: 'Days from order to door through rented capacity; the speed-up shortens it.',
			uncertain: { dist: 'triangular', low: 7, high: 14 },
			sources: [
				{
					...CHOICE,
					role: 'context',
					note: 'Cross-border delivery used to take 14 days at least; the guaranteed service promises five business days.'
				},
				{
					assumption:
						'10 days: between the former 14-day minimum and the five days the guarantee now promises, for parcels that travel through third parties’ hubs.'
				}
			]
		},
		{
			id: 'liftPerDay',
			label: 'Orders won per day saved',
			unit: '%',
			default: 0.02,
			min: 0,
			max: 0.06,
			step: 0.001,
			description: 'The rise in orders for each day cut from delivery, as a share of the orders carried.',
			uncertain: { dist: 'triangular', low: 0.005, high: 0.04 },
			sources: [
				{
					assumption:
						'2 % a day: retailers report conversion rising a few percent for each day cut from a delivery promise; no figure for Cainiao. The day and a half saved at the defaults then wins about 3 % more orders.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Margin on an order won, after delivery',
			unit: 'USD/order',
			default: 1.5,
			min: 0,
			max: 5,
			step: 0.05,
			description:
				'What the group keeps from an extra order after paying for its delivery: the marketplace’s margin.',
			uncertain: { dist: 'triangular', low: 0.8, high: 3 },
			sources: [
				{
					assumption:
						'USD 1.5: about a quarter of a USD 20 cross-border basket kept by the group, less about USD 3.5 of delivery; no figure per order is published.'
				}
			]
		},
		{
			id: 'taxRate',
			label: 'Tax on profits',
			unit: '%',
			default: 0.25,
			min: 0,
			max: 0.35,
			step: 0.01,
			description:
				'Tax where the hubs stand: running costs and rent are deducted when paid, capital over its life, and the margin on orders won is taxed.',
			uncertain: { dist: 'triangular', low: 0.15, high: 0.3 },
			sources: [
				{
					assumption:
						'25 %: about the headline corporate rate in the European countries that host the hubs (and China’s standard rate), with no source checked for this model; lower rates where a hub earns incentives set the interval’s bottom.'
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
				'Cainiao’s cost of capital, nominal. A lower rate cheapens the annuity and favours owning.',
			uncertain: { dist: 'normal', low: 0.075, high: 0.1 },
			sources: [
				{ ...groupWacc, role: 'context' },
				{
					assumption:
						'8.5 %: the group’s 7.9 % plus a small premium for one unit abroad; no chip-policy premium, which is not a logistics risk, and no probability of failure carried elsewhere, so no risk is counted twice.'
				}
			]
		}
	],
	series: {
		parcels: { label: 'Parcels a year', unit: 'm parcels', formula: 'hubs * throughput * 365 / 1e6' },
		ownedShare: {
			label: 'Share of parcels through owned hubs',
			unit: '%',
			formula: 'own + hybrid * (1 - overflow)'
		},
		capacity: {
			label: 'Owned capacity per hub',
			unit: 'parcels/day',
			formula: 'own * peak * throughput + hybrid * throughput'
		},
		capital: {
			label: 'Capital in owned hubs',
			unit: 'USD m',
			formula: '(own + hybrid) * hubs * (siteCapital + equipCapital * capacity / 1e6)'
		},
		capitalCharge: {
			label: 'Capital charge (annuity)',
			unit: 'USD m',
			formula: 'capital * rate / (1 - (1 + rate)^(-life))'
		},
		fixed: { label: 'Fixed cost', unit: 'USD m', formula: '(own + hybrid) * hubs * hubFixed' },
		handling: {
			label: 'Handling in owned hubs',
			unit: 'USD m',
			formula: 'parcels * ownedShare * ownHandling'
		},
		rented: {
			label: 'Rented capacity',
			unit: 'USD m',
			formula: 'parcels * (1 - ownedShare) * rentPrice'
		},
		speed: {
			label: 'Margin on orders the saved days win',
			unit: 'USD m',
			formula: 'parcels * ownedShare * speedup * standardDays * liftPerDay * margin'
		},
		taxSaved: {
			label: 'Tax saved',
			unit: 'USD m',
			formula: 'taxRate * (fixed + handling + rented - speed + capital / life)'
		},
		netCost: {
			label: 'Net cost after tax',
			unit: 'USD m',
			formula: 'capitalCharge + fixed + handling + rented - speed - taxSaved'
		},
		discount: { label: 'Discount factor, year end', unit: '×', formula: '(1 + rate)^(-(t + 1))' },
		pv: {
			label: 'Cumulative net cost, present value',
			unit: 'USD m',
			formula: 'prev(pv) + netCost * discount'
		},
		after: {
			label: 'Net cost after 2034, present value',
			unit: 'USD m',
			formula: 't == periods - 1 ? netCost / rate * discount : 0'
		}
	},
	outputs: {
		totalCost: {
			label: 'Net cost of the hubs, present value',
			unit: 'USD m',
			formula: 'last(pv) + last(after)',
			description:
				'Present value at 2025 of the hubs’ capital charge, fixed costs, handling and rented capacity, less the margin on orders the saved days win and the tax saved, 2025–2034 and for ever after. Lower is better.'
		},
		costPerParcel: {
			label: 'Net cost per parcel, after tax',
			unit: 'USD/parcel',
			formula: 'first(netCost) / first(parcels)',
			description:
				'The same every year, as throughput and prices are flat: the levelised cost of a parcel after tax (a third party’s price p costs p × (1 − tax)).'
		},
		capitalPv: {
			label: 'Capital charge 2025–2034',
			unit: 'USD m',
			formula: 'npv(capitalCharge, rate) / (1 + rate)'
		},
		fixedPv: { label: 'Fixed costs 2025–2034', unit: 'USD m', formula: 'npv(fixed, rate) / (1 + rate)' },
		handlingPv: {
			label: 'Handling 2025–2034',
			unit: 'USD m',
			formula: 'npv(handling, rate) / (1 + rate)'
		},
		rentPv: { label: 'Rented capacity 2025–2034', unit: 'USD m', formula: 'npv(rented, rate) / (1 + rate)' },
		speedPv: {
			label: 'Value of days saved 2025–2034',
			unit: 'USD m',
			formula: 'npv(speed, rate) / (1 + rate)',
			description: 'The margin on the orders that faster delivery wins; it counts against the cost.'
		},
		taxPv: {
			label: 'Tax saved 2025–2034',
			unit: 'USD m',
			formula: 'npv(taxSaved, rate) / (1 + rate)',
			description:
				'Costs deducted when paid, capital depreciated over its life, less the tax on the margin won.'
		},
		afterCost: {
			label: 'Net cost after 2034',
			unit: 'USD m',
			formula: 'last(after)',
			description:
				'The terminal part: the network’s yearly net cost from 2035 for ever, capital renewals included through the annuity, in 2025’s present value.'
		},
		dayValue: {
			label: 'Value of a day saved, per parcel',
			unit: 'USD/parcel',
			formula: 'liftPerDay * margin',
			description: 'Orders won per day saved × the margin on each.'
		},
		daysSaved: {
			label: 'Days saved per parcel through owned hubs',
			unit: 'days',
			formula: 'speedup * standardDays'
		},
		capitalSpent: {
			label: 'Capital in owned hubs',
			unit: 'USD m',
			formula: 'first(capital)',
			description: 'Spent at the start and renewed every life of years; charged through its annuity.'
		}
	},
	decide: { by: 'totalCost', higherIsBetter: false, terminal: 'afterCost' },
	chart: { series: 'pv' },
	breakdown: {
		add: ['capitalPv', 'fixedPv', 'handlingPv', 'rentPv', 'afterCost'],
		subtract: ['speedPv', 'taxPv']
	},
	profile: { param: 'throughput', output: 'costPerParcel', scale: 'log' },
	teach: {
		context: [
			{
				text: 'Cainiao is building its own network abroad: warehouses, sorting centres and routes, with overseas distribution centres expanding to eighteen, which it says deliver about 30 % faster than the industry standard. The observer sees each network built from the scale of the one before.',
				after: 'outcome',
				sources: [
					{ doc: DOC_TOWSON, role: 'context', quote: EXPANDING },
					{ doc: DOC_TOWSON, role: 'context', quote: GOAL },
					{ doc: DOC_TOWSON, role: 'context', quote: STEPS },
					{ ...CENTRES, role: 'context' },
					{ ...FASTER, role: 'context' }
				]
			},
			{
				text: 'Scale is what owning needs: Cainiao carried more than 1.5 billion cross-border parcels in a year.',
				sources: [{ ...PARCELS, role: 'context' }]
			},
			{
				text: 'Cainiao’s first four European centres could sort about half a million parcels a day between them. Its warehouses and line-haul have scale; its last mile does not yet.',
				after: 'outcome',
				sources: [
					{ ...CAPACITY, role: 'context' },
					{ doc: DOC_TOWSON, role: 'context', quote: SCALE }
				]
			}
		],
		prompts: [
			{
				id: 'throughput',
				text: 'At what daily throughput does an owned hub beat renting capacity? How many of Cainiao’s hubs would clear it?',
				param: 'throughput'
			},
			{
				id: 'speed',
				text: 'What is a day saved worth per parcel, and how much of owning’s advantage is speed rather than cost?',
				param: 'liftPerDay'
			},
			{
				id: 'peaks',
				text: 'Should Cainiao build for its peak day or rent the peaks? What peak makes the hybrid the better choice?',
				param: 'peak'
			},
			{
				id: 'rent',
				text: 'How low would a third party’s price have to be for renting to win, and why might it not fall that low?',
				param: 'rentPrice'
			},
			{
				id: 'rate',
				text: 'How high must the discount rate be before the hybrid, which owns capacity for an ordinary day and rents the peak, beats owning outright, and why does a higher rate count against owning?',
				param: 'rate'
			}
		]
	},
	card: {
		includes: [
			'Each hub’s cost: the annuity on its site and on equipment sized for its peak day, a fixed cost a year, and handling per parcel, against a third party’s price per parcel for the same parcels.',
			'The hybrid: owned hubs sized for the average day, with the parcels above it rented out at the third party’s price and speed.',
			'The value of speed: parcels through owned hubs arrive faster, and each day saved wins orders whose margin after delivery is a gain to the group.',
			'No transfer inside the group: Cainiao’s own margin is neither a cost nor a gain; a third party’s price, margin included, is a cost.',
			'Tax: running costs and a third party’s price deducted when paid, capital depreciated straight-line over its life (a slower shield, so owning costs more after tax than a uniform (1 − tax) would say), the margin on orders won taxed.',
			'Capital charged as its annuity every year for ever, worth exactly a purchase at the start of 2025 renewed every life of years; flows at year end; the years after 2034 as their own part of the verdict.'
		],
		leavesOut: [
			{
				what: 'Growth of throughput and capacity built ahead of it.',
				why: 'Throughput is flat: a hub is costed at its average day. A growing network would build ahead of demand and run below capacity for a while, which errs in owning’s favour; lower throughput to see it.'
			},
			{
				what: 'Hubs already built.',
				why: 'Every hub is costed as if its capital were still to be spent, the levelised view of owning against renting for good. For the centres already standing that capital is sunk until renewal, which favours keeping them owned more than the model shows.'
			},
			{
				what: 'Parcels of outside shippers.',
				why: 'The margin on orders won is the marketplace’s, so every parcel through a hub is treated as a group order. Parcels Cainiao carries for outside merchants win orders for them, not the group; where they are many, lower the lift per day or the margin.'
			},
			{
				what: 'Inflation.',
				why: 'Prices are held at 2025 levels while the discount rate is nominal. A third party’s price would rise with wages each year while an owned hub’s capital is fixed once bought, so leaving inflation out flatters renting.'
			},
			{
				what: 'Bargaining power and what rivals pay.',
				why: 'Owned capacity caps what third parties can charge Cainiao and gives it a price smaller competitors cannot match; no figure exists, and it would favour owning.'
			},
			{
				what: 'Owned line-haul: aircraft, trucks and routes between the hubs.',
				why: 'The published figures are for centres, and the model compares hubs only. Line-haul follows the same fixed-versus-variable logic (a chartered or owned flight pays above a load factor), but mostly at the level of routes, not hubs; it would need its own throughput and price.'
			},
			{
				what: 'A dearer price for rented peak capacity, and the link between the peak and the parcels above the average day.',
				why: 'The hybrid rents its peaks at the year-round price, though every shipper wants capacity around 11.11 and Black Friday, which errs in the hybrid’s favour. The peak and the share of parcels above the average day are drawn independently, though a higher peak usually means more parcels above it; their effects on the verdict run opposite, so the independence widens the spread of outcomes more than it moves the centre.'
			},
			{
				what: 'Capacity sold to other shippers.',
				why: 'Cainiao sells much of its logistics to outside customers; spare owned capacity off-peak could earn from them, which would favour owning. Left out for want of a figure.'
			}
		],
		carries: [
			'overflow',
			'peak',
			'rentPrice',
			'throughput',
			'ownHandling',
			'equipCapital',
			'hubFixed',
			'siteCapital',
			'life'
		],
		actual:
			'Cainiao owns and keeps building its overseas hubs: eighteen distribution centres, four European sorting centres able to sort half a million parcels a day in 2021. At the sourced and assumed defaults the model explains this, narrowly: at 75,000 parcels a day a hub is above the throughput at which owning beats renting, about 52,000 a day, which lies inside the interval of throughput, so a small or new hub should still rent. Owning wins on cost before speed: after tax the days saved are worth about USD 0.03 a parcel of its roughly USD 0.07 lead over renting. That speed is an assumption: half of the 30 % faster delivery Cainiao announced for its overseas distribution centres, most of which comes from holding stock near the buyer, which a rented warehouse gives too (before revision 2 all of it was credited to owning, and speed was most of owning’s lead). Against the hybrid owning wins by a hair, about USD 23 m of 2,200 (ahead in about five simulated futures of ten), and the peaks decide: if fewer than about 9 % of a year’s parcels arrive above the average day (interval 5–20 %), or the peak exceeds about 1.7 times the average day (interval 1.3–2.2), building for the peak costs more than renting it, and the hybrid wins. A third party’s price below about USD 0.55 a parcel (interval 0.4–0.9) also hands the verdict to the hybrid, and renting itself wins below about USD 0.50; so does handling in an owned hub above about USD 0.30 a parcel (interval 0.15–0.4; renting above 0.35), which a hub sorted by hand would reach. Capital decides within its intervals too: a life below about 11 years (interval 10–25) hands the verdict to the hybrid, and a site dearer than about USD 38 m (interval 10–40) to renting. Across the simulated futures owning and renting each come first in about four of ten and the hybrid in two: a hub’s throughput is uncertain, and an owned hub’s cost per parcel climbs steeply as throughput falls. Tax narrows owning’s lead over the hybrid by more than half: a quarter from the tax rate itself, the rest because capital is depreciated over its life rather than deducted when spent. So the model explains owning the large, busy hubs, and leaves open how much of the peak to own and whether a quieter hub should be owned at all, which is where the room should argue.'
	}
};
