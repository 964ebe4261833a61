/**
 * Brief 11: should Cainiao sell domestic parcel delivery in Spain and France to other merchants, below
 * the local carriers’ prices, on the network it built for AliExpress?
 *
 * The economics are those of selling spare density. The network’s cost a year is C(V) = F + v·V·(V/V0)^−δ:
 * a fixed cost F (depots, hubs, management) and a cost per parcel v that falls as more parcels pack the
 * same routes denser (elasticity δ). Its unit cost c(V) = C(V)/V = F/V + v·(V/V0)^−δ. Third-party parcels
 * V3 add only the increment C(VA + V3) − C(VA), which is below their average cost: F is paid already, and
 * every extra parcel cheapens the others. That increment, split, is the third parties’ parcels at the
 * shared cost per parcel v·((VA + V3)/V0)^−δ less the density saving on AliExpress’s own parcels,
 * VA·v·[(VA/V0)^−δ − ((VA + V3)/V0)^−δ]: the breakdown shows both and counts the saving once. F is in
 * neither: the fall in the own parcels’ average cost c(V) that the brief asks about is mostly F spread over
 * more parcels, an allocation that saves the group nothing, so it is shown as a unit cost, not as a gain.
 *
 * Selling openly costs a sales team and systems (a fixed cost a year and launch capital) and a first-mile
 * collection from each merchant; the volume won follows the discount Cainiao offers after the incumbents
 * answer it (they match a share of the undercut, and a merchant compares Cainiao's price with their answered
 * price), from the share of the market within the network's reach:
 * a merchant moves only the parcels Cainiao can deliver (revision 2; before, the whole of both countries). Partnering with an incumbent instead sells it capacity
 * wholesale: a contracted volume at a lower price, with no sales team, no collection and no price war.
 *
 * Timing: launch capital at the start of 2025 and renewed at the start of every fifth year after (2030,
 * 2035, …), each outlay discounted from the start of its year; parcels, revenue and running costs at
 * mid-year, so year t is discounted by (1 + rate)^−(t + ½). Volumes are flat after the ramp and prices
 * stay at 2025 levels while the rate is nominal (the card says so). After 2032 the business continues:
 * its 2032 cash flow for ever, less the renewals from 2035 on, is the after-horizon part of the value.
 * Profits are taxed at the local rate; each outlay is depreciated over its five years, so a fifth of the
 * launch capital is deducted every year.
 *
 * Cainiao’s own parcels are costed at what the network spends on them, not at any price Alibaba pays
 * Cainiao: a transfer inside the group is neither a cost nor a gain.
 */
import type { ModelDef, PublicSource } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const SPAIN: PublicSource = {
	url: 'https://equalocean.com/analysis/2023071319893',
	title: 'EqualOcean: Cainiao’s delivery network in Spain',
	date: '2023-07',
	quote: 'The network currently covers over 30 cities in Spain'
};

const PARCELS: PublicSource = {
	url: 'https://longportapp.com/news/98709209',
	title: 'Cainiao cross-border parcel volume, fiscal year 2023',
	date: 'FY2023',
	quote: 'In the 2023 fiscal year, the total number of cross-border parcels exceeded 1.5 billion'
};

/** The yearly volume, m parcels, at which the cost per parcel v is stated (route density 1). */
export const STATED_AT = 75;
/** Years over which the launch capital is depreciated for tax, and after which it is renewed (2030, 2035, …). */
export const ASSET_LIFE = 5;

const LOWER_PRICES =
	'The idea is to use superior infrastructure and technology to offer services at significantly lower prices than local competitors.';

export const localToLocal: ModelDef = {
	id: 'local-to-local',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'merchants can bring only the parcels the network can deliver: the share of the two countries’ market within its reach is now a parameter, half by default, as the own volume assumes for AliExpress’s parcels. Before, the whole market of Spain and France was open to it, while its network is reported in some 30 Spanish cities',
			added: { id: 'coverage', before: 1 }
		},
		{
			revision: 2,
			note: 'the discount a merchant sees is now measured against the incumbents’ price after their answer, the price it compares with; before, against their price before it, which understated the discount',
			reworked: true
		}
	],
	title: 'Local-to-local delivery in Spain and France',
	question:
		'Sell domestic parcel delivery in Spain and France to other merchants, below local carriers’ prices, on the network built for AliExpress?',
	summary:
		'The network’s unit cost is F ÷ V + v·(V/V0)^−δ, so third-party parcels add density and lower the cost of Cainiao’s own. Value = present value of third-party revenue less the extra network cost, C(own + third party) − C(own), less sales, collection, launch capital and tax, 2025–2032 and after.',
	periods: { count: 8, unit: 'year', start: 2025 },
	flags: { open: 0, partner: 0 },
	options: [
		{
			id: 'own',
			label: 'Own parcels only',
			description:
				'The network carries AliExpress’s parcels and nothing else: the reference against which the others are valued.',
			set: { open: 0, partner: 0 }
		},
		{
			id: 'open',
			label: 'Open to third parties at price p',
			description:
				'Cainiao sells delivery to any merchant at its price p, below the local carriers’: it needs a sales team, systems and a pickup at each merchant, and the incumbents answer part of the undercut.',
			set: { open: 1, partner: 0 }
		},
		{
			id: 'partner',
			label: 'Partner with incumbents',
			description:
				'A local carrier routes a contracted volume of its parcels through Cainiao’s network at a wholesale price: no sales team, no pickup, no price war.',
			set: { open: 0, partner: 1 }
		}
	],
	params: [
		{
			id: 'price',
			label: 'Cainiao’s price to merchants',
			unit: 'USD/parcel',
			default: 3.8,
			min: 1.5,
			max: 6,
			step: 0.05,
			description:
				'The decision: what Cainiao charges a merchant to deliver a parcel in Spain or France. The verdict is at the price set here; the chart of value against price shows the prices at which opening pays and the best one.',
			sources: [
				{ doc: DOC_TOWSON, role: 'context', quote: LOWER_PRICES },
				{
					assumption:
						'USD 3.8: about 15 % below the local carriers’ price assumed below, a discount large enough to make merchants switch; no published price.'
				}
			]
		},
		{
			id: 'incumbentPrice',
			label: 'Local carriers’ price',
			unit: 'USD/parcel',
			default: 4.5,
			min: 3,
			max: 7,
			step: 0.05,
			description:
				'What a local carrier charges a mid-sized merchant for a domestic parcel, before any answer to Cainiao.',
			uncertain: { dist: 'triangular', low: 3.9, high: 5.4 },
			sources: [
				{ doc: DOC_TOWSON, role: 'context', quote: LOWER_PRICES },
				{
					assumption:
						'USD 4.5: about EUR 4 for a small parcel from a mid-sized shipper in Spain or France; large shippers pay less and small ones more, hence the interval (about EUR 3.5–5). No published contract price.'
				}
			]
		},
		{
			id: 'match',
			label: 'Share of the undercut the incumbents match',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'The incumbents’ price response: they cut their own price by this share of Cainiao’s undercut, so a merchant compares Cainiao’s price with their answered price, their price − match × the undercut, and sees a discount of 1 − p ÷ that price. 1 means they match fully and Cainiao wins nothing.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.8 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'Cainiao’s goal is to build a cost-effective global network that allows for fast and reliable shipping between different regions. And at a price that smaller competitors cannot match.'
				},
				{
					assumption:
						'Half: national postal carriers and their parcel arms defend their large accounts, and match selectively rather than across their whole book; no observed response.'
				}
			]
		},
		{
			id: 'market',
			label: 'Domestic e-commerce parcels in Spain and France',
			unit: 'm parcels/yr',
			default: 2000,
			min: 800,
			max: 4000,
			step: 50,
			description:
				'The parcels merchants send within the two countries a year, wherever they go: the market Cainiao would sell to, of which it can carry only the share within its network’s reach.',
			uncertain: { dist: 'triangular', low: 1400, high: 2800 },
			sources: [
				{
					assumption:
						'2 bn a year: roughly 1.2 bn in France and 0.8 bn in Spain, from carriers’ published volumes as remembered; no figure among the sources checked for this model, hence a wide interval.'
				}
			]
		},
		{
			id: 'coverage',
			label: 'Share of the market within the network’s reach',
			unit: '%',
			default: 0.5,
			min: 0.1,
			max: 1,
			step: 0.01,
			description:
				'The share of the two countries’ domestic e-commerce parcels addressed where the own network delivers. A merchant switches only the parcels Cainiao can deliver; the rest stay with its carrier.',
			uncertain: { dist: 'triangular', low: 0.3, high: 0.8 },
			sources: [
				{
					...SPAIN,
					role: 'context',
					note: 'Cities in Spain, not the whole country; no network in France was reported.'
				},
				{
					assumption:
						'Half, an assumption: the own volume below assumes about half of AliExpress’s parcels to the two countries travel on the own network, and a network carries no more than it reaches, so its reach is at least that; the only report, some 30 cities in Spain and no network in France, points lower (the market assumed puts two fifths of the parcels in Spain, and its cities hold part of them). Half lies between the two; the interval runs from cities in both countries, about three tenths, to four fifths. Drawn apart from the own volume, though both follow the reach.'
				}
			]
		},
		{
			id: 'switching',
			label: 'Merchants’ response to a discount',
			unit: 'share/discount',
			default: 0.2,
			min: 0.02,
			max: 0.6,
			step: 0.01,
			description:
				'The share of the market Cainiao wins per unit of discount a merchant sees: 0.2 means a 10 % lower price wins 2 % of the parcels within reach.',
			uncertain: { dist: 'triangular', low: 0.08, high: 0.4 },
			sources: [
				{
					assumption:
						'0.2: merchants weigh reliability, returns and pickup coverage as well as price, so a new carrier wins a few points of share with a double-digit discount; no measured figure.'
				}
			]
		},
		{
			id: 'rampYears',
			label: 'Years to reach the third-party volume',
			unit: 'years',
			default: 3,
			min: 1,
			max: 6,
			step: 0.5,
			description: 'Merchants move over years: the share reached grows as (year + 1) ÷ ramp, to all of it.',
			uncertain: { dist: 'triangular', low: 2, high: 5 },
			sources: [
				{
					assumption:
						'Three years: contracts with merchants run a year or two, and a new carrier must prove itself before large accounts move.'
				}
			]
		},
		{
			id: 'ownVolume',
			label: 'AliExpress parcels on the own network',
			unit: 'm parcels/yr',
			default: 75,
			min: 20,
			max: 200,
			step: 1,
			description:
				'Cainiao’s own parcels that its network in Spain and France delivers a year, whatever it decides here.',
			uncertain: { dist: 'triangular', low: 40, high: 130 },
			sources: [
				{
					...PARCELS,
					role: 'context',
					note: '1.5 bn a year across every destination; 75 m is 5 % of it.'
				},
				{
					assumption:
						'75 m a year (about 200,000 a day): Spain and France are among AliExpress’s largest European markets, taken together as a tenth of the cross-border parcels, about half of them on the own network; no public split.'
				}
			]
		},
		{
			id: 'networkFixed',
			label: 'Network fixed cost F',
			unit: 'USD m/yr',
			default: 100,
			min: 30,
			max: 250,
			step: 5,
			description:
				'Depots, hubs, management and systems of the own network in the two countries, paid whatever it carries. Third-party parcels do not change it; they spread it.',
			uncertain: { dist: 'triangular', low: 60, high: 160 },
			sources: [
				{
					...SPAIN,
					role: 'context',
					note: 'The network whose fixed cost this is; no cost was published.'
				},
				{
					assumption:
						'USD 100 m a year: some 60 depots and hubs across the two countries at about USD 1 m each, plus management and systems; no public figure.'
				}
			]
		},
		{
			id: 'unitCost',
			label: 'Cost per parcel v at today’s density',
			unit: 'USD/parcel',
			default: 2.2,
			min: 1.2,
			max: 3.5,
			step: 0.05,
			description:
				'Sorting, line-haul and the last mile per parcel when the network carries 75 m parcels a year; it scales as (volume ÷ 75 m)^−δ.',
			uncertain: { dist: 'triangular', low: 1.7, high: 2.8 },
			sources: [
				{
					assumption:
						'USD 2.2: a driver and van at about USD 190 a working day delivering 120–150 parcels (about USD 1.4) plus sorting and line-haul; no public figure.'
				}
			]
		},
		{
			id: 'density',
			label: 'Density effect δ',
			unit: 'elasticity',
			default: 0.25,
			min: 0,
			max: 0.5,
			step: 0.01,
			description:
				'How strongly volume lowers the cost per parcel: doubling the parcels on the network cuts v by 1 − 2^−δ (16 % at 0.25). 0 switches the density effect off.',
			uncertain: { dist: 'triangular', low: 0.1, high: 0.4 },
			sources: [
				{
					doc: DOC_TOWSON,
					role: 'context',
					quote:
						'And at each step, they use their existing scale to expand from a position of strength into the next network.'
				},
				{
					assumption:
						'0.25: distance between stops shrinks with the square root of stop density (0.5 for driving alone); driving is about half of the whole cost per parcel here, the rest is sorting, line-haul and time at the door.'
				}
			]
		},
		{
			id: 'pickupCost',
			label: 'Collecting a third-party parcel',
			unit: 'USD/parcel',
			default: 0.4,
			min: 0,
			max: 1.2,
			step: 0.05,
			description:
				'AliExpress’s parcels reach the network at a hub; a merchant’s parcels must be collected from its warehouse, and billed: a cost only third-party parcels carry.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.7 },
			sources: [
				{
					assumption:
						'USD 0.4: a van round of merchants’ warehouses, shared over a few hundred parcels a stop, plus billing and customer service; no public figure.'
				}
			]
		},
		{
			id: 'salesFixed',
			label: 'Open: sales team and systems a year',
			unit: 'USD m/yr',
			default: 15,
			min: 2,
			max: 50,
			step: 1,
			description:
				'What selling to merchants costs whatever the volume: account managers, integration with merchants’ systems, customer service.',
			uncertain: { dist: 'triangular', low: 8, high: 25 },
			sources: [
				{
					assumption:
						'USD 15 m a year: about 100 sales and service staff in two countries plus systems; no public figure.'
				}
			]
		},
		{
			id: 'launchCapital',
			label: 'Open: launch capital',
			unit: 'USD m',
			default: 30,
			min: 0,
			max: 100,
			step: 1,
			description:
				'Spent at the start of 2025: collection vans and docks, merchant integration and a brand; depreciated over five years and renewed every five years (2030, 2035, …).',
			uncertain: { dist: 'triangular', low: 15, high: 60 },
			sources: [
				{
					assumption:
						'USD 30 m: a few hundred collection vans and a national launch in each of two countries; no public figure.'
				}
			]
		},
		{
			id: 'partnerVolume',
			label: 'Partner: contracted volume',
			unit: 'm parcels/yr',
			default: 25,
			min: 5,
			max: 80,
			step: 1,
			description:
				'Parcels a local carrier routes through Cainiao’s network a year, from the first year under the contract.',
			uncertain: { dist: 'triangular', low: 10, high: 45 },
			sources: [
				{
					assumption:
						'25 m a year: a carrier hands over the routes where Cainiao is denser than it is, a third of Cainiao’s own volume; no such contract is public.'
				}
			]
		},
		{
			id: 'partnerPrice',
			label: 'Partner: wholesale price',
			unit: 'USD/parcel',
			default: 2.6,
			min: 1.5,
			max: 4,
			step: 0.05,
			description:
				'What the partner pays Cainiao per parcel it hands over at Cainiao’s hub; the partner keeps the merchant, the collection and its own price.',
			uncertain: { dist: 'triangular', low: 2, high: 3.4 },
			sources: [
				{
					assumption:
						'USD 2.6: the partner must keep a margin on a retail price of about USD 4.5 after its own collection and sales, so it pays little more than Cainiao’s cost per parcel; no public figure.'
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
				'Corporate tax on the extra profit in Spain and France; a loss lowers the tax on the network’s other profit there.',
			uncertain: { dist: 'triangular', low: 0.22, high: 0.3 },
			sources: [
				{
					assumption:
						'25 %: the headline corporate rate in both countries as remembered, with no source checked for this model; the interval allows for surcharges and allowances.'
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
			description: 'Cainiao’s nominal cost of capital for a logistics business in Europe.',
			uncertain: { dist: 'normal', low: 0.07, high: 0.1 },
			sources: [
				{
					...groupWacc,
					role: 'context',
					note: 'The group’s cost of capital, the starting point of the rate.'
				},
				{
					assumption:
						'8.5 %: the group’s 7.9 % plus a small premium for one logistics unit. No premium for a price war: the incumbents’ answer is in the cash flows (the share they match), so it is not counted twice.'
				}
			]
		}
	],
	series: {
		discount: {
			label: 'Effective discount a merchant sees',
			unit: '%',
			// Against the incumbents' answered price: the price a merchant compares Cainiao's with.
			formula: 'max(0, 1 - price / (incumbentPrice - match * max(0, incumbentPrice - price)))'
		},
		ramp: {
			label: 'Share of the third-party volume reached',
			unit: '%',
			formula: 'min(1, (t + 1) / rampYears)'
		},
		thirdParty: {
			label: 'Third-party parcels',
			unit: 'm parcels',
			formula: 'open * market * coverage * switching * discount * ramp + partner * partnerVolume'
		},
		sellPrice: {
			label: 'Price per third-party parcel',
			unit: 'USD/parcel',
			formula: 'open * price + partner * partnerPrice'
		},
		total: { label: 'Parcels on the network', unit: 'm parcels', formula: 'ownVolume + thirdParty' },
		costAlone: {
			label: 'Unit cost, own parcels only',
			unit: 'USD/parcel',
			formula: `networkFixed / ownVolume + unitCost * (ownVolume / ${STATED_AT})^(-density)`
		},
		costShared: {
			label: 'Unit cost, shared network',
			unit: 'USD/parcel',
			formula: `networkFixed / total + unitCost * (total / ${STATED_AT})^(-density)`
		},
		revenue: { label: 'Third-party revenue', unit: 'USD m', formula: 'thirdParty * sellPrice' },
		extraCost: {
			label: 'Extra network cost',
			unit: 'USD m',
			formula: 'costShared * total - costAlone * ownVolume'
		},
		variableAlone: {
			label: 'Cost per parcel before fixed cost, own parcels only',
			unit: 'USD/parcel',
			formula: `unitCost * (ownVolume / ${STATED_AT})^(-density)`
		},
		variableShared: {
			label: 'Cost per parcel before fixed cost, shared network',
			unit: 'USD/parcel',
			formula: `unitCost * (total / ${STATED_AT})^(-density)`
		},
		margin3: {
			label: 'Third parties’ margin over the shared cost per parcel',
			unit: 'USD m',
			formula: 'thirdParty * (sellPrice - variableShared)'
		},
		ownSaving: {
			label: 'Density saving on own parcels',
			unit: 'USD m',
			formula: 'ownVolume * (variableAlone - variableShared)'
		},
		collect: { label: 'Collection from merchants', unit: 'USD m', formula: 'open * pickupCost * thirdParty' },
		sales: { label: 'Sales team and systems', unit: 'USD m', formula: 'open * salesFixed' },
		profit: {
			label: 'Operating profit',
			unit: 'USD m',
			formula: 'revenue - extraCost - collect - sales'
		},
		capex: {
			label: 'Launch capital and its renewal',
			unit: 'USD m',
			formula: `t == 0 or t == ${ASSET_LIFE} ? open * launchCapital : 0`
		},
		depreciation: {
			label: 'Depreciation',
			unit: 'USD m',
			formula: `open * launchCapital / ${ASSET_LIFE}`
		},
		tax: { label: 'Tax', unit: 'USD m', formula: 'taxRate * (profit - depreciation)' },
		factor: { label: 'Discount factor, mid-year', unit: '×', formula: '(1 + rate)^(-(t + 0.5))' },
		pv: {
			label: 'Cumulative value, present value',
			unit: 'USD m',
			formula: 'prev(pv) - capex * (1 + rate)^(-t) + (profit - tax) * factor'
		},
		after: {
			label: 'Value after 2032, present value',
			unit: 'USD m',
			formula: `t == periods - 1 ? (profit - tax) / rate * factor - open * launchCapital * (1 + rate)^(-2 * ${ASSET_LIFE}) / (1 - (1 + rate)^(-${ASSET_LIFE})) : 0`
		}
	},
	outputs: {
		value: {
			label: 'Value of the choice, present value',
			unit: 'USD m',
			formula: 'last(pv) + last(after)',
			description:
				'Present value in 2025 of the extra after-tax cash the choice brings over carrying own parcels only, 2025–2032 and after. Higher is better; own parcels only is 0.'
		},
		marginValue: {
			label: 'Third parties’ margin over the shared cost per parcel',
			unit: 'USD m',
			formula: 'npv(margin3, rate) / (1 + rate)^0.5',
			description:
				'Their revenue less their parcels at the shared network’s cost per parcel, 2025–2032; the fixed cost is paid already and charged to no one.'
		},
		savingValue: {
			label: 'Density saving on own parcels',
			unit: 'USD m',
			formula: 'npv(ownSaving, rate) / (1 + rate)^0.5',
			description:
				'AliExpress parcels × the fall in cost per parcel that denser routes bring, 2025–2032: part of the extra network cost, counted here once. The fixed cost spread over more parcels is not in it: it saves the group nothing.'
		},
		collectCost: {
			label: 'Collection from merchants',
			unit: 'USD m',
			formula: 'npv(collect, rate) / (1 + rate)^0.5'
		},
		salesCost: {
			label: 'Sales team and systems',
			unit: 'USD m',
			formula: 'npv(sales, rate) / (1 + rate)^0.5'
		},
		launchCost: {
			label: 'Launch capital 2025 and 2030',
			unit: 'USD m',
			formula: 'npv(capex, rate)',
			description: 'Spent at the start of 2025 and renewed at the start of 2030, each discounted from then.'
		},
		taxCost: { label: 'Tax', unit: 'USD m', formula: 'npv(tax, rate) / (1 + rate)^0.5' },
		afterValue: {
			label: 'Value after 2032',
			unit: 'USD m',
			formula: 'last(after)',
			description:
				'Present value in 2025 of the 2032 after-tax cash flow for ever (its depreciation included), less the launch capital renewed every five years from 2035: a terminal value, on flat volumes and prices.'
		},
		thirdPartyVolume: {
			label: 'Third-party parcels once ramped up',
			unit: 'm parcels/yr',
			formula: 'last(thirdParty)'
		},
		ownCostBefore: { label: 'Own parcels’ unit cost, alone', unit: 'USD/parcel', formula: 'last(costAlone)' },
		ownCostAfter: {
			label: 'Own parcels’ unit cost, shared network',
			unit: 'USD/parcel',
			formula: 'last(costShared)'
		},
		ownCostDrop: {
			label: 'Fall in own parcels’ unit cost',
			unit: '%',
			formula: '1 - last(costShared) / last(costAlone)',
			description:
				'How much the third parties’ parcels lower the cost of each AliExpress parcel, once ramped up.'
		},
		priceFloor: {
			label: 'Lowest price that covers marginal cost',
			unit: 'USD/parcel',
			formula: `pickupCost + unitCost * (1 - density) * (ownVolume / ${STATED_AT})^(-density)`,
			description:
				'The cost of one more collected parcel on the network as it is: collection plus the derivative of C(V) at own volume, v·(1 − δ)·(VA ÷ V0)^−δ. Below it even the first third-party parcel loses money, before any sales cost.'
		},
		extraCostPerParcel: {
			label: 'Extra network cost per third-party parcel',
			unit: 'USD/parcel',
			formula: 'last(thirdParty) > 0 ? last(extraCost) / last(thirdParty) : 0'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'afterValue' },
	chart: { series: 'pv' },
	breakdown: {
		add: ['marginValue', 'savingValue', 'afterValue'],
		subtract: ['collectCost', 'salesCost', 'launchCost', 'taxCost']
	},
	profile: {
		param: 'price',
		output: 'value',
		optimum: { option: 'open', follows: 'incumbentPrice', defaultIs: 'the price assumed' }
	},
	teach: {
		context: [
			{
				text: 'Cainiao’s playbook runs from domestic networks in China to cross-border routes and then to domestic networks abroad. In Spain its own network already reaches more than 30 cities, built to deliver AliExpress’s parcels.',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote: 'Then they will add domestic networks (local-to-local) in other countries.'
					},
					{ ...SPAIN, role: 'context' }
				]
			},
			{
				// The observer's expectation leans on one option: the room votes first, then hears it.
				after: 'outcome',
				text: 'The observer expects Cainiao to sell delivery inside Spain and France at prices local carriers cannot meet, on the strength of the network and technology it already has.',
				sources: [
					{
						doc: DOC_TOWSON,
						role: 'context',
						quote:
							'Local-to-Local Delivery Services: Expanding into local-to-local express deliveries is interesting. The idea is to use superior infrastructure and technology to offer services at significantly lower prices than local competitors. I’m watching for this in Spain and France.'
					}
				]
			}
		],
		prompts: [
			{
				id: 'floor',
				text: 'What is the lowest price at which a third-party parcel pays for itself, and at which price does opening the network pay for its sales team and launch too?',
				param: 'price'
			},
			{
				id: 'density',
				text: 'How much do other merchants’ parcels lower the cost of AliExpress’s own, and why is that saving not a second gain on top of the third parties’ margin?',
				param: 'density'
			},
			{
				id: 'response',
				text: 'How hard must the incumbents answer the undercut before partnering with one of them beats competing with them all?',
				param: 'match'
			},
			{
				id: 'carriers',
				text: 'How much must the local carriers charge before undercutting them beats a partnership? Which merchants pay that much?',
				param: 'incumbentPrice'
			},
			{
				id: 'switching',
				text: 'How readily must merchants leave their carrier for a discount before selling to them beats a partnership?',
				param: 'switching'
			},
			{
				id: 'reach',
				text: 'How much of Spain and France must the network reach before selling to every merchant beats a partnership? How much does it reach today?',
				param: 'coverage'
			},
			{
				id: 'price',
				text: 'Read the chart of value against price. Why does value fall at both ends, and where does the best price lie?',
				param: 'price'
			},
			{
				id: 'partner',
				text: 'How many parcels a year would a partnership with a local carrier have to bring to beat selling openly?',
				param: 'partnerVolume'
			},
			{
				id: 'ramp',
				text: 'Merchants move to a new carrier over years, while a partner’s contracted parcels arrive from the first. Does how fast merchants move change the choice?',
				param: 'rampYears'
			}
		]
	},
	card: {
		includes: [
			'A network cost C(V) = F + v·V·(V/V0)^−δ: a fixed cost and a cost per parcel that falls with density, so the unit cost F ÷ V + v·(V/V0)^−δ falls with every parcel added.',
			'Third-party parcels charged only the increment C(own + third party) − C(own), shown as their margin over the shared cost per parcel plus the density saving on AliExpress’s own parcels: the saving is part of that increment and counted once. The fall in the own parcels’ average cost is shown too, but most of it is the fixed cost spread wider, which saves the group nothing and is counted as no gain.',
			'Selling openly costs a sales team, launch capital and a collection at each merchant; partnering sells a contracted volume wholesale with none of these.',
			'Merchants can move only the parcels addressed within the network’s reach, a share of the two countries’ market; the rest stay with their carriers.',
			'The incumbents answer an undercut by matching a share of it, which shrinks the discount merchants see and the volume Cainiao wins; merchants move over a ramp of years.',
			'Tax at the local rate on the extra profit, the launch capital depreciated over five years and renewed every five years (2030, 2035, …); outlays at the start of their year, the rest at mid-year; the business continuing after 2032 as a labelled terminal value.'
		],
		leavesOut: [
			{
				what: 'Capacity steps: depots added as volume grows.',
				why: 'The fixed cost is held across the volume range, which is right while third-party parcels stay below about half of the own volume; beyond that the network needs more depots, so large third-party volumes flatter opening. networkFixed is where to argue it.'
			},
			{
				what: 'Inflation and growth.',
				why: 'Volumes are flat after the ramp and prices stay at 2025 levels while the discount rate is nominal: this understates every option’s later cash, and the terminal value most. Inflation errs against opening and partnering alike; growth of the market does not: opening wins a share of the market, so its parcels would grow with it, while a partner’s contracted volume grows only if the contract does. A room that expects the market to keep growing should weigh that in opening’s favour.'
			},
			{
				what: 'A price war that spreads to the AliExpress parcels.',
				why: 'The incumbents’ answer lowers the discount merchants see, not the cost of Cainiao’s own parcels, which its own network carries either way. Incumbents that also lower the prices they charge AliExpress elsewhere would be a gain the model leaves out.'
			},
			{
				what: 'A partnership that ends.',
				why: 'The wholesale contract is renewed for ever at its 2025 price, and the incumbent never takes its parcels back: about half of the partnership’s value lies after 2032. Its lead does not rest on that: counted to 2032 alone, partnering is worth more than opening is with its value after 2032.'
			},
			{
				what: 'Fewer parcels per collection where merchants split their parcels by reach.',
				why: 'A merchant that keeps its out-of-reach parcels with its carrier hands Cainiao fewer parcels at each pickup, so collection would cost more per parcel as reach falls; held at its assumed cost, it flatters opening at low reach.'
			},
			{
				what: 'Better service for AliExpress’s customers from a denser network.',
				why: 'Only cost is counted; the value of faster delivery is the subject of the Choice-countries decision.'
			}
		],
		carries: [
			'incumbentPrice',
			'switching',
			'coverage',
			'match',
			'market',
			'partnerVolume',
			'partnerPrice',
			'salesFixed',
			'pickupCost',
			'launchCapital',
			'unitCost',
			'density'
		],
		actual:
			'The documents record an expectation, not a decision: the observer expects Cainiao to add domestic networks abroad and is watching for local-to-local delivery in Spain and France, where its own network is reported in more than 30 Spanish cities. No source gives prices, volumes, the network’s reach or a launch to third parties, so every figure here is an assumption with its interval. At those defaults the model says partner with an incumbent: about USD 232 m against 47 m for selling openly at the assumed price, first in about seven simulated futures of ten (selling openly in about a quarter, own parcels only in fewer than one in fifty). Selling openly pays for its sales team and launch capital, but a merchant can move only the parcels the network can deliver, assumed to be half of the two countries’ market, and what an undercut wins there falls well short of a wholesale contract that needs neither. Even at its best price, about USD 3.1 (31 % below the local carriers), selling openly is worth about USD 145 m. The crux is the local carriers’ price: above about USD 5.1 (interval 3.9–5.4) selling openly leads at the assumed price; so it does with merchants answering a discount with more than about 0.34 (interval 0.08–0.4), both inside their intervals. Outside them, it would take a reach above about 85 % (interval 30–80 %), incumbents matching less than about 9 % of the undercut (interval 20–80 %), a partner bringing fewer than about 5.4 m parcels a year (interval 10–45) or paying less than about USD 1.80 a parcel (interval 2–3.4). Revision 1 put the whole of both countries within reach and measured the discount against the incumbents’ price before their answer; selling openly then led by about USD 40 m, a toss-up that the incumbents’ match decided. Both corrections are of mechanism, not aimed at a verdict: the second favours opening. A partnership beats carrying own parcels only in nearly every simulated future, selling openly in about half. The model explains no choice of Alibaba’s, because none is recorded.'
	}
};
