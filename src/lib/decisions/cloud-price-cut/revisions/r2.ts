/**
 * The cloud price-cut model exactly as it was at revision 2, frozen so that a link made then can be
 * shown what its sender saw. Generated from the model; never edit by hand.
 */
import type { ModelDef } from '$lib/engine/types';

export default {
	id: 'cloud-price-cut',
	// Frozen before random streams were keyed by parameter id: it draws by position, as its links did.
	streams: 'by-position',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'its old name was also the name of the option “Cut prices”',
			renamed: {
				from: 'cut',
				to: 'depth'
			}
		}
	],
	title: 'Alibaba Cloud: cut prices to win share?',
	question:
		'How deep a price cut pays for itself, and by when, if the aim is market share over near-term profit?',
	summary:
		'A cut on core services gives up revenue on every unit at once; customers then migrate over years, bringing their whole spend, and extra scale lowers unit cost. Value = present value of profit (adjusted EBITA), 2024 onwards.',
	periods: {
		count: 10,
		unit: 'year',
		start: 2024
	},
	options: [
		{
			id: 'hold',
			label: 'Keep prices',
			description:
				'Alibaba Cloud stays on the market’s price path: its prices fall only as fast as everyone’s, and its share holds.',
			set: {
				depth: 0
			}
		},
		{
			id: 'cut',
			label: 'Cut prices',
			description:
				'Alibaba Cloud cuts its core prices by the chosen depth below the market’s path and keeps them there, to win customers and share.'
		}
	],
	params: [
		{
			id: 'depth',
			label: 'Price cut on core services',
			unit: '%',
			default: 0.22,
			min: 0,
			max: 0.6,
			step: 0.01,
			description:
				'The decision: how far below the market’s path Alibaba prices its core cloud services, held for the whole horizon.',
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability. This is evident in their recent price cuts of up to 50% for core cloud services.'
				},
				{
					url: 'https://newsflash.city/2403/e083283e35fb0282.html',
					title: 'Alibaba Cloud cuts prices of more than 100 products in China',
					date: '2024-02-29',
					quote:
						'average price reduction of more than 20% and a maximum price reduction of 55%, effective immediately.',
					note: 'The average over the products cut in China; 55 % was the deepest cut on a single product.'
				},
				{
					url: 'https://www.laitimes.com/en/article/6kuzg_717a4.html',
					title: 'Alibaba Cloud cuts prices for customers outside China',
					date: '2024-04-08',
					quote: 'average reduction of 23% and a maximum reduction of 59%.',
					note: 'The average over the products cut outside China; 59 % was the deepest cut on a single product.'
				},
				{
					assumption:
						'22 %: between the two reported averages (more than 20 % and 23 %). The “up to 50 %” and 55–59 % figures are the deepest cuts on single products, not the average.'
				}
			]
		},
		{
			id: 'core',
			label: 'Share of cloud revenue repriced by the cut',
			unit: '%',
			default: 0.4,
			min: 0.1,
			max: 1,
			step: 0.01,
			description:
				'Revenue on the core services whose prices are cut; the rest (AI, hybrid and project work, contracts already below list) keeps its prices.',
			uncertain: {
				dist: 'triangular',
				low: 0.25,
				high: 0.6
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote: 'This is evident in their recent price cuts of up to 50% for core cloud services.'
				},
				{
					url: 'https://reportify.ai/companies/HK:09988/documents?page=8',
					title: 'SPDB International on Alibaba’s September quarter 2024 (summary)',
					date: '2024-11-19',
					quote: 'The adjusted EBITA margin improved to 9%',
					note: 'The unit’s margin rose from 5.1 % to 9 % in the year of the cuts, which a 22 % cut on most of its revenue could hardly allow; other savings and AI demand played a part too.'
				},
				{
					assumption:
						'40 %: no public figure. The cuts covered core public-cloud products at list price; hybrid and project revenue, AI services and large contracts already priced below list were not cut by the same amount. The interval runs from a quarter to three fifths.'
				}
			]
		},
		{
			id: 'elasticity',
			label: 'Demand response to the core price',
			unit: '% per %',
			default: 1.2,
			min: 0.2,
			max: 4,
			step: 0.05,
			description:
				'How much more of Alibaba Cloud customers use, in %, per 1 % lower core price relative to rivals, once they have fully moved: usage = (1 − gap)^(−elasticity).',
			uncertain: {
				dist: 'lognormal',
				low: 0.8,
				high: 2
			},
			sources: [
				{
					url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
					title: 'Mainland China cloud services, Q1 2024 (Canalys)',
					date: '2024',
					quote:
						'significant price reductions by the top cloud providers have stimulated customer spending on the cloud.',
					note: 'Evidence that demand responds to price; the size of the response is not reported.'
				},
				{
					assumption:
						'1.2: no public figure; public cloud is described only as modestly elastic, and 1.2 keeps a cut roughly revenue-neutral. The crux of the decision: find where it flips the answer.'
				}
			]
		},
		{
			id: 'speed',
			label: 'Share of the remaining response that arrives each year',
			unit: '%',
			default: 0.4,
			min: 0.1,
			max: 1,
			step: 0.01,
			description:
				'Customers migrate over years: at 40 %, 40 % of the response arrives in 2024, 64 % by 2025 and 78 % by 2026. 100 % means no lag.',
			uncertain: {
				dist: 'triangular',
				low: 0.2,
				high: 0.7
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'Alibaba Cloud is, in theory, their next huge business. Like AWS is for Amazon. And they are definitely the leading player in Asia. But adoption has been slower than hoped.'
				},
				{
					assumption:
						'40 % a year: moving workloads between clouds takes months of engineering and contracts run a year or more, so most of the response comes in the second and third years.'
				}
			]
		},
		{
			id: 'match',
			label: 'Share of the cut that rivals match',
			unit: '%',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Rivals answer part of the cut, which narrows Alibaba’s price gap to depth · (1 − match). A fully matched cut wins no customers from rivals.',
			uncertain: {
				dist: 'pert',
				low: 0.1,
				high: 0.6
			},
			sources: [
				{
					url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
					title: 'Mainland China cloud services, Q1 2024 (Canalys)',
					date: '2024',
					quote: 'The Chinese cloud market is entering a new phase of intense price competition.'
				},
				{
					url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
					title: 'Mainland China cloud services, Q1 2024 (Canalys)',
					date: '2024',
					quote:
						'Tencent Cloud quickly followed suit, announcing significant price reductions for its foundation models in May.'
				},
				{
					assumption:
						'30 %: rivals match part of a cut, since matching all of it costs them their own margin and matching none cedes share. A judgement; the interval runs from little to most of the cut.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Gross margin on cloud services',
			unit: '%',
			default: 0.5,
			min: 0.2,
			max: 0.8,
			step: 0.01,
			description:
				'Price minus the costs that grow with usage (servers, data centres, power, bandwidth), as a share of price, before any cut. This margin, not the EBITA margin, is what a cut eats into.',
			uncertain: {
				dist: 'triangular',
				low: 0.35,
				high: 0.65
			},
			sources: [
				{
					assumption:
						'50 %: Alibaba does not report the cloud unit’s gross margin. It must exceed the 5–9 % adjusted EBITA margin by the unit’s R&D, sales and administration; usage on data centres with spare capacity costs mostly power and bandwidth.'
				}
			]
		},
		{
			id: 'scale',
			label: 'Unit cost saving per doubling of usage',
			unit: '%',
			default: 0.1,
			min: 0,
			max: 0.3,
			step: 0.01,
			description:
				'Extra usage fills data centres and buys servers and power in bulk; unit cost falls by this share for each doubling, a year behind the usage. 0 means no cost decline from the cut.',
			uncertain: {
				dist: 'triangular',
				low: 0.03,
				high: 0.2
			},
			sources: [
				{
					url: 'https://www.scribd.com/document/659995113/Hedonic-Pricing-of-Cloud-Computing-Services',
					title: 'Hedonic pricing of cloud computing services',
					date: 'undated; data 2008–2017',
					quote: 'about -20.0 percent per annum between 2008 and 2017',
					note: 'The market-wide decline in cloud prices, and the costs behind them. It is common to both options and cancels; only Alibaba’s own extra scale is modelled.'
				},
				{
					assumption:
						'10 % per doubling: fuller data centres and bulk buying. Well below the market’s 20 % a year, most of which is better hardware that both options get.'
				}
			]
		},
		{
			id: 'ebita',
			label: 'Adjusted EBITA margin if prices are kept',
			unit: '%',
			default: 0.07,
			min: 0,
			max: 0.15,
			step: 0.005,
			description:
				'Sets R&D, sales and administration, which are the same in both options: they move the level of profit, never the difference between the options.',
			sources: [
				{
					url: 'https://reportify.ai/companies/HK:09988/documents?page=8',
					title: 'SPDB International on Alibaba’s September quarter 2024 (summary)',
					date: '2024-11-19',
					quote: 'The adjusted EBITA margin improved to 9%',
					note: 'A year earlier, before the cuts, it was 5.1 % (adjusted EBITA RMB 1,409 m on revenue of RMB 27,648 m, September quarter 2023).'
				},
				{
					assumption: '7 %: between the 5.1 % before the cuts and the 9 % a year later.'
				}
			]
		},
		{
			id: 'revenue0',
			label: 'Cloud revenue, 2024, at the old prices',
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
					note: 'Four times the December quarter: RMB 112.3 bn a year, at RMB 7.2 per USD = USD 15.6 bn, taken as 2024’s revenue before any growth.'
				},
				{
					assumption:
						'RMB 7.2 per USD: roughly the exchange rate of 2024. The conversion scales every money figure alike and changes no verdict.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Revenue growth if prices are kept',
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
					url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
					title: 'Mainland China cloud services, Q1 2024 (Canalys)',
					date: '2024',
					quote: 'collectively growing 22% and capturing 72% of the total market',
					note: 'Growth of the three leaders’ cloud revenue in early 2024, a quarter in which prices were being cut.'
				},
				{
					assumption:
						'10 % a year, 2024–2033: between Alibaba’s 3 % of late 2023 and the market’s 20 % or so, as AI demand grows.'
				}
			]
		},
		{
			id: 'share0',
			label: 'Alibaba’s share of China’s cloud market, before the cut',
			unit: '%',
			default: 0.36,
			min: 0.2,
			max: 0.5,
			step: 0.01,
			description:
				'Moves only the market share the model reports, not the money: rivals are taken to keep the usage they would have had.',
			sources: [
				{
					url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
					title: 'Mainland China cloud services, Q1 2024 (Canalys)',
					date: '2024',
					quote: 'collectively growing 22% and capturing 72% of the total market',
					note: 'The three leaders together; Alibaba, the largest, is taken at half of it.'
				},
				{
					assumption:
						'36 %: about half of the three leaders’ 72 %; Alibaba has led China’s cloud market for years.'
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
					assumption: '10 %: the group’s 7.9 % plus a premium for one unit and for chip-policy risk.'
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
		ramp: {
			label: 'Share of the demand response arrived',
			unit: '%',
			formula: '1 - (1 - speed)^(t + 1)'
		},
		gap: {
			label: 'Price gap to rivals on core services',
			unit: '%',
			formula: 'depth * (1 - match)'
		},
		volume: {
			label: 'Usage, relative to keeping prices',
			unit: '×',
			formula: '1 + ((1 - gap)^(-elasticity) - 1) * ramp'
		},
		costIndex: {
			label: 'Unit cost, relative to keeping prices',
			unit: '×',
			formula: '(1 - scale)^log2(prev(volume, 1))'
		},
		base: {
			label: 'Revenue if prices are kept',
			unit: 'USD bn',
			formula: 'revenue0 * (1 + growth)^t'
		},
		revenue: {
			label: 'Cloud revenue',
			unit: 'USD bn',
			formula: 'base * volume * (1 - core * depth)'
		},
		directCost: {
			label: 'Cost of serving the usage',
			unit: 'USD bn',
			formula: 'base * volume * (1 - margin) * costIndex'
		},
		grossProfit: {
			label: 'Gross profit',
			unit: 'USD bn',
			formula: 'revenue - directCost'
		},
		grossMargin: {
			label: 'Gross margin',
			unit: '%',
			formula: 'grossProfit / revenue'
		},
		overheads: {
			label: 'R&D, sales and administration',
			unit: 'USD bn',
			formula: 'base * (margin - ebita)'
		},
		profit: {
			label: 'Profit (adjusted EBITA)',
			unit: 'USD bn',
			formula: 'grossProfit - overheads'
		},
		pv: {
			label: 'Cumulative present value of profit, value after 2033 not included',
			unit: 'USD bn',
			formula: 'prev(pv) + profit / (1 + rate)^t'
		},
		continuing: {
			label: 'Value after 2033, today’s money',
			unit: 'USD bn',
			formula: 't == periods - 1 ? profit * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^t : 0'
		},
		share: {
			label: 'Alibaba’s share of China’s cloud market',
			unit: '%',
			formula: 'share0 * volume / (share0 * volume + 1 - share0)'
		}
	},
	outputs: {
		value: {
			label: 'Value of the cloud unit’s profit',
			unit: 'USD bn',
			formula: 'last(pv) + last(continuing)',
			description:
				'Present value at 2024 of adjusted EBITA, 2024–2033, plus the years after 2033 growing at the long-run rate.'
		},
		revenueValue: {
			label: 'Revenue, present value (after 2033 included)',
			unit: 'USD bn',
			formula:
				'npv(revenue, rate) + last(revenue) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		},
		directValue: {
			label: 'Cost of serving the usage, present value',
			unit: 'USD bn',
			formula:
				'npv(directCost, rate) + last(directCost) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		},
		overheadValue: {
			label: 'R&D, sales and administration, present value',
			unit: 'USD bn',
			formula:
				'npv(overheads, rate) + last(overheads) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
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
		share: {
			label: 'Market share reached, 2033',
			unit: '%',
			formula: 'last(share)',
			description:
				'Alibaba’s share of China’s cloud market in 2033, if rivals keep the usage they would have had.'
		},
		usage: {
			label: 'Usage gained by 2033',
			unit: '%',
			formula: 'last(volume) - 1',
			description: 'How much more Alibaba Cloud is used in 2033 than if prices had been kept.'
		},
		grossMarginNow: {
			label: 'Gross margin, 2024',
			unit: '%',
			formula: 'first(grossMargin)'
		},
		profitNow: {
			label: 'Profit, 2024',
			unit: 'USD bn',
			formula: 'first(profit)'
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
		add: ['revenueValue'],
		subtract: ['directValue', 'overheadValue']
	},
	profile: {
		param: 'elasticity',
		output: 'value'
	},
	teach: {
		context: [
			{
				text: 'In 2024 Alibaba Cloud cut the prices of its core services twice, in China in February and abroad in April, by more than a fifth on average and by more than half on some products. An observer read it as a bet on share over profit.',
				sources: [
					{
						url: 'https://newsflash.city/2403/e083283e35fb0282.html',
						title: 'Alibaba Cloud cuts prices of more than 100 products in China',
						date: '2024-02-29',
						quote:
							'average price reduction of more than 20% and a maximum price reduction of 55%, effective immediately.'
					},
					{
						url: 'https://www.laitimes.com/en/article/6kuzg_717a4.html',
						title: 'Alibaba Cloud cuts prices for customers outside China',
						date: '2024-04-08',
						quote: 'average reduction of 23% and a maximum reduction of 59%.'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability. This is evident in their recent price cuts of up to 50% for core cloud services.'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'They want to expand their capabilities with investment. And expand adoption with price cuts.'
					}
				]
			},
			{
				text: 'The check a facilitator draws on the board: to keep gross profit unchanged, usage must rise by cut ÷ (margin − cut). At a 50 % gross margin a 22 % cut on all revenue needs 79 % more usage; on core services that are 40 % of revenue (8.8 % on average) it needs 21 %. A cut deeper than the margin loses money on every unit sold until costs fall.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'Alibaba Cloud is, in theory, their next huge business. Like AWS is for Amazon. And they are definitely the leading player in Asia. But adoption has been slower than hoped.'
					}
				]
			},
			{
				text: 'Cloud prices fall about a fifth a year for everyone as hardware improves, so the model measures both options against that path. Rivals answered: the market turned into a price war, which narrows the gap a cut opens.',
				sources: [
					{
						url: 'https://www.scribd.com/document/659995113/Hedonic-Pricing-of-Cloud-Computing-Services',
						title: 'Hedonic pricing of cloud computing services',
						date: 'undated; data 2008–2017',
						quote: 'about -20.0 percent per annum between 2008 and 2017'
					},
					{
						url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
						title: 'Mainland China cloud services, Q1 2024 (Canalys)',
						date: '2024',
						quote: 'The Chinese cloud market is entering a new phase of intense price competition.'
					},
					{
						url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
						title: 'Mainland China cloud services, Q1 2024 (Canalys)',
						date: '2024',
						quote:
							'Tencent Cloud quickly followed suit, announcing significant price reductions for its foundation models in May.'
					}
				]
			},
			{
				text: 'What happened next, to argue with: a year after the cuts cloud revenue grew 13 %, against 3 % a year before, and the adjusted EBITA margin rose from 5.1 % to 9 %. AI demand and the shedding of low-margin project work played a part too.',
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
						url: 'https://reportify.ai/companies/HK:09988/documents?page=8',
						title: 'SPDB International on Alibaba’s September quarter 2024 (summary)',
						date: '2024-11-19',
						quote: 'The adjusted EBITA margin improved to 9%',
						note: 'A year earlier, before the cuts, it was 5.1 % (adjusted EBITA RMB 1,409 m on revenue of RMB 27,648 m, September quarter 2023).'
					}
				]
			}
		],
		prompts: [
			{
				id: 'response',
				text: 'How strongly must demand respond for the cut to pay for itself? Is that plausible for customers who take months to move their workloads?'
			},
			{
				id: 'match',
				text: 'Slide the rivals’ match to 100 %. What is left of the case for cutting, and who gains from a price war?'
			},
			{
				id: 'repriced',
				text: 'The case rests on customers coming for cheap core services and buying the rest at full price. Set the repriced share to 100 %: does the cut still pay?'
			},
			{
				id: 'patience',
				text: 'The cut overtakes keeping prices only after several years. Would a board that watches quarterly profit wait that long, and what would you tell investors meanwhile?'
			},
			{
				id: 'depth',
				text: 'Deeper cuts look better in this model. What is it leaving out that would stop you at 50 %?'
			}
		]
	}
} satisfies ModelDef;
