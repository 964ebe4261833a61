/**
 * Brief 1: list Cainiao in Hong Kong, or buy out the minority and own it fully. Money is in USD bn of
 * 2024, discounted to the deal date; t = 0 is the deal (2024) and carries only the upfront cash.
 *
 * Revision 2 (issue 10): a price concession between Cainiao and the marketplaces is a transfer inside the
 * group, so it only moves value where someone outside the group holds part of Cainiao; the listing can
 * fail; cash flow is EBITA after tax less the capital growth needs; logistics has its own discount rate;
 * the value after 2033 is its own part of the breakdown.
 *
 * Revision 3 (issue 10, review): the platform benefit and any concession are extra marketplace profit, which
 * is EBITA, a profit before tax, while Cainiao's cash flows are after tax; both now pay the marketplaces'
 * income tax, so every cash flow to Alibaba is after tax.
 *
 * Revision 4 (review A): one tax drives every flow. Cainiao's cash was EBITA × a share kept after a 25 % tax
 * fixed inside it, while the `tax` slider taxed only the marketplace flows; Cainiao's cash is now EBITA ×
 * (1 − tax) × the share kept before tax (`kept`), and the tax is uncertain (15–30 %). At the defaults
 * (25 %, 100 % kept) every number of revision 3 is unchanged.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_EDTECH_ON_CNBC, DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc, chinaIncomeTax } from '$lib/sources/public-figures';

const OFFER = {
	url: 'https://www.finanzen.at/nachrichten/aktien/alibaba-group-says-logistics-subsidiary-cainiao-withdraws-ipo-and-listing-application-on-hkex-1033196154',
	title: 'Alibaba Group says logistics subsidiary Cainiao withdraws IPO and listing application on HKEX',
	date: '2024-03-26'
};

const RESULTS_MARCH_2024 = {
	url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-march-quarter-2024-and-fiscal-year-2024-n2jjm1p2yzrc.html',
	title: 'Alibaba Group announces March quarter 2024 and fiscal year 2024 results',
	date: '2024-05',
	quote: 'Revenue from Cainiao Smart Logistics Network grew 30% YoY to RMB24,557 million'
};

/** Alibaba's annual report for the year to March 2024 (Form 20-F), segment adjusted EBITA, RMB m. */
const SEGMENT_EBITA = {
	url: 'https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R111.htm',
	title: 'Alibaba Group Form 20-F, fiscal year 2024: segment EBITA and segment EBITDA',
	date: '2024-05'
};

/** The Hong Kong IPO market of 2023, the window Cainiao filed into. */
const HK_IPO_2023 = {
	url: 'https://www.livemint.com/technology/alibaba-scraps-cloud-unit-spinoff-citing-washington-s-chip-curbs/amp-11700150127427.html',
	title: 'Alibaba scraps cloud unit spinoff citing Washington’s chip curbs',
	date: '2023-11',
	quote: 'raised just about $4.6 billion this year, down 58%'
};

export const cainiaoOwnership: ModelDef = {
	id: 'cainiao-ownership',
	title: 'Cainiao: list it, or own it fully?',
	question:
		'Should Alibaba take its logistics arm Cainiao public in Hong Kong, or buy out the minority holders and own it outright?',
	summary:
		'Value to Alibaba’s shareholders = its share of Cainiao’s free cash flows + the platform benefit that control makes possible, after tax − cash paid now (or + its share of IPO proceeds, net of fees, if the listing completes).',
	periods: { count: 10, unit: 'year', start: 2024 },
	flags: { own: 0 },
	revision: 4,
	options: [
		{
			id: 'ipo',
			label: 'List Cainiao (IPO)',
			description:
				'Cainiao tries to sell new shares at the valuation less an IPO discount. If the window holds, Alibaba’s stake is diluted; if it closes, the listing is pulled and Alibaba keeps its stake. Either way Cainiao deals with the marketplaces at arm’s length.',
			set: { own: 0 }
		},
		{
			id: 'own',
			label: 'Own it fully',
			description:
				'Alibaba buys the minority stake now at the valuation, keeps all of Cainiao’s cash flows and runs it as infrastructure for its marketplaces.',
			set: { own: 1 }
		}
	],
	params: [
		{
			id: 'valuation',
			label: 'Cainiao equity valuation',
			unit: 'USD bn',
			default: 10.3,
			min: 3,
			max: 25,
			step: 0.1,
			description:
				'The price at which minority shares change hands: paid in the buyout, the IPO’s starting point.',
			sources: [
				{
					url: 'https://marketbeat.com/articles/alibaba-scraps-planned-ipo-of-cainiao-logistics-unit-as-it-doubles-down-on-e-commerce-2024-03-26/',
					title: 'Alibaba scraps planned IPO of Cainiao logistics unit as it doubles down on e-commerce',
					date: '2024-03-26',
					after: 'outcome',
					quote: 'The repurchase offer will value Cainiao at $10.3 billion.',
					role: 'value',
					derive: {
						figure: '$10.3 billion',
						formula: 'x',
						says: 'the valuation the offer puts on all of Cainiao'
					}
				},
				{
					url: 'https://globetimeline.com/alibaba-e-commerce-giant-halts-logistics-unit-ipo-due-to-decrease-in-valuation',
					title: 'Alibaba e-commerce giant halts logistics unit IPO due to decrease in valuation',
					date: '2024',
					after: 'outcome',
					quote: 'a significant drop from the previously touted $20 billion valuation.',
					role: 'context',
					note: 'A media estimate of the valuation talked of earlier. The fall to 10.3 happened before the decision, so the default already holds it; try 20 to see both options at the price once hoped for.'
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
					...OFFER,
					after: 'outcome',
					quote: 'Alibaba Group owns approximately 63.7% of the fully-diluted equity interest in Cainiao',
					role: 'value',
					derive: { figure: '63.7%', formula: 'x / 100', says: '63.7 % as a fraction' }
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
					role: 'value',
					derive: {
						figure: '$1 billion and $2 billion',
						formula: '(x + 2) / 2',
						says: 'the midpoint of the reported USD 1–2 bn'
					}
				}
			]
		},
		{
			id: 'pFail',
			label: 'Chance the listing window closes',
			unit: '%',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'The chance the IPO is pulled before it prices. Alibaba then keeps its stake, raises nothing, and Cainiao stays a subsidiary with minority holders.',
			uncertain: { dist: 'pert', low: 0.1, high: 0.6 },
			sources: [
				{
					...HK_IPO_2023,
					role: 'context',
					note: 'The whole Hong Kong market raised USD 4.6 bn in 2023; Cainiao’s USD 1–2 bn would have been a third of a year’s listings in a market that had more than halved.'
				},
				{
					assumption:
						'30 %: no public figure gives the chance that a filed Hong Kong listing of this size is pulled. In a market that raised 58 % less than a year before, and that had already cut the valuation talked of from USD 20 bn to 10.3, a listing that fails about one time in three is a judgement; the interval runs from a window that holds (10 %) to one more likely shut than open (60 %).'
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
				'If the listing goes ahead, how far below the valuation new shares are sold: underpricing, plus any haircut if the market turns.',
			uncertain: { dist: 'pert', low: 0.05, high: 0.25 },
			sources: [
				{
					url: 'https://kiphub.com/paper/61e50032ba54d87173f6344e',
					title: 'Study of H-share IPO underpricing, 1993–2003',
					date: '2010',
					quote: 'the average IPO underpricing level of H-shares was about 16.8%.',
					role: 'context',
					note: 'The long-run average for H-shares; the default shades it down for a large, known issuer.'
				},
				{
					assumption:
						'12 %: the 16.8 % H-share average shaded down for a large, known issuer; the interval reaches 25 % because a listing done as the 2023 window narrowed would have priced with a haircut.'
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
			description: 'Paid on the proceeds, only if the listing completes.',
			sources: [
				{
					url: 'https://www.chinadailyhk.com/article/625188',
					title: 'Hong Kong IPO underwriting fees',
					date: '2025',
					quote: 'That compares with an average of 2.3 percent over that quarter century',
					role: 'value',
					note: 'Published in 2025, after the decision of March 2024; the figure is the average of the 25 years before it, so it stands for what was known in March 2024 too.',
					derive: {
						figure: '2.3 percent',
						formula: 'x / 100 + 0.007',
						says: '2.3 % underwriting plus about 0.7 points of legal, listing and other costs (an assumption)'
					}
				},
				{ assumption: '3 % all-in: 2.2–2.3 % underwriting plus legal, listing and other costs.' }
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
					...RESULTS_MARCH_2024,
					role: 'value',
					derive: {
						figure: 'RMB24,557 million',
						formula: 'x * 4 / 1000 / 7.2',
						says: 'the March quarter times four, RMB 98.2 bn a year, at RMB 7.2 per USD'
					}
				}
			]
		},
		{
			id: 'growth',
			label: 'Revenue growth a year, to 2033',
			unit: '%',
			default: 0.12,
			min: -0.05,
			max: 0.3,
			step: 0.005,
			description:
				'Held flat every year to 2033; from 2034 growth drops at once to the long-run rate (a step, not a fade).',
			uncertain: { dist: 'normal', low: 0.06, high: 0.18 },
			sources: [
				{ ...RESULTS_MARCH_2024, role: 'context', note: 'This year’s growth, which cannot last a decade.' },
				{
					assumption:
						'12 % a year, held flat to 2033, then the long-run rate (3 %) from 2034: growth of 30 % cannot last a decade for a business of this size, so the model takes a rate well below it for the whole horizon and then steps down to the economy’s pace. The model has no gradual fade: a straight-line fade to 3 % that reaches the same revenue in 2033 would move the lead by under USD 0.1 bn.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Cainiao adjusted EBITA margin, last fiscal year',
			unit: '%',
			default: 0.0142,
			min: -0.02,
			max: 0.08,
			step: 0.0001,
			description:
				'Adjusted EBITA over revenue in the year to March 2024, the first profitable year; the margin moves in a straight line from here to the long-run margin by 2033.',
			sources: [
				{
					...SEGMENT_EBITA,
					quote:
						'Cainiao Smart Logistics Network Limited |Total segments Adjusted EBITA |1,402 |(391) |(1,465)',
					role: 'value',
					derive: {
						figure: '1,402',
						formula: 'x / (23160 + 22823 + 28476 + 24557)',
						says: 'RMB 1,402 m of adjusted EBITA in the fiscal year to March 2024 over the same year’s revenue, its four reported quarters: 23,160 + 22,823 + 28,476 + 24,557 = RMB 99,016 m (June, September, December and March quarters; sources below and on the long-run margin and first-year revenue)'
					},
					note: 'A table row: fiscal years 2024, 2023 and 2022, RMB million.'
				},
				{
					url: 'https://newsio.com/2023/08/10/alibaba-reports-solid-earnings-beat-revenue-rises-most-since-sept-2021/?amp=1',
					title: 'Alibaba reports solid earnings beat, revenue rises most since September 2021',
					date: '2023-08-10',
					quote:
						'revenue for Alibaba’s Cainiao logistics business up by 34% to 23.16 billion yuan during the same period.',
					role: 'context',
					note: 'The June quarter of 2023, the fiscal year’s first: RMB 23,160 m, the first term of the margin’s denominator.'
				},
				{
					url: 'http://tansuo.caiding5.cn/news/1079.html',
					title: '25%营收增速,菜鸟IPO正常推进 (Cainiao revenue up 25 %, its IPO proceeding)',
					date: '2023-11',
					quote: '菜鸟实现营收228.23亿元人民币,同比增长25%',
					role: 'context',
					note: 'The September quarter of 2023: RMB 22.823 bn, that is RMB 22,823 m, the second term of the margin’s denominator.'
				}
			]
		},
		{
			id: 'marginLong',
			label: 'Cainiao adjusted EBITA margin, long run',
			unit: '%',
			default: 0.0337,
			min: -0.01,
			max: 0.08,
			step: 0.0001,
			description: 'The margin reached by 2033 and kept after it.',
			uncertain: { dist: 'triangular', low: 0.015, high: 0.05 },
			sources: [
				{
					url: 'https://reportify.ai/financials/952696089105010688',
					title: 'Alibaba Group results, December quarter 2023',
					date: '2023-12',
					quote: 'adjusted EBITA for the logistics group turned profitable at RMB 961 million',
					role: 'context',
					note: 'The December quarter of 2023 (Singles’ Day): RMB 961 m over the same quarter’s revenue, RMB 28,476 m, is 3.37 %, the margin the assumption below takes for 2033. It states that quarter’s margin, not a margin for 2033.'
				},
				{
					url: 'https://www.ti-insight.com/briefs/cost-optimisation-sees-cainiao-smart-logistics-into-profitability/',
					title: 'Cost optimisation sees Cainiao Smart Logistics into profitability',
					date: '2024',
					quote: 'The profit was on revenues of RM 28,476m ($4.0bn)',
					role: 'context',
					note: 'The December quarter’s revenue: the denominator of its 3.37 % margin, and a term of the fiscal year’s revenue under the first-year margin.'
				},
				{
					assumption:
						'3.4 % by 2033, a judgement no source states: the December quarter’s 961 / 28,476 = 3.37 %, the best margin Cainiao has shown, taken as what a larger network earns all year. That quarter holds Singles’ Day, the year’s peak, so it is not a yearly margin; a network twice the size spreads its hubs and peak capacity over more parcels, which is the reason to expect a yearly margin near the peak quarter’s by then. The interval runs from the last year’s 1.5 % (no gain from scale) to 5 %.'
				}
			]
		},
		{
			id: 'kept',
			label: 'Share of EBITA kept as cash, before tax',
			unit: '%',
			default: 1,
			min: 0.5,
			max: 1.2,
			step: 0.01,
			description:
				'What is left of adjusted EBITA, before tax, after the capital that only keeps the network running (taken as equal to depreciation, which EBITA has already paid) and any other drain; the tax below then takes its share. Every drain is so taken to be deductible: one that is not, an acquisition say, would cost more (at 80 % kept the listing leads by about USD 1.8 bn with the drain after tax, against 1.5 here).',
			uncertain: { dist: 'triangular', low: 0.8, high: 1.05 },
			sources: [
				{
					assumption:
						'100 %: maintenance capital spending taken as equal to depreciation, so before tax nothing more drains EBITA. Investment that EBITA excludes (share-based pay, acquisitions) could take up to a fifth (80 %); a network whose hubs are still new may for a while replace less than it depreciates (105 %).'
				}
			]
		},
		{
			id: 'reinvest',
			label: 'Capital per unit of new revenue',
			unit: 'USD per USD',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Net new capital (hubs, warehouses, vehicles, working capital) needed for each extra dollar of yearly revenue: growth costs cash before it earns it.',
			uncertain: { dist: 'pert', low: 0.1, high: 0.6 },
			sources: [
				{
					assumption:
						'0.3, revenue of about 3.3 per unit of capital: no public figure for Cainiao. It rents much of its trucking and last-mile capacity from partners (asset-light, near 0.1) but builds hubs, sorting centres and warehouses abroad (asset-heavy, towards 0.6).'
				}
			]
		},
		{
			id: 'internal',
			label: 'Share of Cainiao revenue from Alibaba',
			unit: '%',
			default: 0.28,
			min: 0,
			max: 0.6,
			step: 0.01,
			description: 'The part of Cainiao’s business done for Alibaba’s own marketplaces.',
			sources: [
				{
					url: 'https://en.pingwest.com/amp/a/11746',
					title: 'Cainiao’s external revenue share',
					date: '2023-05',
					quote: "with external customers contributing 72% of Cainiao's total revenue.",
					role: 'value',
					derive: {
						figure: '72%',
						formula: '1 - x / 100',
						says: 'what external customers do not pay: 100 % − 72 %'
					}
				}
			]
		},
		{
			id: 'concession',
			label: 'Price concession to the marketplaces, while others hold part of Cainiao',
			unit: '%',
			default: 0,
			min: 0,
			max: 0.05,
			step: 0.005,
			description:
				'How far below an arm’s-length price Cainiao charges Alibaba’s marketplaces, as a share of that revenue. Owned outright it moves money from one pocket to the other; with outside holders, their share of it moves to Alibaba.',
			sources: [
				{
					assumption:
						'0: a listed Cainiao’s dealings with its controlling shareholder are connected transactions under the Hong Kong listing rules, which require normal commercial terms approved by independent holders; minority investors in an unlisted Cainiao would hold the same line. Raise it to see what bending that line would be worth to Alibaba.'
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
				'The platform benefit, net of what it costs Cainiao to deliver: routes, peak capacity and promises built for the marketplaces rather than for Cainiao’s own profit bring more orders; this is the share by which they raise marketplace profit.',
			uncertain: { dist: 'triangular', low: 0.002, high: 0.025 },
			sources: [
				{
					doc: DOC_TOWSON,
					quote:
						'Cainiao, Alibaba’s logistics arm, is playing a crucial role in enabling faster and more affordable delivery for Alibaba’s e-commerce platforms, both within China and cross-border.',
					role: 'context'
				},
				{
					assumption:
						'1 %: no public figure measures it. With the capital growth needs, what the verdict turns on: find where it flips the answer.'
				}
			]
		},
		{
			id: 'ecomProfit',
			label: 'Marketplace profit that delivery affects',
			unit: 'USD bn/yr',
			default: 27.1,
			description: 'Yearly profit of Alibaba’s China marketplaces in 2024; it grows with the long-run rate.',
			min: 10,
			max: 40,
			step: 0.1,
			sources: [
				{
					...SEGMENT_EBITA,
					quote: 'Taobao and Tmall Group |Total segments Adjusted EBITA |194,827 |189,140 |192,218',
					role: 'value',
					derive: {
						figure: '194,827',
						formula: 'x / 1000 / 7.2',
						says: 'Taobao and Tmall Group’s RMB 194.8 bn of adjusted EBITA in the year to March 2024, at RMB 7.2 per USD'
					},
					note: 'A table row: fiscal years 2024, 2023 and 2022, RMB million. Flat for three years, hence growth at the long-run rate.'
				}
			]
		},
		{
			id: 'tax',
			label: 'Income tax on profit',
			unit: '%',
			default: 0.25,
			min: 0,
			max: 0.35,
			step: 0.01,
			description:
				'One rate on every profit in the model: Cainiao’s adjusted EBITA, and the platform benefit and any concession, which are extra marketplace profit before tax (EBITA). The IPO proceeds and the price of the minority’s shares are capital, not income, and pay none.',
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
					url: 'https://13l.net/l/47191084.html',
					title: 'Enterprise Income Tax Law of the PRC, Article 28 (Chinese text)',
					date: '2007-03-16',
					quote: '国家需要重点扶持的高新技术企业,减按15%的税率征收企业所得税。',
					role: 'context',
					note: 'A certified high and new technology enterprise pays 15 %: the low end of the interval.'
				},
				{
					assumption:
						'One rate for Cainiao and the marketplaces: both operate chiefly through companies in China that pay its enterprise income tax on their profit. The interval runs from 15 % (a high and new technology enterprise, or for a while Cainiao’s losses of earlier years carried forward) to 30 %, which allows for withholding tax on the dividends that carry profit out of China (a tax on payouts, not on profit, folded in here as if it were). The low end’s reasons are Cainiao’s, not the marketplaces’: with Cainiao alone at 15 % and the marketplaces at 25 %, owning leads by only about USD 0.1 bn, and Cainiao’s own rate flips the verdict below about 16.7 %.'
				}
			]
		},
		{
			id: 'capture',
			label: 'Share of the platform benefit kept if not owned outright',
			unit: '%',
			default: 0.4,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'With outside holders, Cainiao must earn its own margin on what it does for the marketplaces, so it builds only what the marketplaces will pay for at arm’s length.',
			uncertain: { dist: 'pert', low: 0.15, high: 0.7 },
			sources: [
				{
					doc: DOC_TOWSON,
					after: 'outcome',
					quote:
						'Overall, Cainiao looks like it is reverting to its previous role as a strategic advantage for ecommerce. And not a standalone business unit with its own income statement.',
					role: 'context'
				},
				{
					assumption:
						'40 %: a Cainiao with outside holders still serves Alibaba first, but only on terms its independent holders approve; what the marketplaces cannot contract for (spare peak capacity, routes that pay only through more orders) is lost.'
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
			uncertain: { dist: 'triangular', low: 1.5, high: 6 },
			sources: [
				{
					assumption:
						'Three years to integrate routing, warehouses and marketplace promises; no source times it, so the interval runs from a year and a half to six.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			description:
				'The rate for a logistics business inside the group: what Alibaba’s shareholders could earn elsewhere at the same risk.',
			unit: '%',
			default: 0.085,
			min: 0.06,
			max: 0.16,
			step: 0.0025,
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
						'8.5 %: the group’s 7.9 % plus a small premium for one unit with thin margins. No chip-policy premium: export controls on chips threaten cloud computing, not parcels. The risk that matters here, a closing IPO window, is carried as a probability, not in the rate.'
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
			description:
				'Yearly growth of every cash flow for ever after 2033, and of marketplace profit throughout; it sets the value after the horizon.',
			uncertain: { dist: 'triangular', low: 0.015, high: 0.04 },
			sources: [
				{
					assumption:
						'3 % a year for ever: about nominal growth of a maturing Chinese economy, below the 12 % of the horizon. A business cannot outgrow its economy for ever, and growth near the 8.5 % rate would make the value after 2033 explode.'
				}
			]
		}
	],
	series: {
		listedShare: {
			label: 'Alibaba’s share of Cainiao if the listing completes',
			unit: '%',
			formula: 'stake * valuation * (1 - discount) / (valuation * (1 - discount) + raise)'
		},
		share: {
			label: 'Alibaba’s share of Cainiao (listing: expected, over the window holding or closing)',
			unit: '%',
			formula: 'own ? 1 : (1 - pFail) * listedShare + pFail * stake'
		},
		revenue: { label: 'Cainiao revenue', unit: 'USD bn', formula: 'revenue0 * (1 + growth)^t' },
		ebitaMargin: {
			label: 'Cainiao adjusted EBITA margin',
			unit: '%',
			formula: 'margin + (marginLong - margin) * min(1, t / (periods - 1))'
		},
		fcf: {
			label: 'Cainiao free cash flow, whole company',
			unit: 'USD bn',
			formula:
				't == 0 ? 0 : revenue * ebitaMargin * (1 - tax) * kept - (revenue - revenue / (1 + growth)) * reinvest'
		},
		cashShare: {
			label: 'Alibaba’s share of Cainiao’s free cash flow',
			unit: 'USD bn',
			formula: 'share * fcf'
		},
		transfer: {
			label: 'Outside holders’ share of price concessions to the marketplaces, after tax',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : (1 - share) * concession * internal * revenue * (1 - tax)'
		},
		benefit: {
			label: 'Platform benefit to Alibaba, after tax',
			unit: 'USD bn',
			formula:
				'uplift * ecomProfit * (1 + longGrowth)^t * min(1, t / rampYears) * (own ? 1 : capture) * (1 - tax)'
		},
		upfront: {
			label: 'Cash at the deal',
			unit: 'USD bn',
			formula:
				't == 0 ? (own ? -(1 - stake) * valuation : (1 - pFail) * listedShare * raise * (1 - fees)) : 0'
		},
		cash: { label: 'Cash to Alibaba', unit: 'USD bn', formula: 'cashShare + transfer + benefit + upfront' },
		pv: {
			label: 'Cumulative present value to Alibaba, value after 2033 not included',
			unit: 'USD bn',
			formula: 'prev(pv) + cash / (1 + rate)^t'
		},
		continuing: {
			label: 'Value after 2033, today’s money',
			unit: 'USD bn',
			// The first year after the horizon grows at longGrowth, so it reinvests for that growth, not for
			// the horizon's: carrying the last year's cash forward would keep paying for 12 % growth for ever.
			formula:
				't == periods - 1 ? (share * (revenue * (1 + longGrowth) * ebitaMargin * (1 - tax) * kept - revenue * longGrowth * reinvest) + (1 - share) * concession * internal * revenue * (1 - tax) * (1 + longGrowth) + benefit * (1 + longGrowth)) / (rate - longGrowth) / (1 + rate)^t : 0'
		},
		standaloneCf: {
			label: 'Cainiao free cash flow after 2033, first year',
			unit: 'USD bn',
			formula:
				't == periods - 1 ? revenue * (1 + longGrowth) * ebitaMargin * (1 - tax) * kept - revenue * longGrowth * reinvest : 0'
		}
	},
	outputs: {
		value: {
			label: 'Value to Alibaba’s shareholders',
			unit: 'USD bn',
			formula: 'last(pv) + last(continuing)',
			description: 'Present value in 2024 of all cash to Alibaba, to 2033 and beyond.'
		},
		horizon: { label: 'Value to 2033', unit: 'USD bn', formula: 'last(pv)' },
		beyond: {
			label: 'Value after 2033',
			unit: 'USD bn',
			formula: 'last(continuing)',
			description:
				'Everything Alibaba receives after 2033 (its share of Cainiao’s cash, the platform benefit after tax), growing at the long-run rate for ever, in today’s money.'
		},
		paid: { label: 'Cash at the deal', unit: 'USD bn', formula: 'first(upfront)' },
		dealPrice: {
			label: 'Cash at the deal, before fees',
			unit: 'USD bn',
			formula: 'own ? -(1 - stake) * valuation : (1 - pFail) * first(listedShare) * raise'
		},
		ipoFees: {
			label: 'IPO fees',
			unit: 'USD bn',
			formula: 'own ? 0 : (1 - pFail) * first(listedShare) * raise * fees'
		},
		flows: {
			label: 'Share of Cainiao’s cash flows to 2033',
			unit: 'USD bn',
			formula: 'npv(cashShare, rate)'
		},
		transfers: {
			label: 'Concessions paid by outside holders, after tax, to 2033',
			unit: 'USD bn',
			formula: 'npv(transfer, rate)'
		},
		platform: { label: 'Platform benefit after tax, to 2033', unit: 'USD bn', formula: 'npv(benefit, rate)' },
		platformAll: {
			label: 'Platform benefit after tax, present value with the years after 2033',
			unit: 'USD bn',
			formula:
				'npv(benefit, rate) + last(benefit) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)'
		},
		standalone: {
			label: 'Cainiao’s free cash flows, whole company, present value',
			unit: 'USD bn',
			formula: 'npv(fcf, rate) + last(standaloneCf) / (rate - longGrowth) / (1 + rate)^(periods - 1)',
			description:
				'What the model’s cash flows say all of Cainiao is worth, to set beside the valuation at which shares change hands.'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'beyond' },
	chart: { series: 'pv' },
	breakdown: { add: ['dealPrice', 'flows', 'transfers', 'platform', 'beyond'], subtract: ['ipoFees'] },
	card: {
		includes: [
			'The buyout pays the minority’s 36.3 % of the offer’s valuation in cash now and keeps all of Cainiao’s free cash flow and all of the platform benefit.',
			'The listing sells new shares at the valuation less underpricing, diluting Alibaba; with the chance that the window closes, the listing is pulled, Alibaba keeps its 63.7 %, raises nothing and pays no fees.',
			'Free cash flow is revenue × adjusted EBITA margin × the share kept before tax × (1 − tax), less the capital each extra dollar of revenue needs; the margin moves from last fiscal year’s 1.4 % to a long-run margin by 2033. Growth is held flat to 2033 and then steps down to the long-run rate.',
			'The platform benefit is the lift to marketplace profit, net of what delivering it costs Cainiao: all of it when Alibaba owns Cainiao outright, a share when others hold part of it.',
			'One income tax on every profit: Cainiao’s adjusted EBITA, and the platform benefit and any concession, which are marketplace profit before tax. The IPO’s proceeds and the price of the minority’s shares are capital, not income, and pay none.',
			'A price concession from Cainiao to the marketplaces is a transfer inside the group: owned outright it nets to zero whatever its size; with outside holders Alibaba gains only their share of it, which the listing rules hold at zero by default.',
			'The value after 2033 is its own part of the verdict: cash growing at the long-run rate for ever, reinvesting only for that growth.',
			'A discount rate for logistics: the group’s cost of capital plus a small premium for one unit, with no chip-policy premium.',
			'Each year’s cash is discounted from the year’s end, while the buyout’s price and the IPO’s proceeds are paid at the deal (2024).'
		],
		leavesOut: [
			{
				what: 'Investors pricing a concession into the IPO',
				why: 'the default concession is zero, as the listing rules require; with a concession set, the model lets Alibaba keep the outside holders’ share, which rational new investors would partly claw back through a lower price.'
			},
			{
				what: 'What the IPO’s new money earns inside Cainiao',
				why: 'it is valued at face: money that earns its cost of capital is worth what it is; no source says it would earn more.'
			},
			{
				what: 'The liquidity of a listed stake, and the cost of a listing that is pulled (advisers paid, time lost)',
				why: 'no source prices either; both are small beside the buyout’s USD 3.7 bn.'
			},
			{
				what: 'What follows a pulled listing (a later IPO, or a later buyout at another price)',
				why: 'the failed state is held as it is, a subsidiary with minority holders, so the model does not price the second decision.'
			},
			{
				what: 'Different margins and capital needs for domestic and cross-border logistics',
				why: 'the segment reports one EBITA for Cainiao; splitting it would need figures no source gives.'
			},
			{
				what: 'Cash in the middle of each year',
				why: 'the model takes each year’s cash at the year’s end, the common convention, alike for both options. It favours the listing, whose proceeds come at once while the buyout’s value is all later cash: with each year’s cash at mid-year (and the value after 2033 moved by the same half year) the listing’s lead falls from USD 0.54 bn to about 0.38 bn, a reviewer’s figure; the listing stays ahead.'
			},
			{
				what: 'Growth that fades year by year',
				why: 'growth is held at 12 % to 2033 and then drops to the long-run 3 %; a straight-line fade reaching the same revenue in 2033 would need a parameter for its shape that no source gives, and moves the lead only from USD 0.54 bn to about 0.58 bn (a reviewer’s figure).'
			}
		],
		carries: [
			'reinvest',
			'uplift',
			'valuation',
			'marginLong',
			'rate',
			'tax',
			'capture',
			'longGrowth',
			'pFail'
		],
		actual:
			'In March 2024 Alibaba withdrew the listing and offered USD 0.62 a share, up to USD 3.75 bn, for the minority (valuing Cainiao at USD 10.3 bn). At its sourced defaults the model puts the listing ahead by about USD 0.5 bn, and in the simulated futures the listing stays ahead about three times in five (63 %): the model leans against the choice Alibaba made without ruling it out. The listing wins by selling shares at a price the model’s own cash flows do not support: they value all of Cainiao at USD 3.7 bn, 0.36 of the 10.3 offered, because a thin margin and a growing business that needs capital leave its cash negative every year to 2033 (12 % growth at 0.3 of capital per dollar of new revenue costs 3.6 % of revenue a year, more than the margin leaves after tax), so more than all of its value lies after 2033. A listing that completes thus sells new shares at about 2.4 times what the model says they are worth, and the buyout pays USD 3.74 bn for the minority’s share of cash flows the model values at USD 1.35 bn; at a valuation equal to the model’s own value, owning would lead by about USD 2.2 bn. Owning can win back the price only through the platform benefit it keeps in full, after tax USD 3.6 bn against 1.4 bn with outside holders, and at the defaults that falls short. The choice is explained if Alibaba believed that Cainiao’s growth needs no more than about 0.25 of capital per dollar of new revenue (0.3 assumed), that control lifts marketplace profit by about 1.25 % or more (1 % assumed), that Cainiao’s margins will reach about 3.8 %, above the Singles’ Day quarter’s 3.4 %, that the tax on these profits, Cainiao’s and the marketplaces’ alike, is below about 19 % (25 % statutory, 15 % for a high and new technology enterprise; Cainiao’s rate alone would have to be below about 16.7 %), or that Cainiao was worth less than about USD 8.9 bn, below the price offered. Both verdicts rest on the years after 2033, which hold about all of the listing’s value and more than twice the buyout’s. The closing window does not decide it: a listing that completes sells shares above what the model’s cash flows say they are worth, so a pulled listing lowers the listing’s value, yet even a listing certain to be pulled, leaving Alibaba with its 63.7 % and no new money, stays ahead of the buyout.',
		answers: [
			{
				finding: 'Model the collapse from the USD 20 bn talked of to the 10.3 offered as IPO risk.',
				answer:
					'The collapse happened before the decision: the 10.3 default already holds it, and the buyout and the listing both face that price. Charging a second fall of the same size on the listing would count the same market twice. The risk still ahead is modelled as the chance the window closes (pFail) and as the underpricing interval, which reaches 25 %; setting the valuation to 20 shows both options at the price once hoped for.'
			},
			{
				finding:
					'Review A, 1: the listing wins by selling shares at about three times the model’s own value of Cainiao (3.73 against 10.3), and the valuation slider stopped at 5, so a room could not set the valuation to the model’s value.',
				answer:
					'Followed. The actual text now states the ratio (0.36) and the lead it implies (owning ahead by about USD 2.2 bn at a valuation equal to the model’s value), and the guide’s outcome step and valuation answer say it; the slider now starts at 3 (revision 4). The break-even valuation, 8.9, and every other figure at the defaults are unchanged.'
			},
			{
				finding:
					'Review A, 2: tax was set in two places: the share of EBITA kept as cash held a fixed 25 % tax, while the tax slider taxed only the platform benefit and the concession.',
				answer:
					'Followed in revision 4: Cainiao’s cash is EBITA × (1 − tax) × the share kept before tax (new, 100 %), so one tax drives every profit. At the defaults nothing moves (the listing leads by USD 0.54 bn), but the tax now carries the verdict: it flips to owning below about 19 %, and at the 15 % of a high and new technology enterprise owning leads by USD 0.40 bn, the reviewer’s figure. Links made before read their tax as they did, through the frozen revision 3.'
			},
			{
				finding: 'Review A, 3: the tax text gave a 15–25 % interval that the simulation did not draw.',
				answer:
					'Followed in revision 4 (its history says so): the tax is drawn from 15 % to 30 % around the statutory 25 %, now with the tax law as its source; an interval cannot end at its default, and 30 % allows for withholding tax on dividends paid out of China, as the cloud spin-off’s tax does. The chance that the listing stays ahead moves from 62 % to 63 %.'
			},
			{
				finding:
					'Review A, 4: the growth text said growth fades, but the model holds 12 % flat to 2033 and then drops to 3 %.',
				answer:
					'The text now says so (a step, not a fade). No fade was added: its shape would be one more judgement, and the reviewer’s straight-line fade reaching the same revenue in 2033 moves the lead only from USD 0.54 bn to 0.58 bn.'
			},
			{
				finding:
					'Review A, 5: the page does not say how much of each option’s value lies after 2033 (listing 101 %, buyout 221 %).',
				answer:
					'The actual text now says both verdicts rest on the years after 2033, which hold about all of the listing’s value and more than twice the buyout’s, and the guide’s rate answer says it. The page’s sentence on the value after 2033 is shared by every decision and is left to a change of its own.'
			},
			{
				finding:
					'Review A, 6: cash is discounted at each year’s end while the buyout’s price and the IPO’s proceeds sit at the deal; mid-year cash cuts the lead from 0.535 to 0.379.',
				answer:
					'Kept as a convention, applied alike to both options, and now stated on the card (includes and leaves out), with the reviewer’s mid-year figure: the listing stays ahead.'
			},
			{
				finding:
					'Review A, 7–10: the long-run margin’s quotes were marked as its value though they give the Singles’ Day quarter’s margin; the first-year margin divided by an unsourced RMB 99,000 m; an EdTech line under the IPO discount was decoration; the fees source dates from 2025.',
				answer:
					'Followed: the December quarter’s quotes are context and the 3.4 % by 2033 is an assumption with its reason (scale spreading hubs and peak capacity over more parcels); the denominator is the four reported quarters, 23,160 + 22,823 + 28,476 + 24,557 = RMB 99,016 m, each with its source; the EdTech line is gone from the discount and from the guide; the fees source says it was published after the decision, as an average of the 25 years before it.'
			},
			{
				finding:
					'Review A, 11: the guide called the lift small beside what delivery does to conversion, unsupported, and called owning a claim to a low cost of capital, though the rate is the same for both options.',
				answer:
					'Followed: the benefit answer keeps only that nobody has measured the lift and that its break-even lies inside the stated uncertainty; the rate answer says the rate is the same for both and that the buyout suffers more because more of its value comes later. The guide’s tests check both.'
			}
		]
	},
	history: [
		{
			revision: 2,
			note: 'the margin a wholly owned Cainiao gave up on the marketplaces’ parcels is a transfer inside the group, not a cost; the model now counts only the outside holders’ share of any such concession',
			dropped: { id: 'subsidy', label: 'Margin Cainiao gives up to serve the group' }
		},
		{
			revision: 2,
			note: 'the listing may now fail; a link made before assumed it always completed',
			added: { id: 'pFail', before: 0 }
		},
		{
			revision: 2,
			note: 'the margin is now last fiscal year’s (EBITA over the same year’s revenue) and moves to a long-run margin by 2033',
			defaultChanged: { id: 'margin', before: 0.035 }
		},
		{
			revision: 2,
			note: 'the long-run margin is new; the old model held the margin flat',
			added: { id: 'marginLong', before: 0.035 }
		},
		{
			revision: 2,
			note: 'cash is now EBITA after tax; the old model took EBITA as cash',
			added: { id: 'conversion', before: 1 }
		},
		{
			revision: 2,
			note: 'growth now needs capital; the old model grew for free',
			added: { id: 'reinvest', before: 0 }
		},
		{
			revision: 2,
			note: 'the share of Cainiao’s revenue from Alibaba, new with the concession',
			added: { id: 'internal', before: 0.28 }
		},
		{
			revision: 2,
			note: 'a concession by a Cainiao with outside holders, new',
			added: { id: 'concession', before: 0 }
		},
		{
			revision: 2,
			note: 'the marketplace profit now comes from Taobao and Tmall Group’s reported EBITA',
			defaultChanged: { id: 'ecomProfit', before: 25 }
		},
		{
			revision: 2,
			note: 'logistics has its own rate, without the chip-policy premium copied from the cloud models',
			defaultChanged: { id: 'rate', before: 0.1 }
		},
		{
			revision: 2,
			note: 'the subsidy is gone, the value after 2033 reinvests only for long-run growth, and the shares of cash flows and of the platform benefit now count the years to 2033 only (the years after are their own part)',
			reworked: true
		},
		{
			revision: 3,
			note: 'the platform benefit and any concession, extra marketplace profit before tax, now pay income tax like every other cash flow; a link made before left them untaxed',
			added: { id: 'tax', before: 0 }
		},
		{
			revision: 4,
			note: 'one income tax now drives every profit: Cainiao’s cash flows pay the tax rate of the slider, which a link made before held at 25 % inside the share of EBITA kept as cash, and the simulation now draws the tax from 15 % to 30 %',
			reworked: true
		},
		{
			revision: 4,
			note: 'it held a 25 % tax inside it; its place is taken by the share of EBITA kept before tax, which at 100 % and a 25 % tax keeps the 75 % of before',
			dropped: { id: 'conversion', label: 'Share of EBITA kept as cash' }
		},
		{
			revision: 4,
			note: 'what maintenance capital and other drains leave of EBITA before tax; 100 % with a 25 % tax is the 75 % kept after tax of before',
			added: { id: 'kept', before: 1 }
		}
	],
	teach: {
		context: [
			{
				text: 'In March 2024 Alibaba withdrew Cainiao’s Hong Kong listing and offered to buy out its minority holders.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_EDTECH_ON_CNBC,
						quote:
							'The withdrawal of Cainiao’s IPO and Alibaba’s move to take complete ownership marks a significant pivot',
						role: 'context'
					},
					{
						...OFFER,
						quote:
							'to Alibaba Group for $0.62 per share, representing a total consideration of up to $3.75 billion.',
						role: 'context'
					}
				]
			},
			{
				text: 'The observers read it as a preference for control and internal investment over public markets.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_EDTECH_ON_CNBC,
						quote:
							'The key takeaways include a focus on internal investment over public markets, strategic ownership consolidations in tech companies, and cautious market participation due to fluctuating economic conditions.',
						role: 'context',
						note: 'An EdTech Insight summary of a CNBC story, written for education leaders.'
					}
				]
			}
		],
		prompts: [
			{
				id: 'benefit',
				text: 'How large must the platform benefit be for the buyout to beat the listing? Is that plausible?',
				param: 'uplift'
			},
			{
				id: 'valuation',
				text: 'The offer valued Cainiao at USD 10.3 bn; earlier talk was of USD 20 bn. At which valuation would you list instead?',
				param: 'valuation'
			},
			{
				id: 'minority',
				text: 'What would a listed Cainiao’s minority holders object to, and what does that cost Alibaba?',
				param: 'capture'
			},
			{ id: 'rate', text: 'Raise the discount rate: which option suffers more, and why?', param: 'rate' }
		]
	}
};
