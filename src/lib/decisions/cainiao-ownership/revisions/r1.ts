/** Frozen snapshot of cainiao-ownership at revision 1, generated from the model as it was; never edit. */
import type { ModelDef } from '$lib/engine/types';

export default {
	id: 'cainiao-ownership',
	// Frozen before random streams were keyed by parameter id: it draws by position, as its links did.
	streams: 'by-position',
	title: 'Cainiao: list it, or own it fully?',
	question:
		'Should Alibaba take its logistics arm Cainiao public in Hong Kong, or buy out the minority holders and own it outright?',
	summary:
		'Value to Alibaba’s shareholders = its share of Cainiao’s cash flows + the platform benefit that control makes possible − cash paid now (or + its share of IPO proceeds, net of fees).',
	periods: {
		count: 10,
		unit: 'year',
		start: 2024
	},
	flags: {
		own: 0
	},
	options: [
		{
			id: 'ipo',
			label: 'List Cainiao (IPO)',
			description:
				'Cainiao sells new shares at the valuation less an IPO discount; Alibaba’s stake is diluted and Cainiao runs as a standalone business at arm’s length.',
			set: {
				own: 0
			}
		},
		{
			id: 'own',
			label: 'Own it fully',
			description:
				'Alibaba buys the minority stake now at the valuation, keeps all of Cainiao’s cash flows and runs it as infrastructure for its marketplaces.',
			set: {
				own: 1
			}
		}
	],
	params: [
		{
			id: 'valuation',
			label: 'Cainiao equity valuation',
			unit: 'USD bn',
			default: 10.3,
			min: 5,
			max: 25,
			step: 0.1,
			description:
				'The price at which minority shares change hands: paid in the buyout, the IPO’s starting point.',
			sources: [
				{
					url: 'https://marketbeat.com/articles/alibaba-scraps-planned-ipo-of-cainiao-logistics-unit-as-it-doubles-down-on-e-commerce-2024-03-26/',
					title: 'Alibaba scraps planned IPO of Cainiao logistics unit as it doubles down on e-commerce',
					date: '2024-03-26',
					quote: 'The repurchase offer will value Cainiao at $10.3 billion.'
				},
				{
					url: 'https://globetimeline.com/alibaba-e-commerce-giant-halts-logistics-unit-ipo-due-to-decrease-in-valuation',
					title: 'Alibaba e-commerce giant halts logistics unit IPO due to decrease in valuation',
					date: '2024',
					quote: 'a significant drop from the previously touted $20 billion valuation.',
					note: 'A media estimate of the valuation talked of earlier; try 20 to see the IPO at that price.'
				}
			]
		},
		{
			id: 'stake',
			label: 'Alibaba’s stake before the deal',
			unit: '%',
			default: 0.637,
			min: 0.5,
			max: 0.8,
			step: 0.001,
			sources: [
				{
					url: 'https://www.finanzen.at/nachrichten/aktien/alibaba-group-says-logistics-subsidiary-cainiao-withdraws-ipo-and-listing-application-on-hkex-1033196154',
					title:
						'Alibaba Group says logistics subsidiary Cainiao withdraws IPO and listing application on HKEX',
					date: '2024-03-26',
					quote: 'Alibaba Group owns approximately 63.7% of the fully-diluted equity interest in Cainiao'
				}
			]
		},
		{
			id: 'raise',
			label: 'New money raised in the IPO',
			unit: 'USD bn',
			default: 1.5,
			min: 0.5,
			max: 3,
			step: 0.1,
			sources: [
				{
					url: 'https://www.nasdaq.com/articles/alibaba-logistics-arm-eyes-up-to-$2-billion-hong-kong-ipo-sources',
					title: 'Alibaba logistics arm eyes up to $2 billion Hong Kong IPO - sources',
					date: '2023-05',
					quote:
						'looking to raise between $1 billion and $2 billion in Hong Kong, according to three sources.',
					note: 'The midpoint of the reported range.'
				}
			]
		},
		{
			id: 'discount',
			label: 'IPO discount (underpricing and haircut)',
			unit: '%',
			default: 0.12,
			min: 0,
			max: 0.4,
			step: 0.005,
			description:
				'How far below the valuation new shares are sold: underpricing, plus any haircut if the market turns.',
			uncertain: {
				dist: 'pert',
				low: 0.05,
				high: 0.25
			},
			sources: [
				{
					url: 'https://kiphub.com/paper/61e50032ba54d87173f6344e',
					title: 'Study of H-share IPO underpricing, 1993–2003',
					date: '2010',
					quote: 'the average IPO underpricing level of H-shares was about 16.8%.'
				},
				{
					assumption:
						'12 %: the 16.8 % H-share average shaded down for a large, known issuer; the interval reaches 25 % because the 2023 Hong Kong IPO market was weak and volatile.'
				},
				{
					doc: '000_f6e0178e0d085426.txt',
					quote: 'cautious market participation due to fluctuating economic conditions.'
				}
			]
		},
		{
			id: 'fees',
			label: 'IPO fees',
			unit: '%',
			default: 0.03,
			min: 0.01,
			max: 0.06,
			step: 0.001,
			sources: [
				{
					url: 'https://www.chinadailyhk.com/article/625188',
					title: 'Hong Kong IPO underwriting fees',
					date: '2025',
					quote: 'That compares with an average of 2.3 percent over that quarter century'
				},
				{
					assumption: '3 % all-in: 2.2–2.3 % underwriting plus legal, listing and other costs.'
				}
			]
		},
		{
			id: 'revenue0',
			label: 'Cainiao revenue, first year',
			unit: 'USD bn',
			default: 13.6,
			min: 8,
			max: 20,
			step: 0.1,
			sources: [
				{
					url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-march-quarter-2024-and-fiscal-year-2024-n2jjm1p2yzrc.html',
					title: 'Alibaba Group announces March quarter 2024 and fiscal year 2024 results',
					date: '2024-05',
					quote: 'Revenue from Cainiao Smart Logistics Network grew 30% YoY to RMB24,557 million',
					note: 'Four times the March quarter, RMB 98.2 bn a year, at RMB 7.2 per USD.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Revenue growth, average over ten years',
			unit: '%',
			default: 0.12,
			min: -0.05,
			max: 0.3,
			step: 0.005,
			uncertain: {
				dist: 'normal',
				low: 0.06,
				high: 0.18
			},
			sources: [
				{
					url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-march-quarter-2024-and-fiscal-year-2024-n2jjm1p2yzrc.html',
					title: 'Alibaba Group announces March quarter 2024 and fiscal year 2024 results',
					date: '2024-05',
					quote: 'Revenue from Cainiao Smart Logistics Network grew 30% YoY to RMB24,557 million'
				},
				{
					assumption:
						'12 % a year on average: growth of 30 % cannot last a decade for a business of this size; it is assumed to fade towards the market’s pace.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Cainiao cash margin, listed',
			unit: '%',
			default: 0.035,
			min: -0.02,
			max: 0.1,
			step: 0.001,
			description: 'Cash Cainiao earns per unit of revenue when it must earn its own margin.',
			uncertain: {
				dist: 'triangular',
				low: 0.015,
				high: 0.06
			},
			sources: [
				{
					url: 'https://reportify.ai/financials/952696089105010688',
					title: 'Alibaba Group results, December quarter 2023',
					date: '2023-12',
					quote: 'adjusted EBITA for the logistics group turned profitable at RMB 961 million',
					note: 'About 3.5–4 % of a quarter’s revenue (RMB 24.6 bn in the March quarter).'
				},
				{
					assumption: 'Cash margin taken as equal to the first positive adjusted EBITA margin, about 3.5 %.'
				}
			]
		},
		{
			id: 'subsidy',
			label: 'Margin Cainiao gives up to serve the group',
			unit: '%',
			default: 0.01,
			min: 0,
			max: 0.04,
			step: 0.001,
			description:
				'Owned outright, Cainiao prices and invests for the marketplaces rather than for its own profit.',
			uncertain: {
				dist: 'triangular',
				low: 0.003,
				high: 0.02
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'Overall, Cainiao looks like it is reverting to its previous role as a strategic advantage for ecommerce. And not a standalone business unit with its own income statement.'
				},
				{
					url: 'https://en.pingwest.com/amp/a/11746',
					title: 'Cainiao’s external revenue share',
					date: '2023-05',
					quote: "with external customers contributing 72% of Cainiao's total revenue.",
					note: 'The other 28 % is Alibaba’s own business; giving up the whole 3.5 % margin on it is about 1 point of revenue.'
				},
				{
					assumption:
						'One percentage point of revenue: faster, cheaper delivery for the group, paid for by the group.'
				}
			]
		},
		{
			id: 'uplift',
			label: 'Lift to marketplace profit from control',
			unit: '%',
			default: 0.01,
			min: 0,
			max: 0.05,
			step: 0.0005,
			description:
				'The platform benefit: faster, cheaper delivery brings more orders; this is the share by which it raises marketplace profit.',
			uncertain: {
				dist: 'triangular',
				low: 0.002,
				high: 0.025
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'Cainiao, Alibaba’s logistics arm, is playing a crucial role in enabling faster and more affordable delivery for Alibaba’s e-commerce platforms, both within China and cross-border.'
				},
				{
					assumption:
						'1 %: no public figure measures it. The crux of the decision: find where it flips the answer.'
				}
			]
		},
		{
			id: 'ecomProfit',
			label: 'Marketplace profit that delivery affects',
			unit: 'USD bn/yr',
			default: 25,
			description: 'Yearly profit of the marketplaces in 2024; it grows with the long-run rate.',
			min: 10,
			max: 40,
			step: 0.5,
			sources: [
				{
					assumption:
						'USD 25 bn a year: the order of magnitude of Alibaba’s yearly commerce earnings; not in the sources, so treat it as a scale, not a fact.'
				}
			]
		},
		{
			id: 'capture',
			label: 'Share of the platform benefit kept if listed',
			unit: '%',
			default: 0.4,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'A listed Cainiao must serve its minority holders, so it cannot run purely for the marketplaces.',
			uncertain: {
				dist: 'pert',
				low: 0.15,
				high: 0.7
			},
			sources: [
				{
					doc: '000_f6e0178e0d085426.txt',
					quote:
						'opting for more control over joint ventures and subsidiaries to mitigate risks presented by volatile markets'
				},
				{
					assumption: '40 %: a listed Cainiao still serves Alibaba first, but at arm’s length prices.'
				}
			]
		},
		{
			id: 'rampYears',
			label: 'Years for the platform benefit to build up',
			unit: 'years',
			default: 3,
			min: 1,
			max: 8,
			step: 0.5,
			sources: [
				{
					assumption: 'Three years to integrate routing, warehouses and marketplace promises.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.1,
			min: 0.06,
			max: 0.16,
			step: 0.0025,
			uncertain: {
				dist: 'normal',
				low: 0.085,
				high: 0.115
			},
			sources: [
				{
					url: 'https://valueinvesting.io/BABA/valuation/wacc',
					title: 'Alibaba Group WACC',
					date: '2024',
					quote: 'The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.'
				},
				{
					assumption: '10 %: the group’s 7.9 % plus a premium for a single unit and for policy risk.'
				}
			]
		},
		{
			id: 'longGrowth',
			label: 'Growth after 2033',
			unit: '%',
			default: 0.03,
			min: 0,
			max: 0.05,
			step: 0.0025,
			sources: [
				{
					assumption: '3 % a year for ever: roughly nominal growth of the economy it serves.'
				}
			]
		}
	],
	series: {
		share: {
			label: 'Alibaba’s share of Cainiao',
			unit: '%',
			formula: 'own ? 1 : stake * valuation * (1 - discount) / (valuation * (1 - discount) + raise)'
		},
		revenue: {
			label: 'Cainiao revenue',
			unit: 'USD bn',
			formula: 'revenue0 * (1 + growth)^t'
		},
		operating: {
			label: 'Cainiao cash flow',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : revenue * (margin - own * subsidy)'
		},
		benefit: {
			label: 'Platform benefit to Alibaba',
			unit: 'USD bn',
			formula: 'uplift * ecomProfit * (1 + longGrowth)^t * min(1, t / rampYears) * (own ? 1 : capture)'
		},
		upfront: {
			label: 'Cash at the deal',
			unit: 'USD bn',
			formula: 't == 0 ? (own ? -(1 - stake) * valuation : share * raise * (1 - fees)) : 0'
		},
		cashShare: {
			label: 'Alibaba’s share of Cainiao’s cash flow',
			unit: 'USD bn',
			formula: 'share * operating'
		},
		cash: {
			label: 'Cash to Alibaba',
			unit: 'USD bn',
			formula: 'cashShare + benefit + upfront'
		},
		pv: {
			label: 'Cumulative present value to Alibaba, value after 2033 not included',
			unit: 'USD bn',
			formula: 'prev(pv) + cash / (1 + rate)^t'
		},
		continuing: {
			label: 'Value after 2033, today’s money',
			unit: 'USD bn',
			formula:
				't == periods - 1 ? (cashShare + benefit) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^t : 0'
		}
	},
	outputs: {
		value: {
			label: 'Value to Alibaba’s shareholders',
			unit: 'USD bn',
			formula: 'last(pv) + last(continuing)',
			description: 'Present value in 2024 of all cash to Alibaba, to 2033 and beyond.'
		},
		horizon: {
			label: 'Value to 2033',
			unit: 'USD bn',
			formula: 'last(pv)'
		},
		beyond: {
			label: 'Value after 2033',
			unit: 'USD bn',
			formula: 'last(continuing)'
		},
		paid: {
			label: 'Cash at the deal',
			unit: 'USD bn',
			formula: 'first(upfront)'
		},
		dealPrice: {
			label: 'Cash at the deal, before fees',
			unit: 'USD bn',
			formula: 'own ? -(1 - stake) * valuation : first(share) * raise'
		},
		ipoFees: {
			label: 'IPO fees',
			unit: 'USD bn',
			formula: 'own ? 0 : first(share) * raise * fees'
		},
		flows: {
			label: 'Share of Cainiao’s cash flows',
			unit: 'USD bn',
			formula:
				'npv(cashShare, rate) + last(cashShare) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		},
		platform: {
			label: 'Platform benefit, present value',
			unit: 'USD bn',
			formula:
				'npv(benefit, rate) + last(benefit) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		}
	},
	decide: {
		by: 'value',
		higherIsBetter: true
	},
	chart: {
		series: 'pv'
	},
	breakdown: {
		add: ['dealPrice', 'flows', 'platform'],
		subtract: ['ipoFees']
	},
	teach: {
		context: [
			{
				text: 'In March 2024 Alibaba withdrew Cainiao’s Hong Kong listing and offered to buy out its minority holders.',
				sources: [
					{
						doc: '000_f6e0178e0d085426.txt',
						quote:
							'The withdrawal of Cainiao’s IPO and Alibaba’s move to take complete ownership marks a significant pivot'
					},
					{
						url: 'https://www.finanzen.at/nachrichten/aktien/alibaba-group-says-logistics-subsidiary-cainiao-withdraws-ipo-and-listing-application-on-hkex-1033196154',
						title:
							'Alibaba Group says logistics subsidiary Cainiao withdraws IPO and listing application on HKEX',
						date: '2024-03-26',
						quote:
							'to Alibaba Group for $0.62 per share, representing a total consideration of up to $3.75 billion.'
					}
				]
			},
			{
				text: 'The observers read it as a preference for control and internal investment over public markets.',
				sources: [
					{
						doc: '000_f6e0178e0d085426.txt',
						quote:
							'The key takeaways include a focus on internal investment over public markets, strategic ownership consolidations in tech companies, and cautious market participation due to fluctuating economic conditions.'
					}
				]
			}
		],
		prompts: [
			{
				id: 'benefit',
				text: 'How large must the platform benefit be for the buyout to beat the listing? Is that plausible?'
			},
			{
				id: 'valuation',
				text: 'The offer valued Cainiao at USD 10.3 bn; earlier talk was of USD 20 bn. At which valuation would you list instead?'
			},
			{
				id: 'minority',
				text: 'What would a listed Cainiao’s minority holders object to, and what does that cost Alibaba?'
			},
			{ id: 'rate', text: 'Raise the discount rate: which option suffers more, and why?' }
		]
	}
} satisfies ModelDef;
