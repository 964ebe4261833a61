/**
 * Brief 7: keep Sun Art, Intime and Freshippo as infrastructure for the marketplaces, or sell them below
 * what was paid and put the cash into the marketplaces.
 *
 * The economics. Keeping earns Alibaba its stake in the stores' free cash flow (the stake applied here,
 * once: sale prices are already for Alibaba's stake) and a synergy S a year, the marketplace profit on
 * online orders fulfilled from the stores, taxed as profit. Selling brings the price now, and the price
 * then earns in the marketplaces only what it earns above the cost of capital (core return − rate): money
 * that earns its cost of capital is worth what it is, so counting the whole core return would count the
 * cash twice. A sale below book value makes a capital loss, not a gain, so the price pays no tax.
 * What was paid for the stores, and the book loss it leaves, is sunk: it is shown, and enters no value.
 *
 * Timing: money is USD bn at the end of 2024, after tax; t = 0 (2024) carries the sale price; store cash,
 * synergy and the excess return come at each year's end, 2025–2034. Store cash and synergy are held flat
 * in money for ever (a shrinking real business); the years after 2034 are a perpetuity, the labelled
 * terminal value. The excess return on redeployed cash lasts the ten years only: competition in the
 * marketplaces is taken to erase it after that.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc, chinaIncomeTax } from '$lib/sources/public-figures';

const SUN_ART_SALE = {
	url: 'https://www.livemint.com/',
	title: 'Livemint on Alibaba’s sale of its Sun Art stake (full address not recorded)',
	date: '2025-01-01'
};

const TOWSON_EXIT =
	'And they are largely exiting Sun Art, Freshippo and Intime. Basically, the new retail strategy of former CEO Daniel Zhang is done.';

export const retailExit: ModelDef = {
	id: 'retail-exit',
	title: 'Exit physical retail: Sun Art, Intime, Freshippo',
	question:
		'Keep Sun Art, Intime and Freshippo as infrastructure for the marketplaces, or sell them below cost and put the cash into the marketplaces?',
	summary:
		'Keep = Alibaba’s stake × the stores’ free cash flow + the synergy, after tax, in present value. Sell = the price now + the price × (core return − rate) for ten years. The book loss is sunk and enters neither.',
	periods: { count: 11, unit: 'year', start: 2024 },
	flags: { sellStores: 0, sellFresh: 0, listFresh: 0 },
	options: [
		{
			id: 'keep',
			label: 'Keep and fund',
			description:
				'Keep all three chains as infrastructure: Alibaba keeps its stake in their cash flow and the marketplace profit on online orders fulfilled from their stores.',
			set: { sellStores: 0, sellFresh: 0, listFresh: 0 }
		},
		{
			id: 'sell',
			label: 'Sell now',
			description:
				'Sell Sun Art and Intime at the prices on offer and Freshippo outright at its reduced valuation, and put the cash into the marketplaces.',
			set: { sellStores: 1, sellFresh: 1, listFresh: 0 }
		},
		{
			id: 'list',
			label: 'Sell Sun Art and Intime, list Freshippo',
			description:
				'Sell Sun Art and Intime, and list a minority of Freshippo at its reduced valuation: Alibaba keeps control of Freshippo, the rest of its cash flow and its part of the synergy.',
			set: { sellStores: 1, sellFresh: 0, listFresh: 1 }
		}
	],
	params: [
		{
			id: 'priceSunArt',
			label: 'Price for Alibaba’s Sun Art stake',
			unit: 'USD bn',
			default: 1.58,
			min: 0.5,
			max: 4,
			step: 0.01,
			description: 'Paid to Alibaba for its whole stake: the stake is already in the price.',
			sources: [
				{
					...SUN_ART_SALE,
					after: 'outcome',
					quote:
						'to sell its majority stake in hypermarket chain Sun Art Retail Group to Chinese private equity firm DCP Capital for HK$12.298 billion ($1.58 billion).',
					role: 'value',
					derive: { figure: '$1.58 billion', formula: 'x', says: 'the price as reported in USD' }
				}
			]
		},
		{
			id: 'priceIntime',
			label: 'Price for Intime',
			unit: 'USD bn',
			default: 1.02,
			min: 0.3,
			max: 3,
			step: 0.01,
			sources: [
				{
					url: 'https://www.nst.com.my/',
					title: 'New Straits Times on Alibaba’s sale of Intime (full address not recorded)',
					date: '2024-12',
					after: 'outcome',
					quote: 'sell Intime … for 7.4 billion yuan (US$1.02 billion)',
					role: 'value',
					derive: { figure: 'US$1.02 billion', formula: 'x', says: 'the price as reported in USD' }
				}
			]
		},
		{
			id: 'stake',
			label: 'Alibaba’s share of Sun Art’s and Intime’s cash flow',
			unit: '%',
			default: 0.8,
			min: 0.5,
			max: 1,
			step: 0.01,
			description:
				'Applied once, to the stores’ whole-company cash flow: the sale prices are for the stake and are not scaled again.',
			uncertain: { dist: 'triangular', low: 0.7, high: 0.9 },
			sources: [
				{
					assumption:
						'80 %: Alibaba held a majority of Sun Art, listed with outside holders, and nearly all of Intime, which is smaller; no source here gives the blended share, so the interval runs from 70 % to 90 %.'
				}
			]
		},
		{
			id: 'storeCash',
			label: 'Sun Art’s and Intime’s free cash flow, whole companies',
			unit: 'USD bn/yr',
			default: 0.3,
			min: -0.3,
			max: 1,
			step: 0.01,
			description: 'After tax and the capital that keeps the stores open; held flat in money for ever.',
			uncertain: { dist: 'pert', low: 0.1, high: 0.5 },
			sources: [
				{
					assumption:
						'USD 0.3 bn a year, about 2–3 % of the two chains’ sales: hypermarkets and department stores earn thin margins and are losing shoppers to online. No source here states it. As a check, the prices buyers paid (USD 2.6 bn) are worth, at 8.5 %, about 0.22 bn a year for Alibaba’s stake, 0.28 bn for the whole companies at an 80 % stake: an arm’s-length buyer pays about what the cash is worth to it.'
				}
			]
		},
		{
			id: 'freshValue',
			label: 'Freshippo valuation, reduced',
			unit: 'USD bn',
			default: 4,
			min: 1,
			max: 10,
			step: 0.1,
			description: 'The value at which Freshippo could be listed or sold, below Alibaba’s earlier hopes.',
			sources: [
				{
					url: 'https://www.businesstimes.com.sg/',
					title: 'The Business Times on Freshippo’s listing valuation (full address not recorded)',
					date: '2023-09-08',
					after: 'outcome',
					quote:
						'it could likely achieve a valuation of around US$4 billion for Freshippo in the listing, below its initial expectations',
					role: 'value',
					derive: { figure: 'US$4 billion', formula: 'x', says: 'the valuation as reported' }
				}
			]
		},
		{
			id: 'freshCash',
			label: 'Freshippo’s free cash flow',
			unit: 'USD bn/yr',
			default: 0.25,
			min: -0.3,
			max: 1,
			step: 0.01,
			description: 'After tax and the capital that keeps its stores open; held flat in money for ever.',
			uncertain: { dist: 'pert', low: 0.05, high: 0.5 },
			sources: [
				{
					assumption:
						'USD 0.25 bn a year: Freshippo is a fast-growing grocer that had only just begun to earn a profit; no source here states its cash. At 8.5 % it values Freshippo at about USD 2.9 bn, below the USD 4 bn the listing was expected to fetch; the interval (0.05–0.5) runs from a grocer that barely pays for itself to one worth half again its listing value.'
				}
			]
		},
		{
			id: 'float',
			label: 'Share of Freshippo sold in the listing',
			unit: '%',
			default: 0.2,
			min: 0.05,
			max: 0.49,
			step: 0.01,
			description: 'Alibaba sells this share of its own Freshippo shares and keeps control.',
			uncertain: { dist: 'triangular', low: 0.1, high: 0.3 },
			sources: [
				{
					assumption:
						'20 %: a Hong Kong listing of a controlled subsidiary floats a minority; the interval runs from 10 % to 30 %.'
				}
			]
		},
		{
			id: 'discount',
			label: 'Discount and fees on selling Freshippo',
			unit: '%',
			default: 0.15,
			min: 0,
			max: 0.4,
			step: 0.01,
			description: 'Below the valuation: underpricing or a buyer’s discount, plus fees.',
			uncertain: { dist: 'pert', low: 0.08, high: 0.25 },
			sources: [
				{
					assumption:
						'15 %: about 12 % of underpricing for a known issuer in Hong Kong plus 3 % of fees, as in the Cainiao model; a trade sale of a whole grocer is taken to cost about the same.'
				}
			]
		},
		{
			id: 'synergy',
			label: 'Synergy: marketplace profit from store fulfilment',
			unit: 'USD bn/yr',
			default: 0.2,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Online orders fulfilled from the stores × the marketplace profit on each, before tax: what the stores are worth as infrastructure beyond their own cash.',
			uncertain: { dist: 'pert', low: 0.05, high: 0.5 },
			sources: [
				{
					doc: DOC_TOWSON,
					after: 'outcome',
					quote:
						'That strategy was about building out extensive physical retail assets as strategic infrastructure. They are going back to ecommerce marketplaces.',
					role: 'context'
				},
				{
					assumption:
						'USD 0.2 bn a year, for example a billion online orders a year fulfilled from the stores at USD 0.2 of marketplace profit each: no source measures it. The crux: the interval (0.05–0.5) runs from stores that add little to the marketplaces to a delivery network worth more than its own cash.'
				}
			]
		},
		{
			id: 'freshShare',
			label: 'Freshippo’s part of the synergy',
			unit: '%',
			default: 0.6,
			min: 0,
			max: 1,
			step: 0.01,
			description: 'The share of the synergy that comes from Freshippo’s stores, built for online orders.',
			uncertain: { dist: 'triangular', low: 0.4, high: 0.8 },
			sources: [
				{
					assumption:
						'60 %: Freshippo’s stores were designed as warehouses for online grocery orders, while Sun Art’s hypermarkets and Intime’s department stores were bought as stores; no source splits the synergy.'
				}
			]
		},
		{
			id: 'coreReturn',
			label: 'Return on cash put into the marketplaces, after tax',
			unit: '%',
			default: 0.12,
			min: 0,
			max: 0.3,
			step: 0.005,
			description:
				'What each USD of sale proceeds earns a year in the marketplaces, for ten years. Only its excess over the cost of capital adds value.',
			uncertain: { dist: 'pert', low: 0.085, high: 0.2 },
			sources: [
				{
					doc: DOC_TOWSON,
					after: 'outcome',
					quote:
						'That moves the business back into asset-lite businesses that benefit from the most powerful business models (i.e., platforms and likely AI services).',
					role: 'context'
				},
				{
					assumption:
						'12 %: platforms earn high returns on the capital they have, but new money put into marketplaces whose profit has been flat earns less; the interval runs from no excess at all (8.5 %, the cost of capital) to 20 %.'
				}
			]
		},
		{
			id: 'tax',
			label: 'Income tax on the synergy',
			unit: '%',
			default: 0.25,
			min: 0,
			max: 0.35,
			step: 0.01,
			description:
				'The synergy is marketplace profit before tax. Store cash and the return on redeployed cash are already after tax; a sale below book value makes a loss, so the prices pay none.',
			uncertain: { dist: 'pert', low: 0.15, high: 0.3 },
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
						'The interval runs from 15 % (a high and new technology enterprise) to 30 % (withholding tax on dividends paid out of China).'
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
			description: 'The same for both options: the risk of store cash and of marketplace profit.',
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
						'8.5 %: the group’s cost of capital plus a small premium for a retail unit; no chip-policy premium, which is not a store risk.'
				}
			]
		},
		{
			id: 'bookLoss',
			label: 'Book loss on the Intime sale (sunk)',
			unit: 'USD bn',
			default: 1.3,
			min: 0,
			max: 5,
			step: 0.1,
			description:
				'What the accounts lose on Intime against its book value, the one loss a source states; Sun Art too is sold below the USD 3.6 bn paid. Shown, and entered in no value: the price paid is gone whichever option is chosen.',
			sources: [
				{
					url: 'https://www.zawya.com/',
					title: 'Zawya on the loss Alibaba expects on the Intime sale (full address not recorded)',
					date: '2024-12-17',
					after: 'outcome',
					quote:
						'The filing said Alibaba expects to record losses of approximately 9.3 billion yuan ($1.3 billion) as a result of the sale.',
					role: 'value',
					derive: { figure: '$1.3 billion', formula: 'x', says: 'the loss as reported in USD' }
				},
				{
					...SUN_ART_SALE,
					after: 'outcome',
					quote: 'Alibaba paid $3.6 billion for a controlling stake in Sun Art in 2020',
					role: 'context',
					note: 'Sun Art too is sold for less than was paid for it; that price is as sunk as Intime’s.'
				}
			]
		}
	],
	series: {
		freshSold: {
			label: 'Share of Freshippo sold',
			unit: '%',
			formula: 'sellFresh + listFresh * float'
		},
		proceeds: {
			label: 'Sale price, before it is put to work',
			unit: 'USD bn',
			formula: 'sellStores * (priceSunArt + priceIntime) + freshSold * freshValue * (1 - discount)'
		},
		upfront: { label: 'Sale price received', unit: 'USD bn', formula: 't == 0 ? proceeds : 0' },
		storeFlow: {
			label: 'Alibaba’s share of store cash flow',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : (1 - sellStores) * stake * storeCash + (1 - freshSold) * freshCash'
		},
		synergyFlow: {
			label: 'Synergy kept, after tax',
			unit: 'USD bn',
			formula:
				't == 0 ? 0 : synergy * (1 - tax) * ((1 - sellStores) * (1 - freshShare) + (1 - sellFresh) * freshShare)'
		},
		excessFlow: {
			label: 'Return above the cost of capital on the cash redeployed',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : proceeds * (coreReturn - rate)'
		},
		cash: {
			label: 'Cash to Alibaba',
			unit: 'USD bn',
			formula: 'upfront + storeFlow + synergyFlow + excessFlow'
		},
		pv: {
			label: 'Cumulative present value, value after 2034 not included',
			unit: 'USD bn',
			formula: 'prev(pv) + cash / (1 + rate)^t'
		},
		continuing: {
			label: 'Value after 2034, today’s money',
			unit: 'USD bn',
			formula: 't == periods - 1 ? (storeFlow + synergyFlow) / rate / (1 + rate)^t : 0'
		}
	},
	outputs: {
		value: {
			label: 'Value to Alibaba’s shareholders',
			unit: 'USD bn',
			formula: 'last(pv) + last(continuing)',
			description: 'Present value at the end of 2024, after tax, of everything each option brings.'
		},
		price: { label: 'Sale price', unit: 'USD bn', formula: 'first(upfront)' },
		stores: { label: 'Store cash flow to 2034', unit: 'USD bn', formula: 'npv(storeFlow, rate)' },
		synergyValue: { label: 'Synergy after tax, to 2034', unit: 'USD bn', formula: 'npv(synergyFlow, rate)' },
		redeployed: {
			label: 'Excess return on the cash redeployed',
			unit: 'USD bn',
			formula: 'npv(excessFlow, rate)'
		},
		beyond: {
			label: 'Value after 2034 (terminal)',
			unit: 'USD bn',
			formula: 'last(continuing)',
			description: 'Store cash and synergy after 2034, flat for ever, in today’s money.'
		},
		sunk: {
			label: 'Book loss on the Intime sale (sunk, in no value)',
			unit: 'USD bn',
			formula: 'sellStores * bookLoss',
			description: 'Shown for context: it is the same whatever Alibaba does now, so it decides nothing.'
		},
		keepStores: {
			label: 'Stores’ own cash flow, present value, kept for ever',
			unit: 'USD bn',
			formula: '(stake * storeCash + freshCash) / rate',
			description: 'What keeping is worth without the synergy, to set beside the prices offered.'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'beyond' },
	chart: { series: 'pv' },
	breakdown: { add: ['price', 'stores', 'synergyValue', 'redeployed', 'beyond'] },
	card: {
		includes: [
			'Keeping earns Alibaba’s stake in the stores’ free cash flow, the stake applied once (the sale prices are already for Alibaba’s stake), and the synergy: marketplace profit on online orders fulfilled from the stores, taxed as profit.',
			'Selling brings the agreed prices now (Sun Art USD 1.58 bn, Intime 1.02 bn) and Freshippo at its reduced USD 4 bn valuation less a discount and fees; a sale below book value pays no tax on the price.',
			'Cash redeployed in the marketplaces adds only what it earns above the cost of capital, for ten years: at the cost of capital a dollar is worth a dollar, so the whole core return would count the cash twice.',
			'Listing Freshippo sells a minority of it, keeps control, the rest of its cash flow and its part of the synergy.',
			'The book loss (USD 1.3 bn on Intime) and the USD 3.6 bn paid for Sun Art are shown and enter no value: they are sunk.',
			'Store cash and synergy stay flat in money for ever; the years after 2034 are a labelled terminal value.'
		],
		leavesOut: [
			{
				what: 'A tax deduction for the loss on the sale',
				why: 'the stakes are held through holding companies, and no source says the loss can be set against taxed profit; if it could, the deduction (tax × the tax loss) would be the one way the price once paid enters the decision.'
			},
			{
				what: 'Synergy kept by contract after a sale',
				why: 'a buyer can go on fulfilling online orders for the marketplaces for a fee, so part of the synergy could survive a sale; no source says how much, so the synergy is read as what only ownership keeps, and anything kept by contract would favour selling.'
			},
			{
				what: 'Minority holders of a listed Freshippo claiming part of the synergy',
				why: 'a listed Freshippo must deal with the marketplaces at arm’s length, which could move part of its synergy to its outside holders; no source sizes it, so the listing keeps all of Freshippo’s part.'
			},
			{
				what: 'An excess return on the redeployed cash that lasts beyond ten years',
				why: 'new money in a competitive market is taken to earn its excess for a decade, no longer; an excess that lasted for ever would make a full sale worth the price × core return / rate, about USD 8.5 bn at the defaults, and selling would win. How long the marketplaces keep their edge is part of the judgement the core return carries.'
			},
			{
				what: 'Growth or decline of the stores’ cash',
				why: 'held flat in money, a slow real decline; a faster decline of physical retail favours selling and lies inside the cash flow’s interval.'
			},
			{
				what: 'The cost of running stores that management no longer wants to fund',
				why: 'attention and capital spent on stores are not priced; they are an argument for selling the model does not count.'
			}
		],
		carries: ['synergy', 'coreReturn', 'storeCash', 'freshCash', 'rate', 'discount', 'freshShare', 'tax'],
		actual:
			'Alibaba agreed to sell Intime for RMB 7.4 bn (December 2024, with a book loss of about RMB 9.3 bn) and its Sun Art stake for USD 1.58 bn (January 2025), below the USD 3.6 bn it had paid for control of Sun Art in 2020; Freshippo’s listing had been talked of at about USD 4 bn, below earlier hopes. At its defaults, most of them judgements, the model does not explain the sale: it leans to keeping, by about USD 0.08 bn of USD 7.5 bn over selling Sun Art and Intime and listing Freshippo, and by 0.15 over selling everything, a toss-up (keeping stays ahead in about half the simulated futures). The stores’ own cash, kept for ever, is worth about USD 5.8 bn against the 6.0 a full sale brings, because an arm’s-length buyer pays about what the cash is worth; the answer turns on the synergy (keeping wins above about USD 0.18 bn a year before tax, inside its 0.05–0.5 interval) against what the cash earns in the marketplaces (selling wins above a return of about 12.4 % on new money, against 12 % assumed). The sale is explained if Alibaba judged the stores’ synergy small, or its marketplaces able to earn well above the cost of capital on new money, or if Sun Art fetched more than about USD 1.65 bn. What the model does not let explain anything is the book loss: it plays no part, as it should not, since the price once paid is gone whichever option is taken now.'
	},
	teach: {
		context: [
			{
				text: 'The observers read the sale as the end of the “new retail” strategy.',
				after: 'outcome',
				sources: [{ doc: DOC_TOWSON, quote: TOWSON_EXIT, role: 'context' }]
			},
			{
				text: 'It is part of a wider restructuring of the group.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_SCMP,
						quote:
							'Alibaba, which is undergoing a sweeping restructuring to break its business empire into leaner units',
						role: 'context'
					}
				]
			}
		],
		prompts: [
			{
				id: 'synergy',
				text: 'How much marketplace profit must the stores bring in each year for keeping them to win? Is that plausible?',
				param: 'synergy'
			},
			{
				id: 'sunk',
				text: 'Alibaba books a loss of about USD 1.3 bn on Intime and sells Sun Art for less than half what it paid. Should that make it hesitate?'
			},
			{
				id: 'price',
				text: 'Below what sale price for Sun Art would you keep the stores?',
				param: 'priceSunArt'
			},
			{
				id: 'redeploy',
				text: 'What must the cash earn in the marketplaces for selling to pay, and why does only part of that return count?',
				param: 'coreReturn'
			},
			{
				id: 'freshippo',
				text: 'Why might Alibaba list Freshippo rather than sell it, and what does it keep?',
				param: 'freshShare'
			}
		]
	}
};
