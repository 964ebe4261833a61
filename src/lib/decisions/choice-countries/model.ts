/**
 * Brief 6: which countries should get AliExpress Choice’s five-day guarantee next, and where should the
 * expansion stop? Hold the current set, add the next tier of countries, or offer it in every market.
 *
 * The economics are a per-country break-even. Offering the guarantee in a country costs a fixed amount a
 * year (customs clearance, a line-haul slot, a local sort and last-mile contracts, service and marketing)
 * and a one-off launch. What it earns is the margin on the orders the guarantee adds, the lift, and only
 * those: orders the country already places through AliExpress’s slower shipping would have come anyway, so
 * their margin is not new; moving them onto the five-day route only adds its extra cost per order (the
 * premium). Every guaranteed order, new or moved, risks a miss, which costs the compensation paid to the
 * buyer (a transfer to the buyer, so a real cost to the group) and the margin on the orders a disappointed
 * buyer no longer places. Cainiao’s cost per parcel is a real cost; Cainiao is inside the group, so its
 * margin on the parcel is not added. Per country and year, with Q the orders it places before the guarantee:
 *
 *   profit = Q × [lift × (margin − parcel cost) − (1 + lift) × late share × cost of a miss − premium] − F
 *
 * so a country pays when Q exceeds Q* = (F + launch ÷ A) ÷ the bracket, where A discounts a growing year
 * for ever. Tiers are ranked by Q: the next tier’s typical country, and the long tail of every market left.
 *
 * Timing: launch costs at the start of 2025 (not discounted); orders, costs and profits at mid-year, so
 * year t is discounted by (1 + rate)^−(t + ½). Orders and fixed costs grow at the long-run rate, so each
 * year’s profit is the first year’s grown at that rate. After 2032 the guarantee keeps running: that
 * continuing profit, a growing perpetuity, is its own part of the value (the terminal value). Profits are
 * taxed, and a loss saves tax on the group’s other profits. Prices are held at 2025 levels while the
 * discount rate is nominal, which the card states.
 */
import type { ModelDef, PublicSource } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const CHOICE: PublicSource = {
	url: 'https://kr-asia.com/how-cainiao-slashed-global-delivery-times-to-five-days',
	title: 'How Cainiao slashed global delivery times to five days',
	date: '2024',
	quote: 'serving approximately 55 countries as a premium option.'
};

const KOREA: PublicSource = {
	url: 'https://whychinese.co.za/2023/10/03/alibaba-brings-faster-deliveries-to-several-global-destinations/',
	title: 'Alibaba brings faster deliveries to several global destinations',
	date: '2023-10-03',
	quote:
		'Cainiao piloted the service in South Korea for several months, where orders on the AliExpress website reportedly surged by more than 100 per cent.'
};

const GROWTH: PublicSource = {
	url: 'https://jefftowson.com/membership_content/how-aliexpress-choice-and-cainiao-shocked-everyone-in-2023-1-of-2-tech-strategy-daily-article',
	title: 'How AliExpress Choice and Cainiao shocked everyone in 2023 (1 of 2)',
	date: 'Dec-Q 2023',
	quote: "AliExpress' order volume jumped over 60% year-over-year"
};

const LOSS: PublicSource = {
	url: 'https://english.ebrun.com/20240208/541459.shtml',
	title: 'Alibaba International Digital Commerce, December quarter 2023',
	date: '2024-02-08',
	quote:
		'the adjusted EBITA loss was 3.146 billion yuan, compared to a loss of 645 million yuan in the same period last year'
};

const LATE_PAY: PublicSource = {
	url: 'https://technode.com/2023/07/21/alibabas-logistic-arm-cainiao-launches-next-day-delivery-service-in-hong-kong/',
	title: 'Alibaba’s logistic arm Cainiao launches next-day delivery service in Hong Kong',
	date: '2023-07-21',
	quote: 'Cainiao will initially compensate up to 60 yuan ($8.4) for each order.'
};

const EXPAND =
	'Guaranteed Delivery Services: They are going to expand their 5-day guaranteed delivery service, AliExpress Choice, to more countries.';
const LOW_PRICES =
	'This service leverages Cainiao’s scale advantages and smart technologies to provide fast and reliable cross-border shipping at really low prices.';
const KEY = 'And it can impact their delivery guarantees (which is the key to AliExpress Choice).';
const SEVERAL =
	'AliExpress Choice, which guarantees five-day delivery to several countries, exemplifies this winning strategy.';

export const choiceCountries: ModelDef = {
	id: 'choice-countries',
	title: 'AliExpress Choice: extend the five-day guarantee to more countries?',
	question: 'Which countries should get the five-day guarantee next, and where should expansion stop?',
	summary:
		'Per country: profit = orders × [lift × (margin − parcel cost) − guaranteed orders’ late share × cost of a miss − the fast route’s premium on orders that would have come anyway] − fixed cost. Only the orders the guarantee adds earn a margin. A country pays above a break-even size; tiers are ranked by size. Value after tax, present value at 2025, 2025–2032 and the continuing profit after.',
	periods: { count: 8, unit: 'year', start: 2025 },
	flags: { next: 0, rest: 0 },
	options: [
		{
			id: 'hold',
			label: 'Hold the current set',
			description:
				'Keep the guarantee in the countries that have it; no launch, no new fixed costs. The baseline: its value is zero.',
			set: { next: 0, rest: 0 }
		},
		{
			id: 'next',
			label: 'Add the next tier',
			description: 'Launch the guarantee in the next tier of countries, the largest of those without it.',
			set: { next: 1, rest: 0 }
		},
		{
			id: 'all',
			label: 'All markets',
			description:
				'Launch it in the next tier and in every smaller market AliExpress ships to (the long tail).',
			set: { next: 1, rest: 1 }
		}
	],
	params: [
		{
			id: 'qNext',
			label: 'Next tier: orders a year in a typical country',
			unit: 'm orders/yr',
			default: 4,
			min: 0.2,
			max: 50,
			step: 0.1,
			description:
				'AliExpress orders a typical country of the next tier places in 2025 without the guarantee (through its slower shipping): the country’s size, which the guarantee lifts.',
			uncertain: { dist: 'lognormal', low: 1.5, high: 10 },
			sources: [
				{
					assumption:
						'4 m orders a year (about 11,000 a day): a mid-sized European or Latin American market below the 55 that have the guarantee. Cainiao’s 1.5 bn cross-border parcels a year, if the guaranteed countries take most of them, leave a few million a year for each of the next fifteen or so; no country-level figure is published.'
				}
			]
		},
		{
			id: 'nNext',
			label: 'Next tier: number of countries',
			unit: 'countries',
			default: 15,
			min: 1,
			max: 40,
			step: 1,
			uncertain: { dist: 'triangular', low: 8, high: 25 },
			sources: [
				{
					assumption:
						'15: the countries just below the current set in size, which a second wave of launches could reach in a year or two; the count scales the tier’s value but not its sign.'
				}
			]
		},
		{
			id: 'qRest',
			label: 'Long tail: orders a year in a typical country',
			unit: 'm orders/yr',
			default: 0.5,
			min: 0.05,
			max: 10,
			step: 0.05,
			description:
				'The same size for a typical market of the long tail, every market left after the next tier.',
			uncertain: { dist: 'lognormal', low: 0.15, high: 1.5 },
			sources: [
				{
					assumption:
						'0.5 m orders a year (about 1,400 a day): small economies and distant markets; an eighth of a next-tier country, as market size falls steeply down any ranking of countries.'
				}
			]
		},
		{
			id: 'nRest',
			label: 'Long tail: number of countries',
			unit: 'countries',
			default: 60,
			min: 10,
			max: 150,
			step: 1,
			uncertain: { dist: 'triangular', low: 40, high: 100 },
			sources: [
				{
					assumption:
						'60: the markets AliExpress ships to beyond the current set and the next tier that have enough orders to be worth a launch at all; the rest never would be.'
				}
			]
		},
		{
			id: 'lift',
			label: 'Orders the guarantee adds',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1.5,
			step: 0.01,
			description:
				'New orders the five-day guarantee wins in a country, as a share of the orders it placed before: the lift. Orders that merely move from AliExpress’s slower shipping to Choice are not in it.',
			uncertain: { dist: 'triangular', low: 0.2, high: 1 },
			sources: [
				{
					...KOREA,
					role: 'context',
					note: 'The Korean surge is the whole change of AliExpress orders in a pilot market over several months, which holds the market’s own growth as well as the lift: taken as the top of the interval, not its centre.'
				},
				{
					...GROWTH,
					role: 'context',
					note: 'AliExpress’s orders grew by more than 60 % across its markets in late 2023, Choice itself part of the cause: a pilot market’s surge mixes the guarantee’s lift with growth the business had everywhere. No figure separates the two.'
				},
				{
					assumption:
						'50 %: about half of Korea’s reported “more than 100 per cent”, because part of that surge is growth AliExpress would have had anyway (its orders grew fast everywhere in 2023) and Korea was the showcase pilot.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Group margin per order before delivery',
			unit: 'USD/order',
			default: 5,
			min: 2,
			max: 10,
			step: 0.1,
			description:
				'What the group keeps from an order before delivery: the price the buyer pays, less what the merchant is paid, payment costs and service.',
			uncertain: { dist: 'triangular', low: 3.5, high: 7 },
			sources: [
				{
					assumption:
						'USD 5: a quarter of a USD 20 Choice basket; Choice sets its own prices and pays for delivery, so it keeps the margin between the merchant’s supply price and the retail price. No figure per order is published.'
				}
			]
		},
		{
			id: 'parcelCost',
			label: 'Cainiao’s cost per guaranteed parcel',
			unit: 'USD/parcel',
			default: 3.5,
			min: 1.5,
			max: 6,
			step: 0.05,
			description:
				'What it costs Cainiao, inside the group, to carry a new order’s parcel from China to the door within five days: its cost, not its price, so no Cainiao margin is added.',
			uncertain: { dist: 'triangular', low: 2.5, high: 5 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: LOW_PRICES,
					note: 'Scale keeps Cainiao’s cost of the fast route low; the passage gives no figure.'
				},
				{
					assumption:
						'USD 3.5: a light parcel on consolidated air line-haul (about USD 1), first mile, sorting and customs (about 0.5) and a European last mile (about 2); no published cost per parcel.'
				}
			]
		},
		{
			id: 'premium',
			label: 'Fast route’s extra cost on orders that came anyway',
			unit: 'USD/order',
			default: 0.3,
			min: 0,
			max: 1.5,
			step: 0.05,
			description:
				'The orders a country already placed move onto the five-day route: their margin is not new, but the faster route costs this much more per order than the slower shipping they had.',
			uncertain: { dist: 'triangular', low: 0.05, high: 0.8 },
			sources: [
				{
					assumption:
						'USD 0.3: the guarantee needs air line-haul and priority handling where slower shipping mixed air, rail and sea, partly offset by Choice consolidating orders from many merchants into one parcel; no published figure.'
				}
			]
		},
		{
			id: 'late',
			label: 'Guaranteed orders delivered late',
			unit: '%',
			default: 0.05,
			min: 0,
			max: 0.25,
			step: 0.005,
			uncertain: { dist: 'triangular', low: 0.02, high: 0.12 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote: KEY
				},
				{
					assumption:
						'5 %: a new country’s customs and last-mile partners are untested, and five business days leave little slack for a delay at either; no published on-time rate.'
				}
			]
		},
		{
			id: 'refund',
			label: 'Compensation for a late order',
			unit: 'USD/order',
			default: 4.2,
			min: 0,
			max: 10,
			step: 0.05,
			description:
				'Paid to the buyer when the promise is missed: a transfer from the group to the buyer, so a cost to the group.',
			uncertain: { dist: 'triangular', low: 1, high: 8.4 },
			sources: [
				{
					...LATE_PAY,
					role: 'value',
					derive: {
						figure: '$8.4',
						formula: 'x / 2',
						says: 'half the most Cainiao has promised a late order (60 yuan, USD 8.4)'
					}
				},
				{
					assumption:
						'Half the cap: 60 yuan is the most Cainiao pays, on its Hong Kong service; Choice orders are cheap, so a late one is unlikely to draw the full amount.'
				}
			]
		},
		{
			id: 'lostMargin',
			label: 'Margin lost on future orders per late order',
			unit: 'USD/order',
			default: 1,
			min: 0,
			max: 5,
			step: 0.1,
			description: 'A buyer whose order is late orders less afterwards: the margin on those orders.',
			uncertain: { dist: 'triangular', low: 0.3, high: 3 },
			sources: [
				{
					assumption:
						'USD 1: about two thirds of a future order lost per late order, at USD 1.5 of margin after delivery (USD 5 less 3.5); no public figure.'
				}
			]
		},
		{
			id: 'fixedCost',
			label: 'Fixed cost a year per country',
			unit: 'USD m/yr',
			default: 1,
			min: 0.1,
			max: 5,
			step: 0.05,
			description:
				'What a country costs whatever its orders: customs clearance, a committed line-haul slot, a local sort and last-mile contracts, customer service and marketing. It grows with the country’s orders.',
			uncertain: { dist: 'triangular', low: 0.4, high: 2.5 },
			sources: [
				{
					assumption:
						'USD 1 m a year: a customs broker and a local team (about USD 0.4 m), minimum volumes on a shared line-haul (0.3 m) and launch-year marketing kept up (0.3 m); the regional hubs are already paid for by the current set. No public figure.'
				}
			]
		},
		{
			id: 'setup',
			label: 'Launch cost per country',
			unit: 'USD m',
			default: 1.5,
			min: 0,
			max: 10,
			step: 0.1,
			description:
				'Spent once at the start of 2025: integration with customs and carriers, testing, the launch campaign.',
			uncertain: { dist: 'triangular', low: 0.5, high: 4 },
			sources: [
				{
					assumption:
						'USD 1.5 m: systems integration with customs and local carriers, a pilot of several months (as in Korea) and a launch campaign; no public figure.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Long-run growth of orders, a year',
			unit: '%',
			default: 0.03,
			min: 0,
			max: 0.05,
			step: 0.0025,
			description:
				'Yearly growth of every country’s orders and fixed cost from 2025 on and for ever after 2032. It must stay below the discount rate (the ranges keep it there).',
			uncertain: { dist: 'triangular', low: 0.01, high: 0.05 },
			sources: [
				{
					assumption:
						'3 % a year: a rate that can hold for ever, about the nominal growth of the economies concerned; a new market grows faster at first, which the top of the range stands for.'
				}
			]
		},
		{
			id: 'tax',
			label: 'Tax on profit',
			unit: '%',
			default: 0.2,
			min: 0,
			max: 0.35,
			step: 0.01,
			description:
				'Tax on the countries’ profits; a loss is set against the group’s other profits, so it saves tax at the same rate.',
			uncertain: { dist: 'triangular', low: 0.15, high: 0.25 },
			sources: [
				{
					assumption:
						'20 %: about the group’s effective tax rate; profits of cross-border sales are taxed where the selling entity sits, not only in the buyer’s country.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.09,
			min: 0.06,
			max: 0.14,
			step: 0.0025,
			description: 'The group’s cost of capital for an international marketplace business, nominal.',
			uncertain: { dist: 'normal', low: 0.075, high: 0.105 },
			sources: [
				{ ...groupWacc, role: 'context' },
				{
					assumption:
						'9 %: the group’s 7.9 % plus about one point for a loss-making international marketplace exposed to currencies and to rules on small imported parcels, which the model does not carry as a probability (so the risk is not counted twice).'
				}
			]
		}
	],
	series: {
		grow: { label: 'Growth since 2025', unit: '×', formula: '(1 + growth)^t' },
		countries: {
			label: 'Countries launched',
			unit: 'countries',
			formula: 'next * nNext + rest * nRest'
		},
		baseOrders: {
			label: 'Orders they placed anyway',
			unit: 'm orders',
			formula: '(next * nNext * qNext + rest * nRest * qRest) * grow'
		},
		newOrders: { label: 'Orders the guarantee adds', unit: 'm orders', formula: 'lift * baseOrders' },
		gain: {
			label: 'Margin on the added orders, after delivery',
			unit: 'USD m',
			formula: 'newOrders * (margin - parcelCost)'
		},
		lateCost: {
			label: 'Cost of late orders',
			unit: 'USD m',
			formula: '(baseOrders + newOrders) * late * (refund + lostMargin)'
		},
		premiumCost: {
			label: 'Fast route on orders that came anyway',
			unit: 'USD m',
			formula: 'baseOrders * premium'
		},
		fixed: { label: 'Fixed cost', unit: 'USD m', formula: 'countries * fixedCost * grow' },
		profit: {
			label: 'Profit before tax',
			unit: 'USD m',
			formula: 'gain - lateCost - premiumCost - fixed'
		},
		launch: { label: 'Launch cost', unit: 'USD m', formula: 't == 0 ? countries * setup : 0' },
		discount: { label: 'Discount factor, mid-year', unit: '×', formula: '(1 + rate)^(-(t + 0.5))' },
		pv: {
			label: 'Cumulative value after tax, present value',
			unit: 'USD m',
			formula: 'prev(pv) + (1 - tax) * (profit * discount - launch)'
		},
		after: {
			label: 'Value after 2032, present value',
			unit: 'USD m',
			formula: 't == periods - 1 ? (1 - tax) * profit * (1 + growth) / (rate - growth) * discount : 0'
		}
	},
	outputs: {
		value: {
			label: 'Value of the expansion, present value',
			unit: 'USD m',
			formula: 'last(pv) + last(after)',
			description:
				'After tax, present value at 2025 of launching the guarantee in the option’s countries, against holding the current set: 2025–2032 and the continuing profit after. Higher is better.'
		},
		gainPv: {
			label: 'Margin on added orders 2025–2032',
			unit: 'USD m',
			formula: '(1 - tax) * npv(gain, rate) / (1 + rate)^0.5',
			description: 'After tax; only the orders the guarantee adds.'
		},
		latePv: {
			label: 'Late orders 2025–2032',
			unit: 'USD m',
			formula: '(1 - tax) * npv(lateCost, rate) / (1 + rate)^0.5',
			description: 'After tax: compensation and lost future margin on every guaranteed order that misses.'
		},
		premiumPv: {
			label: 'Fast route on orders that came anyway 2025–2032',
			unit: 'USD m',
			formula: '(1 - tax) * npv(premiumCost, rate) / (1 + rate)^0.5'
		},
		fixedPv: {
			label: 'Fixed costs 2025–2032',
			unit: 'USD m',
			formula: '(1 - tax) * npv(fixed, rate) / (1 + rate)^0.5'
		},
		launchPv: {
			label: 'Launch costs',
			unit: 'USD m',
			formula: '(1 - tax) * first(launch)',
			description: 'After tax, spent at the start of 2025, so not discounted.'
		},
		afterValue: {
			label: 'Value after 2032',
			unit: 'USD m',
			formula: 'last(after)',
			description:
				'The terminal value: the 2032 profit after tax, growing at the long-run rate for ever, in 2025’s present value.'
		},
		perOrder: {
			label: 'Profit per order placed before, before fixed costs',
			unit: 'USD/order',
			formula: 'lift * (margin - parcelCost) - (1 + lift) * late * (refund + lostMargin) - premium',
			description:
				'What the guarantee earns per order a country already placed: the bracket of the per-country formula. A country pays only if this is positive and its orders cover the fixed and launch costs.'
		},
		missCost: {
			label: 'Cost of one late order',
			unit: 'USD',
			formula: 'refund + lostMargin',
			description: 'Compensation to the buyer plus the margin on the orders they no longer place.'
		},
		addedOrders: {
			label: 'Orders added in 2025',
			unit: 'm orders',
			formula: 'first(newOrders)'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'afterValue' },
	chart: { series: 'pv' },
	breakdown: {
		add: ['gainPv', 'afterValue'],
		subtract: ['latePv', 'premiumPv', 'fixedPv', 'launchPv']
	},
	profile: { param: 'qNext', output: 'value', scale: 'log' },
	teach: {
		context: [
			{
				text: 'AliExpress Choice promises delivery within five business days, where cross-border orders used to take two weeks or more; by 2024 it served about 55 countries as a premium option.',
				sources: [
					{ doc: DOC_TOWSON, role: 'context', quote: SEVERAL },
					{
						...CHOICE,
						quote: 'free shipping within five business days… former 14-day minimum delivery window.',
						role: 'context'
					},
					{ ...CHOICE, role: 'context' }
				]
			},
			{
				text: 'The observer expects AliExpress Choice to reach more countries, on the strength of Cainiao’s scale.',
				after: 'outcome',
				sources: [
					{ doc: DOC_TOWSON, role: 'context', quote: EXPAND },
					{ doc: DOC_TOWSON, role: 'context', quote: LOW_PRICES }
				]
			},
			{
				text: 'The evidence for the lift is one pilot: in South Korea AliExpress orders reportedly more than doubled. The bill is visible too: AliExpress’s international business lost more in the quarter the guarantee spread than a year before, and Cainiao pays buyers when it misses.',
				sources: [
					{ ...KOREA, role: 'context' },
					{ ...LOSS, role: 'context' },
					{ ...LATE_PAY, role: 'context' },
					{ doc: DOC_TOWSON, role: 'context', quote: KEY }
				]
			}
		],
		prompts: [
			{
				id: 'size',
				text: 'How many orders a year must a country place before the guarantee pays there? Which tier clears that line?',
				param: 'qNext'
			},
			{
				id: 'lift',
				text: 'How large must the lift in orders be for the next tier to pay? Is Korea’s surge the right guide?',
				param: 'lift'
			},
			{
				id: 'shifted',
				text: 'Why do the orders a country already placed count only as a cost? What would counting their margin do to the answer?',
				param: 'premium'
			},
			{
				id: 'late',
				text: 'What does a late order cost, who bears the compensation, and how late can the new countries run before the expansion stops paying?',
				param: 'late'
			},
			{
				id: 'stop',
				text: 'Where should the expansion stop: what would make the long tail of small markets worth a guarantee?',
				param: 'qRest'
			}
		]
	},
	card: {
		includes: [
			'Per country: the margin after delivery on the orders the guarantee adds (the lift), and nothing on the orders the country placed anyway, which move onto the five-day route at its extra cost per order.',
			'The cost of late orders on every guaranteed order, new or moved: compensation to the buyer (a transfer, so a cost to the group) and margin on future orders lost.',
			'Cainiao’s cost per parcel, not its price: Cainiao is in the group, so its margin is neither a cost nor a gain.',
			'A fixed cost a year and a launch cost per country, so each country has a break-even size; tiers ranked by the size of a typical country: the next tier, then the long tail.',
			'Tax on profits (losses save tax elsewhere in the group; launch costs are deducted when spent); launch at the start of 2025, flows at mid-year, orders and fixed costs growing at the long-run rate, and the profit after 2032 as a growing perpetuity, the terminal value.'
		],
		leavesOut: [
			{
				what: 'Network economies across countries: more countries fill shared flights and hubs and lower the cost per parcel everywhere.',
				why: 'No figure exists; each country is valued on its own at a fixed cost per parcel. It errs against expanding, most for the long tail, which could ride on the next tier’s flights; lower parcelCost or fixedCost to see it.'
			},
			{
				what: 'Strategic value: keeping buyers from Temu, Shein and local rivals, and the data and habit a guarantee builds.',
				why: 'Part of it is in the lift (orders won rather than lost); the rest has no figure and would be counted twice if added on top.'
			},
			{
				what: 'A lift that takes time to build, and launches spread over years.',
				why: 'The lift is reached in the first year and every country launches in 2025. A slower ramp would lower the value of expanding and raise the break-even size, so leaving it out errs in expansion’s favour.'
			},
			{
				what: 'Inflation.',
				why: 'Prices stay at 2025 levels while the discount rate is nominal. Margins and costs would inflate together, so it understates the size of the value, not its sign.'
			},
			{
				what: 'Orders lost by other parts of the group.',
				why: 'Some added orders may come from Alibaba’s other platforms abroad (Lazada, Trendyol, Daraz); where they do they are shifted, not new, and the lift should be lowered.'
			}
		],
		carries: ['lift', 'margin', 'parcelCost', 'premium', 'late', 'refund', 'qNext', 'fixedCost'],
		actual:
			'Alibaba kept extending the guarantee: about 55 countries by 2024, and the observer expects more. At the defaults the model does not explain that: a typical next-tier country of 4 m orders a year earns only a few cents per order it already placed before fixed costs, because the margin on half as many orders again barely exceeds the late-order costs and the fast route’s premium on all of them, so holding the current set is worth most and the long tail loses money in any case. The break-even size itself, about 18 m orders a year, lies above the whole interval assumed for a next-tier country (1.5–10 m): at the defaults no plausible next-tier country pays, which the model says rather than moving a default; the break-even lift is the crux a room can argue both ways. The verdict turns on the lift: the next tier pays once the guarantee adds roughly two thirds more orders, inside the interval and below the Korean pilot’s reported doubling; it turns as readily on the margin after delivery, a few tens of cents more per added order (a group margin a little above USD 5.4, or Cainiao’s cost a little below USD 3.1, both inside their intervals). Alibaba’s expansion is explained if it expected Korea-like lifts, a cheaper fast route through consolidation, or network economies and rivalry with Temu that the model leaves out; the room should argue which.'
	}
};
