/** Frozen: the cloud spin-off model as it was at revision 1, for links made then. Generated, not edited. */
import type { ModelDef } from '$lib/engine/types';

export default {
	id: 'cloud-spinoff',
	// Frozen before random streams were keyed by parameter id: it draws by position, as its links did.
	streams: 'by-position',
	title: 'Alibaba Cloud: spin it off, or keep it?',
	question:
		'Should Alibaba list its cloud unit as a separate company, or keep it inside the group, when US export controls on advanced chips may tighten?',
	summary:
		'Value to Alibaba’s shareholders = the share of the cloud unit’s value the market credits (all of it after a spin-off, less the conglomerate discount inside the group) × (cash if controls hold − expected loss if they tighten − extra funding cost standalone).',
	periods: {
		count: 11,
		unit: 'year',
		start: 2023
	},
	flags: {
		spin: 0
	},
	options: [
		{
			id: 'spinoff',
			label: 'Spin off the cloud unit',
			description:
				'A full spin-off: Alibaba’s shareholders receive the cloud company’s shares. It is valued on its own multiple, but funds its build-out at a higher cost and has no parent’s cash if chip controls tighten.',
			set: {
				spin: 1
			}
		},
		{
			id: 'keep',
			label: 'Keep it in the group',
			description:
				'E-commerce cash funds the build-out and cushions a chip shock, but the market keeps valuing the unit at a conglomerate discount.',
			set: {
				spin: 0
			}
		}
	],
	params: [
		{
			id: 'pTighten',
			label: 'Probability that chip controls tighten further',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'The chance, as seen in November 2023, that US export controls on advanced chips tighten again and limit the capacity the unit can build.',
			uncertain: {
				dist: 'pert',
				low: 0.2,
				high: 0.8
			},
			sources: [
				{
					doc: '002_e74d1a13da165fef.txt',
					quote:
						'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.'
				},
				{
					url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
					title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
					date: '2023-11-16',
					quote:
						'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group'
				},
				{
					assumption:
						'50 %: controls had just been widened in October 2023; no published probability exists. The crux of the decision: find where it flips the answer.'
				}
			]
		},
		{
			id: 'discount',
			label: 'Conglomerate discount a spin-off removes',
			unit: '%',
			default: 0.15,
			min: 0,
			max: 0.4,
			step: 0.005,
			description:
				'The share of the cloud unit’s value that Alibaba’s share price does not reflect while the unit sits inside the group, and that a listing would unlock.',
			uncertain: {
				dist: 'pert',
				low: 0.03,
				high: 0.3
			},
			sources: [
				{
					url: 'https://rpc.cfainstitute.org/en/research/cfa-digest/2002/11/does-corporate-diversification-destroy-value-digest-summary',
					title: 'Does corporate diversification destroy value? (CFA Digest summary)',
					date: '2002-11',
					quote:
						'These reports suggested that conglomerate companies were discounted by as much as 15 percent from the value that could be attained by divesting and operating the divisions as stand-alone companies.'
				},
				{
					url: 'https://nowpublishers.com/article/Details/CFR-0135',
					title:
						'The Berger–Ofek diversification discount is just poor firm matching (Critical Finance Review)',
					date: '2024-02-14',
					quote:
						'For most firms, the diversification discount is an artifact of the methods used to create it.',
					note: 'Why the interval reaches down to a few percent.'
				},
				{
					assumption:
						'15 %: the size the US studies report; no figure for Alibaba’s own discount on its cloud unit is published.'
				}
			]
		},
		{
			id: 'fundingPremium',
			label: 'Extra cost of capital, standalone',
			unit: '%',
			default: 0.01,
			min: 0,
			max: 0.05,
			step: 0.0025,
			description:
				'How much more a year each unit of capital spending costs a standalone cloud company than the group’s own cash.',
			uncertain: {
				dist: 'pert',
				low: 0.0025,
				high: 0.03
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
				},
				{
					url: 'https://www.livemint.com/technology/alibaba-scraps-cloud-unit-spinoff-citing-washington-s-chip-curbs/amp-11700150127427.html',
					title: 'Alibaba scraps cloud unit spinoff citing Washington’s chip curbs',
					date: '2023-11',
					quote: 'raised just about $4.6 billion this year, down 58%',
					note: 'Hong Kong IPOs in 2023: a weak market in which to raise equity.'
				},
				{
					assumption:
						'One percentage point: a single-business Chinese cloud company exposed to chip policy pays more for capital than a group with a large net cash position.'
				}
			]
		},
		{
			id: 'capexShare',
			label: 'Capital spending per unit of revenue',
			unit: '%',
			default: 0.15,
			min: 0.05,
			max: 0.4,
			step: 0.01,
			description:
				'The build-out: data centres, servers and chips, as a share of the revenue planned if controls hold. It is the same money in both options and both chip scenarios.',
			uncertain: {
				dist: 'triangular',
				low: 0.08,
				high: 0.25
			},
			sources: [
				{
					assumption:
						'15 % of revenue: cloud is capital-heavy; no public split of Alibaba’s capital spending by unit for 2023 is to hand. When controls tighten the same money buys less capacity.'
				}
			]
		},
		{
			id: 'hit',
			label: 'Growth lost if controls tighten, standalone',
			unit: '%',
			default: 0.06,
			min: 0,
			max: 0.15,
			step: 0.005,
			description:
				'Percentage points of revenue growth a year, 2024–2033, that a standalone unit loses when it cannot buy the chips its capacity plan needs.',
			uncertain: {
				dist: 'pert',
				low: 0.02,
				high: 0.1
			},
			sources: [
				{
					url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
					title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
					date: '2023-11-16',
					quote:
						'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group'
				},
				{
					assumption:
						'Six points a year: AI workloads were the unit’s fastest-growing business and need advanced chips; no published estimate of the effect exists.'
				}
			]
		},
		{
			id: 'cushion',
			label: 'Share of the chip hit the group absorbs',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'Inside the group the unit loses only (1 − cushion) of that growth: the parent’s cash buys stockpiles and alternatives and keeps the AI strategy whole.',
			uncertain: {
				dist: 'pert',
				low: 0.2,
				high: 0.8
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
				},
				{
					doc: '002_e74d1a13da165fef.txt',
					quote:
						'Wu said Alibaba would focus on three key priorities in the next 10 years: technology-driven internet platform businesses, artificial intelligence (AI)-driven technology businesses and global commerce networks.'
				},
				{
					assumption: 'Half: the group’s cash softens the shock but cannot buy chips that may not be sold.'
				}
			]
		},
		{
			id: 'rev0',
			label: 'Cloud revenue, 2023 run rate',
			unit: 'USD bn/yr',
			default: 15.6,
			min: 10,
			max: 25,
			step: 0.1,
			sources: [
				{
					url: 'https://reportify.ai/financials/952696089105010688',
					title: 'Alibaba Group results, December quarter 2023',
					date: '2023-12',
					quote: "cloud intelligence group's revenue grew by 3% to RMB 28,066 million",
					note: 'Four times the December quarter: RMB 112.3 bn a year, at RMB 7.2 per USD = USD 15.6 bn.'
				},
				{
					assumption:
						'RMB 7.2 per USD: roughly the exchange rate of 2023–24. The conversion scales every money figure alike and changes no verdict.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Revenue growth if controls hold',
			unit: '%',
			default: 0.1,
			min: -0.05,
			max: 0.3,
			step: 0.005,
			uncertain: {
				dist: 'normal',
				low: 0.05,
				high: 0.15
			},
			sources: [
				{
					url: 'https://reportify.ai/financials/952696089105010688',
					title: 'Alibaba Group results, December quarter 2023',
					date: '2023-12',
					quote: "cloud intelligence group's revenue grew by 3% to RMB 28,066 million"
				},
				{
					url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-december-quarter-2024-btdtxwcotad4.html',
					title: 'Alibaba Group announces December quarter 2024 results',
					date: '2024-12',
					quote: 'Cloud revenue increased 13% to RMB31,742 million'
				},
				{
					assumption:
						'10 % a year, 2024–2033: between the 3 % of late 2023 and the 13 % of late 2024, as AI demand grows.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Cash margin',
			unit: '%',
			default: 0.09,
			min: 0.02,
			max: 0.25,
			step: 0.005,
			description: 'Cash the unit yields per unit of revenue, before any extra funding cost.',
			uncertain: {
				dist: 'triangular',
				low: 0.05,
				high: 0.15
			},
			sources: [
				{
					url: 'https://reportify.ai/companies/HK:09988/documents?page=8',
					title: 'SPDB International on Alibaba’s September quarter 2024 (summary)',
					date: '2024-11-19',
					quote: 'The adjusted EBITA margin improved to 9%',
					note: 'A year earlier it was 5.1 % (adjusted EBITA RMB 1,409 m on revenue of RMB 27,648 m, September quarter 2023).'
				},
				{
					assumption:
						'The adjusted EBITA margin stands for the cash margin: depreciation is taken to match the spending that keeps the assets running. Held at 9 % for the decade.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate (the group’s cost of capital)',
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
					assumption:
						'10 %: the group’s 7.9 % plus a premium for one unit and for chip-policy risk. A standalone unit pays fundingPremium on top, on its new capital.'
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
		revCalm: {
			label: 'Cloud revenue if controls hold',
			unit: 'USD bn',
			formula: 'rev0 * (1 + growth)^t'
		},
		lost: {
			label: 'Growth lost if controls tighten',
			unit: '%',
			formula: 'spin ? hit : hit * (1 - cushion)'
		},
		revTight: {
			label: 'Cloud revenue if controls tighten',
			unit: 'USD bn',
			formula: 'rev0 * (1 + growth - lost)^t'
		},
		revenue: {
			label: 'Expected cloud revenue',
			unit: 'USD bn',
			formula: '(1 - pTighten) * revCalm + pTighten * revTight'
		},
		build: {
			label: 'Capital spending',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : capexShare * revCalm'
		},
		invested: {
			label: 'Capital spent since the decision',
			unit: 'USD bn',
			formula: 'prev(invested) + build'
		},
		funding: {
			label: 'Extra funding cost, standalone',
			unit: 'USD bn',
			formula: 'spin * fundingPremium * invested'
		},
		cash: {
			label: 'Expected cash from the cloud unit',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : margin * revenue - funding'
		},
		calmCash: {
			label: 'Cash if controls hold, before extra funding cost',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : margin * revCalm'
		},
		chipLoss: {
			label: 'Expected cash lost to tighter controls',
			unit: 'USD bn',
			formula: 'margin * pTighten * (revCalm - revTight)'
		},
		credited: {
			label: 'Share of the unit’s value the market credits',
			unit: '%',
			formula: 'spin ? 1 : 1 - discount'
		},
		continuing: {
			label: 'Value after 2033, today’s money',
			unit: 'USD bn',
			formula: 't == periods - 1 ? cash * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^t : 0'
		},
		pv: {
			label: 'Cumulative present value (2033 includes the years after)',
			unit: 'USD bn',
			formula: 'prev(pv) + credited * (cash / (1 + rate)^t + continuing)'
		}
	},
	outputs: {
		value: {
			label: 'Expected value to Alibaba’s shareholders',
			unit: 'USD bn',
			formula: 'last(pv)',
			description:
				'Market value of the cloud unit to Alibaba’s shareholders, expected over the chip scenarios: present value at the end of 2023 of the cash to 2033 and beyond, at RMB 7.2 per USD.'
		},
		intrinsic: {
			label: 'Value before the conglomerate discount',
			unit: 'USD bn',
			formula: 'npv(cash, rate) + last(continuing)'
		},
		discountCost: {
			label: 'Value the conglomerate discount takes',
			unit: 'USD bn',
			formula: '(1 - spin) * discount * (npv(cash, rate) + last(continuing))'
		},
		fundingCost: {
			label: 'Extra funding cost, present value',
			unit: 'USD bn',
			formula:
				'npv(funding, rate) + last(funding) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		},
		calmValue: {
			label: 'Value if controls hold, present value',
			unit: 'USD bn',
			formula:
				'npv(calmCash, rate) + last(calmCash) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		},
		chipCost: {
			label: 'Expected cost of tighter controls, present value',
			unit: 'USD bn',
			formula:
				'npv(chipLoss, rate) + last(chipLoss) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
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
		add: ['calmValue'],
		subtract: ['chipCost', 'fundingCost', 'discountCost']
	},
	teach: {
		context: [
			{
				text: 'In November 2023 Alibaba dropped the planned full spin-off of its cloud unit, which it had meant to list in 2024, and gave the US export controls on advanced chips as the reason.',
				sources: [
					{
						doc: '002_e74d1a13da165fef.txt',
						quote:
							'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.'
					},
					{
						doc: '002_e74d1a13da165fef.txt',
						quote:
							'had previously said it planned to turn its cloud business – a promising growth area for the company – into an independent, publicly-listed entity at some point next year.'
					},
					{
						url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
						title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
						date: '2023-11-16',
						quote:
							'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group'
					}
				]
			},
			{
				text: 'The market reacted at once: Alibaba’s shares fell 10 % in Hong Kong the next day, about USD 20 bn of market value. That is the market’s verdict on the whole announcement, not a figure the model uses; set it beside the model’s numbers and ask what discount it implies.',
				sources: [
					{
						url: 'https://www.networkworld.com/article/1247908/alibaba-scraps-plans-to-hive-off-cloud-business-amid-growing-chip-uncertainties.html',
						title: 'Alibaba scraps plans to hive off cloud business amid growing chip uncertainties',
						date: '2023-11-17',
						quote:
							"a $20 billion decline in Alibaba Group's market value on Friday, as its shares fell 10% in Hong Kong."
					}
				]
			},
			{
				text: 'Inside the group, the cloud unit’s build-out is paid for by the e-commerce business’s cash, and management tied the group’s next decade to AI.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
					},
					{
						doc: '002_e74d1a13da165fef.txt',
						quote:
							'Wu said Alibaba would focus on three key priorities in the next 10 years: technology-driven internet platform businesses, artificial intelligence (AI)-driven technology businesses and global commerce networks.'
					}
				]
			},
			{
				text: 'A standalone cloud company would have raised its capital in a weak market: Hong Kong IPOs raised about USD 4.6 bn in 2023, 58 % less than a year before.',
				sources: [
					{
						url: 'https://www.livemint.com/technology/alibaba-scraps-cloud-unit-spinoff-citing-washington-s-chip-curbs/amp-11700150127427.html',
						title: 'Alibaba scraps cloud unit spinoff citing Washington’s chip curbs',
						date: '2023-11',
						quote: 'raised just about $4.6 billion this year, down 58%'
					}
				]
			}
		],
		prompts: [
			{
				id: 'probability',
				text: 'Above what probability of tighter chip controls is keeping the unit worth more? Where would you have put that probability in November 2023?'
			},
			{
				id: 'market',
				text: 'The market took about USD 20 bn off Alibaba when the spin-off was dropped. How large a conglomerate discount would the model need to agree, and what else might the market have been pricing?'
			},
			{
				id: 'funding',
				text: 'Each extra point of funding cost for a standalone unit needs how many points of conglomerate discount to offset it? Which of the two numbers would you trust more?'
			},
			{
				id: 'cushion',
				text: 'Why should tighter controls hurt a standalone cloud company more than one inside Alibaba? What would change if the group could not cushion the hit at all?'
			},
			{
				id: 'discount',
				text: 'Is a conglomerate discount a real loss to a shareholder who never sells? What could remove it without a spin-off?'
			}
		]
	}
} satisfies ModelDef;
