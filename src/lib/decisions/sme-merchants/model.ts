/**
 * Brief 12: should Taobao win small and medium merchants (SMEs) from Pinduoduo by lowering their costs, at
 * the cost of its take rate, or charge them a small software fee and sell them traffic tools?
 *
 * The economics, measured against defending today's take rate (that option is zero by construction):
 * - Revenue is GMV × take. A change in the fee (`change`, in points of GMV: the cut below, or the 0.6 %
 *   software fee) applies to the SME merchants' GMV, a share `smeShare` of the marketplaces' GMV.
 * - A fee change falls on two sides: merchants pass the share `pass` into their prices, which shoppers answer
 *   with the elasticity `buyerElasticity`, and bear the rest in their margins, which they answer by leaving:
 *   `exit` of them per point of fee borne (and as many join per point of cut kept), arriving or leaving over
 *   years at the pace `speed`. Each part of the fee is counted once, on the side that bears it (before
 *   revision 2 merchants answered the whole fee while shoppers answered the part passed on to them too).
 *   SME GMV follows the number of merchants with the elasticity `elasticity` (the merchants at the margin
 *   are smaller than the average).
 * - The announced fee reaches only the share `feeBase` of SME GMV: it is taken to be charged on completed
 *   sales, with a cap of RMB 60 a transaction (stated for Idle Fish's fee), while GMV counts orders later
 *   refunded. Merchants answer the fee they pay.
 * - Only new GMV is new: a share `cannibal` of the SME GMV won comes from Tmall or other merchants of the
 *   group (and as much of the GMV lost stays in the group with other merchants). Moved GMV earns the take
 *   either way; the fee change on it is counted, since it is paid on all SME GMV.
 * - Shoppers follow: price-sensitive shoppers who leave with the SME GMV lost to Pinduoduo (or come with the
 *   GMV won) move part of their other purchases too, `spill` % of the other GMV per % of SME GMV leaving or
 *   joining the group: the two-sided mechanism the seed names, which a fee on one side alone misses.
 * - New GMV earns the take less the costs that grow with GMV (`gmvCost`: payments, servers, service).
 * - A subsidy paid to merchants costs the group what the same fee cut costs; it is the same option. A fee
 *   moved between two group platforms is not a cost or a gain: of the traffic tools SMEs buy (`toolSpend`
 *   of their GMV) only the share `toolNew` that is not taken from their spending on the group's other
 *   advertising is counted.
 * With no lag, no moved GMV, no shoppers following, no costs growing with GMV and no price effect, a cut keeps the first year's
 * revenue unchanged exactly when SME GMV rises by cut ÷ (take − cut), the board check (`neededLift`).
 *
 * Money is in USD bn (RMB converted at 7.2 per USD), present value at 2025 after tax; t = 0 is 2025 and is
 * not discounted; 2025–2034 are modelled year by year and the years after 2034 as a perpetuity growing with
 * GMV (the terminal value), a part of the deciding value shown on its own.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const EARNINGS_CALL = {
	url: 'https://investing.com/news/stock-market-news/earnings-call-alibaba-group-sees-revenue-growth-and-ai-expansion-93CH-3575387',
	title:
		'Earnings call: Alibaba Group sees revenue growth and AI expansion (investing.com, June-quarter 2024 call)',
	date: '2024-08-15'
};
/** Hindsight: the first quarters with the fee in force, published after the decision. */
const SEP_QUARTER_2024 = {
	after: 'outcome' as const,
	url: 'https://innovationopenlab.com/news-biz/36547/alibaba-group-announces-september-quarter-2024-results.html',
	title: 'Alibaba Group announces September quarter 2024 results (Business Wire, via InnovationOpenLab)',
	date: '2024-11-15',
	quote:
		'Our revenue growth this quarter was driven by improving monetization of Taobao and Tmall Group, which included GMV-based service fees and merchant adoption of our marketing tool Quanzhantui.'
};
const DEC_QUARTER_2024 = {
	after: 'outcome' as const,
	url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-december-quarter-2024-btdtxwcotad4.html',
	title: 'Alibaba Group announces December quarter 2024 results',
	// The quarter ended in December; its results were published on 20 February 2025.
	date: '2025-02-20',
	quote: 'Customer management revenue at Taobao and Tmall Group grew 9% to RMB100,790 million'
};
/** The nearest public case of merchants answering a fee rise: Etsy's, from 5 % to 6.5 % of sales. */
const ETSY_STRIKE = {
	url: 'https://highergroundtimes.com/higher-ground/2022/apr/11/etsy-sellers-go-strike-protest-transaction-fee-inc',
	title: 'Etsy sellers go on strike to protest transaction fee increase (Higher Ground Times)',
	date: '2022-04-11',
	quote:
		'Roughly 14,000 Etsy sellers began a weeklong strike on Monday to protest a 30% increase in transaction fees at the online marketplace'
};
const ETSY_SELLERS =
	'The petition signers are only a fraction of the 5.3 million sellers who use Etsy, which allows small businesses and content creators to sell products directly to customers.';
/** Taobao's and Tmall's GMV, the last year both were reported apart (FY2020, to March 2020). */
const GMV_SPLIT = {
	url: 'https://kuaisubeian.cc/42958.html',
	title: 'Alibaba: e-commerce industry report (research report reproduced on kuaisubeian.cc)',
	date: 'FY2020 (year to March 2020); the report’s own date not recorded',
	quote: '天 猫 GMV 为 3.2 万亿元,同比增长 23%,占比 49%;淘宝 GMV 为 3.4 万亿元,同比增 长 9%,占比 51%'
};
const PDD_CAP = {
	url: 'https://ttm.financial',
	title: 'PDD overtakes Alibaba in market value (ttm.financial; full address not recorded)',
	date: '2023 (late)',
	quote: 'pushed PDD’s market capitalization to $195.5 billion, easily surpassing Alibaba’s $182.6 billion.'
};
const XIANYU_FEE = {
	after: 'outcome' as const,
	url: 'https://information.bz/',
	title: 'Xianyu’s new software service fee (information.bz; full address not recorded)',
	date: '2024-07-31',
	quote:
		'Starting from September 1, 2024, a basic software service fee of 0.6% will be charged to all sellers (up to 60 yuan per transaction).'
};
const TOWSON_SME =
	'Alibaba is focusing on attracting a broader selection of merchants to its platforms, particularly small and medium-sized enterprises (SMEs). This strategy is aimed at offering consumers a wider variety of products at lower price points. This is mostly about countering the threat of Pinduoduo which is strong in these low-cost markets.';
const TOWSON_CORE =
	'Alibaba is refocusing on its core e-commerce businesses: Taobao, Tmall, 1688, Alibaba.com and AIDC.';

/** Present value at 2025 of a series' last year growing with GMV for ever after 2034. */
const AFTER_HORIZON = '* (1 + growth) / (rate - growth) / (1 + rate)^(periods - 1)';

export const smeMerchants: ModelDef = {
	id: 'sme-merchants',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'merchants now answer only the part of a fee change they bear (1 − pass), not the whole of it: the part passed into prices was answered twice, by shoppers and by merchants leaving. The merchants the 0.6 % fee loses fall from about 5.2 % to 2.6 %; the fee’s lead rises from USD 39.4 bn to 42.2 bn',
			reworked: true
		}
	],
	title: 'Win SME merchants from Pinduoduo: cut fees, or charge a small one?',
	question:
		'Should Taobao lower small merchants’ costs and price points to win them from Pinduoduo, at the cost of its take rate, or add a small software fee with traffic tools?',
	summary:
		'A fee cut gives up take on every order at once and wins merchants, GMV and lower prices over years; a small fee earns on every order and loses some merchants. Only GMV new to the group counts. Value = present value after tax of the profit change against today’s take rate, 2025 onwards, the years after 2034 shown apart.',
	periods: { count: 10, unit: 'year', start: 2025 },
	flags: { isCut: 0, isFee: 0 },
	options: [
		{
			id: 'hold',
			label: 'Defend the take rate',
			description: 'Keep merchants’ fees as they are: the yardstick, worth zero by construction.'
		},
		{
			id: 'cut',
			label: 'Cut fees or subsidise',
			description:
				'Lower SME merchants’ fees (or pay them a subsidy of the same size, which costs the group the same) to win merchants and lower prices.',
			set: { isCut: 1 }
		},
		{
			id: 'fee',
			label: 'Small software fee plus traffic tools',
			description:
				'Add a small software fee on SME merchants’ GMV and sell them tools that buy traffic; some merchants leave.',
			set: { isFee: 1 }
		}
	],
	params: [
		{
			id: 'gmv',
			label: 'Marketplaces’ GMV, 2025',
			unit: 'RMB trn',
			default: 8,
			min: 4,
			max: 12,
			step: 0.1,
			description: 'Goods sold on Taobao and Tmall in a year.',
			uncertain: { dist: 'triangular', low: 7, high: 9 },
			sources: [
				{
					assumption:
						'RMB 8 trn: Alibaba stopped reporting GMV after 2022, when its China marketplaces were about that size; no later figure is reported. Interval 7–9.'
				}
			]
		},
		{
			id: 'smeShare',
			label: 'SME merchants’ share of GMV',
			unit: '%',
			default: 0.45,
			min: 0.1,
			max: 0.9,
			step: 0.01,
			description:
				'The GMV on which the fee changes: Taobao’s small and medium merchants, not Tmall’s brands.',
			uncertain: { dist: 'triangular', low: 0.3, high: 0.6 },
			sources: [
				{ doc: DOC_TOWSON, quote: TOWSON_SME, role: 'context' },
				{
					...GMV_SPLIT,
					role: 'context',
					note: 'Taobao’s GMV of RMB 3.4 trn was 51 % of the 6.6 trn of FY2020, growing 9 % a year against Tmall’s 23 % (the spaces inside words are the page’s): the last split found, five years before 2025, and a share that was falling. It supports the interval, not the default.'
				},
				{
					assumption:
						'45 %: Taobao’s merchants are mostly small, Tmall’s mostly brands; Taobao was 51 % of GMV in FY2020 and growing more slowly than Tmall, so a little less by 2025. Interval 30–60 %.'
				}
			]
		},
		{
			id: 'take',
			label: 'Take rate',
			unit: '%',
			default: 0.04,
			min: 0.02,
			max: 0.07,
			step: 0.001,
			description: 'What the marketplaces earn on GMV (commissions and advertising) before the change.',
			uncertain: { dist: 'triangular', low: 0.03, high: 0.05 },
			sources: [
				{
					...EARNINGS_CALL,
					quote: 'Taobao and Tmall Group revenue decreased by 1%.',
					role: 'context',
					note: 'Revenue, not the take rate; it shows the rate under pressure.'
				},
				{
					assumption:
						'4 %: customer management revenue of roughly RMB 300 bn a year on about RMB 8 trn of GMV. Interval 3–5 %.'
				}
			]
		},
		{
			id: 'gmvCost',
			label: 'Costs that grow with GMV',
			unit: '%',
			default: 0.005,
			min: 0,
			max: 0.02,
			step: 0.001,
			description:
				'Payment processing, servers and customer service per unit of GMV: what new GMV costs to serve.',
			uncertain: { dist: 'triangular', low: 0.003, high: 0.008 },
			sources: [
				{
					assumption:
						'0.5 % of GMV: payment costs of a few tenths of a percent plus service. Interval 0.3–0.8 %.'
				}
			]
		},
		{
			id: 'cut',
			label: 'Fee cut for SME merchants',
			unit: '%',
			default: 0.01,
			min: 0.001,
			max: 0.03,
			step: 0.001,
			description:
				'The decision of the cut option: points of GMV taken off SME merchants’ fees, or paid back to them as a subsidy.',
			sources: [
				{ doc: DOC_TOWSON, quote: TOWSON_SME, role: 'context' },
				{
					assumption:
						'One point of GMV, a quarter of the take rate: a cut merchants would notice. The board check shows what any depth needs.'
				}
			]
		},
		{
			id: 'fee',
			label: 'Software fee',
			unit: '%',
			default: 0.006,
			min: 0.001,
			max: 0.02,
			step: 0.001,
			description: 'The fee option’s charge on SME merchants’ GMV.',
			sources: [
				{
					...EARNINGS_CALL,
					after: 'outcome',
					quote: 'The company plans to introduce a 0.6% technology service fee on Taobao and Idle Fish.',
					role: 'value',
					derive: { figure: '0.6%', formula: 'x / 100', says: 'the announced fee, as a share of GMV' }
				}
			]
		},
		{
			id: 'feeBase',
			label: 'Share of SME GMV the fee is charged on',
			unit: '%',
			default: 0.85,
			min: 0.5,
			max: 1,
			step: 0.01,
			description:
				'The fee is taken to be charged on completed sales, with a cap of RMB 60 a transaction (stated for Idle Fish), while GMV also counts orders later refunded or returned. Merchants answer the fee they pay, fee × this share.',
			uncertain: { dist: 'triangular', low: 0.75, high: 0.95 },
			sources: [
				{
					...XIANYU_FEE,
					role: 'context',
					note: 'Said of Idle Fish (Xianyu), whose fee was announced with Taobao’s; whether Taobao’s has the same cap is not stated. A cap of RMB 60 binds only above RMB 10,000 a transaction (60 ÷ 0.6 %), rare on either platform. The passage states the cap, not the share.'
				},
				{
					assumption:
						'85 %: GMV counts orders placed, including those refunded or returned (common in clothing), which a fee on completed sales does not reach, and the cap trims the few large orders. No source gives the share. Interval 75–95 %.'
				}
			]
		},
		{
			id: 'exit',
			label: 'Merchants who leave per point of fee they bear',
			unit: '%',
			default: 0.1,
			min: 0,
			max: 0.9,
			step: 0.005,
			description:
				'The share of the SME merchants remaining who leave for each point of GMV taken from their margins, once they have moved: the part of a fee they do not pass into prices. A fee of f points, of which they bear (1 − pass) × f, keeps (1 − exit)^((1 − pass) × f) of them; a cut of c points grows them to (1 − exit)^(−(1 − pass) × c).',
			uncertain: { dist: 'lognormal', low: 0.03, high: 0.3 },
			sources: [
				{
					...PDD_CAP,
					role: 'context',
					note: 'Where merchants can go: a rival larger than Alibaba by market value.'
				},
				{
					...ETSY_STRIKE,
					role: 'context',
					note: 'A fee rise of 1.5 points of sales; the strikers were about 0.3 % of Etsy’s sellers (next quote), for a week. A protest, not a count of sellers who left, and on a platform with fewer alternatives than Pinduoduo and Douyin: it bounds nothing, but shows no mass exit.'
				},
				{ ...ETSY_STRIKE, quote: ETSY_SELLERS, role: 'context' },
				{
					assumption:
						'10 % per point borne: small merchants earn a few percent of their sales, so a point of fees taken from their margin takes a fifth or more of their profit, and Pinduoduo is an easy alternative; most still stay for Taobao’s shoppers. Interval 3–30 %.'
				}
			]
		},
		{
			id: 'elasticity',
			label: 'SME GMV response to the number of merchants',
			unit: '% per %',
			default: 0.5,
			min: 0,
			max: 1.5,
			step: 0.05,
			description:
				'GMV change, in %, per 1 % more (or fewer) SME merchants: below 1 because the merchants who come or go at the margin are smaller than the average.',
			uncertain: { dist: 'triangular', low: 0.3, high: 0.9 },
			sources: [
				{ doc: DOC_TOWSON, quote: TOWSON_SME, role: 'context' },
				{
					assumption:
						'0.5: more merchants give shoppers more choice, but marginal merchants sell less than the average. Interval 0.3–0.9.'
				}
			]
		},
		{
			id: 'pass',
			label: 'Share of a fee change passed into prices',
			description:
				'Merchants pass this share of a fee change into their prices, where shoppers answer it, and bear the rest in their margins, where it moves merchants to leave or join: each part is counted once.',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.05,
			uncertain: { dist: 'triangular', low: 0.3, high: 0.8 },
			sources: [
				{
					assumption:
						'Half: competing small merchants pass part of a cost change into their prices and absorb the rest. Interval 30–80 %.'
				}
			]
		},
		{
			id: 'buyerElasticity',
			label: 'Shoppers’ response to SME prices',
			unit: '% per %',
			default: 2,
			min: 0,
			max: 6,
			step: 0.1,
			description: 'SME GMV change, in %, per 1 % change in SME prices, with Pinduoduo one tap away.',
			uncertain: { dist: 'lognormal', low: 1, high: 4 },
			sources: [
				{
					assumption:
						'2: price-sensitive shoppers compare across marketplaces, so a platform’s own prices move its sales more than one for one. Interval 1–4.'
				}
			]
		},
		{
			id: 'cannibal',
			label: 'Share of SME GMV change that moves within the group',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 0.95,
			step: 0.05,
			description:
				'Of the SME GMV won, the share taken from Tmall or other group merchants (not new to the group); of the SME GMV lost, the share other group merchants keep.',
			uncertain: { dist: 'triangular', low: 0.3, high: 0.7 },
			sources: [
				{
					assumption:
						'Half: a cheaper Taobao draws shoppers from Tmall as well as from Pinduoduo, and shoppers of a merchant who leaves often buy from another on Taobao. Interval 30–70 %.'
				}
			]
		},
		{
			id: 'spill',
			label: 'Shoppers who follow: other GMV per SME GMV leaving or joining',
			unit: '% per %',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'The change, in %, of the marketplaces’ other GMV (Tmall’s brands) per 1 % of SME GMV that leaves the group or joins it: price-sensitive shoppers who follow cheap goods and merchants to Pinduoduo (or back) take their other purchases with them.',
			uncertain: { dist: 'triangular', low: 0.1, high: 0.6 },
			sources: [
				{
					doc: DOC_TOWSON,
					quote: TOWSON_SME,
					role: 'context',
					note: 'The mechanism (variety and low prices for shoppers, against Pinduoduo), not its size.'
				},
				{
					assumption:
						'0.3: a shopper who moves for cheap goods keeps some brand purchases on Tmall but moves others, and Pinduoduo sells brands too. No source measures it. Interval 0.1–0.6.'
				}
			]
		},
		{
			id: 'speed',
			label: 'Share of the remaining merchant response each year',
			unit: '%',
			default: 0.5,
			min: 0.1,
			max: 1,
			step: 0.05,
			description: 'Merchants join or leave over years: at 50 %, half in 2025, three quarters by 2026.',
			uncertain: { dist: 'triangular', low: 0.3, high: 0.8 },
			sources: [
				{
					assumption:
						'Half a year’s response each year: merchants decide at their next season or contract. Interval 30–80 %.'
				}
			]
		},
		{
			id: 'toolSpend',
			label: 'Traffic tools bought by SME merchants',
			unit: '%',
			default: 0.003,
			min: 0,
			max: 0.01,
			step: 0.0005,
			description:
				'What SME merchants spend on the traffic tools sold with the fee, as a share of their GMV.',
			uncertain: { dist: 'triangular', low: 0.001, high: 0.006 },
			sources: [
				{
					assumption:
						'0.3 % of GMV: a tool bought by some merchants, beside the several percent of GMV they already spend on advertising. Interval 0.1–0.6 %.'
				}
			]
		},
		{
			id: 'toolNew',
			label: 'Share of tool spending new to the group',
			unit: '%',
			default: 0.4,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'The rest is taken from merchants’ spending on the group’s other advertising: a move between group platforms, not a gain.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.7 },
			sources: [
				{
					assumption:
						'40 %: merchants’ marketing budgets are largely fixed, so most of a new tool’s spending comes from the group’s existing ads. Interval 20–70 %.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Growth of GMV, a year (also after 2034)',
			unit: '%',
			default: 0.02,
			min: 0,
			max: 0.05,
			step: 0.005,
			uncertain: { dist: 'triangular', low: 0, high: 0.04 },
			sources: [
				{
					...EARNINGS_CALL,
					quote: 'Taobao and Tmall Group revenue decreased by 1%.',
					role: 'context'
				},
				{
					assumption:
						'2 % a year: a mature market in which the group’s revenue recently fell; held after 2034 for the terminal value. Interval 0–4 %.'
				}
			]
		},
		{
			id: 'tax',
			label: 'Tax rate',
			unit: '%',
			default: 0.2,
			min: 0,
			max: 0.3,
			step: 0.01,
			uncertain: { dist: 'triangular', low: 0.15, high: 0.25 },
			sources: [
				{
					assumption:
						'20 %: China’s 25 % corporate rate less the reliefs the group reports. Tax scales every flow alike and moves no break-even. Interval 15–25 %.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.079,
			min: 0.06,
			max: 0.15,
			step: 0.001,
			description: 'The group’s cost of capital: the marketplaces are the core of the group.',
			uncertain: { dist: 'normal', low: 0.067, high: 0.091 },
			sources: [
				{
					...groupWacc,
					role: 'value',
					derive: { figure: '7.9%', formula: 'x / 100', says: 'the group’s cost of capital, as stated' }
				}
			]
		}
	],
	series: {
		change: {
			label: 'Change in fees SME merchants pay, share of their GMV',
			unit: '%',
			formula: 'isFee * fee * feeBase - isCut * cut'
		},
		sme: {
			label: 'SME GMV before the change',
			unit: 'RMB trn',
			formula: 'smeShare * gmv * (1 + growth)^t'
		},
		other: {
			label: 'Other GMV before the change',
			unit: 'RMB trn',
			formula: '(1 - smeShare) * gmv * (1 + growth)^t'
		},
		merchants: {
			label: 'Change in SME merchants',
			unit: '%',
			formula:
				'prev(merchants, 0) + speed * ((1 - exit)^((1 - pass) * change * 100) - 1 - prev(merchants, 0))'
		},
		smeLift: {
			label: 'Change in SME GMV',
			unit: '%',
			formula: '(1 + merchants)^elasticity * (1 + pass * change)^(-buyerElasticity) - 1'
		},
		newGmv: {
			label: 'GMV new to the group, SME and shoppers who follow',
			unit: 'RMB trn',
			formula: '(1 - cannibal) * smeLift * (sme + spill * other)'
		},
		feeIncome: {
			label: 'Fee change on SME GMV',
			unit: 'USD bn',
			formula: '(1 - tax) * change * sme * (1 + smeLift) * 1000 / 7.2'
		},
		gmvIncome: {
			label: 'Take on new GMV, less its costs',
			unit: 'USD bn',
			formula: '(1 - tax) * (take - gmvCost) * newGmv * 1000 / 7.2'
		},
		toolIncome: {
			label: 'Traffic tools, new to the group',
			unit: 'USD bn',
			formula: '(1 - tax) * isFee * toolSpend * toolNew * sme * (1 + smeLift) * 1000 / 7.2'
		},
		profit: {
			label: 'Profit change after tax',
			unit: 'USD bn',
			formula: 'feeIncome + gmvIncome + toolIncome'
		},
		pv: {
			label: 'Cumulative present value',
			unit: 'USD bn',
			formula: 'prev(pv) + profit / (1 + rate)^t'
		}
	},
	outputs: {
		value: {
			label: 'Value against today’s take rate',
			unit: 'USD bn',
			formula: 'npv(profit, rate) + last(profit)' + AFTER_HORIZON,
			description:
				'Present value at 2025, after tax, of the change in the marketplaces’ profit, the years after 2034 included.'
		},
		feeValue: { label: 'Fee change', unit: 'USD bn', formula: 'npv(feeIncome, rate)' },
		gmvValue: { label: 'Take on GMV won or lost', unit: 'USD bn', formula: 'npv(gmvIncome, rate)' },
		toolValue: { label: 'Traffic tools', unit: 'USD bn', formula: 'npv(toolIncome, rate)' },
		beyond: {
			label: 'Value after 2034 (terminal value)',
			unit: 'USD bn',
			formula: 'last(profit)' + AFTER_HORIZON,
			description: '2034’s profit change growing with GMV for ever, in 2025 money.'
		},
		neededLift: {
			label: 'SME GMV lift a cut needs (board check)',
			unit: '%',
			formula: 'cut / (take - cut)',
			description:
				'The rise in SME GMV that keeps revenue unchanged under the cut, if all of it were new GMV, at no extra cost and at once.'
		},
		profit2025: { label: 'Profit change, 2025', unit: 'USD bn', formula: 'first(profit)' },
		liftReached: {
			label: 'SME GMV change reached, 2034',
			unit: '%',
			formula: 'last(smeLift)'
		},
		merchantsChange: {
			label: 'Change in SME merchants, 2034',
			unit: '%',
			formula: 'last(merchants)',
			description: 'Merchants won (or, if negative, lost) once nearly all have moved.'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'beyond' },
	chart: { series: 'pv' },
	breakdown: { add: ['feeValue', 'gmvValue', 'toolValue', 'beyond'] },
	profile: { param: 'exit', output: 'value' },
	teach: {
		context: [
			{
				text: 'Alibaba set out to attract more small and medium merchants and lower price points, to counter Pinduoduo in low-cost markets, while refocusing on its core marketplaces. Pinduoduo had overtaken Alibaba in market value in late 2023.',
				sources: [
					{ doc: DOC_TOWSON, quote: TOWSON_SME, role: 'context' },
					{ doc: DOC_TOWSON, quote: TOWSON_CORE, role: 'context' },
					{ ...PDD_CAP, role: 'context' }
				]
			},
			{
				text: 'In 2024 Alibaba went the other way on fees: it announced a 0.6 % technology service fee on Taobao and Idle Fish, in a quarter in which Taobao and Tmall Group’s revenue fell 1 %.',
				after: 'outcome',
				sources: [
					{
						...EARNINGS_CALL,
						quote: 'The company plans to introduce a 0.6% technology service fee on Taobao and Idle Fish.',
						role: 'context'
					},
					{ ...EARNINGS_CALL, quote: 'Taobao and Tmall Group revenue decreased by 1%.', role: 'context' }
				]
			},
			{
				text: 'Hindsight, published after the decision: in the quarters after the fee took effect Alibaba credited its revenue growth to GMV-based service fees and its traffic tool, and customer management revenue grew 9 % in the December quarter of 2024.',
				after: 'outcome',
				sources: [
					{ ...SEP_QUARTER_2024, role: 'context' },
					{ ...DEC_QUARTER_2024, role: 'context' }
				]
			},
			{
				text: 'The board check: a cut of Δτ on a take rate τ keeps revenue unchanged only if GMV rises by Δτ ÷ (τ − Δτ). At a 4 % take, a one-point cut needs a third more GMV; the same check as for a cloud price cut, with the take rate in place of the gross margin.',
				sources: []
			}
		],
		prompts: [
			{
				id: 'boardCheck',
				text: 'How much more SME GMV does a one-point fee cut need to pay for itself, and how much does the model find it wins?',
				param: 'cut'
			},
			{
				id: 'feeExit',
				text: 'How many merchants does the 0.6 % fee lose, and how many would have to leave before the fee stops paying?',
				param: 'exit'
			},
			{
				id: 'newGmv',
				text: 'Why does GMV moved from Tmall to Taobao not count as new GMV? What does it cost the group under a cut?',
				param: 'cannibal'
			},
			{
				id: 'transfers',
				text: 'A subsidy to merchants is a cost; traffic tools bought instead of the group’s other ads are not a gain. Which is which, and why?',
				param: 'toolNew'
			},
			{
				id: 'pinduoduo',
				text: 'If the fee pays, why did an observer expect Alibaba to cut merchants’ costs? What does the model leave out that would argue for a cut?'
			}
		]
	},
	card: {
		includes: [
			'Revenue as GMV × take, with a fee change on SME merchants’ GMV only.',
			'A fee change split between the two sides: merchants pass part of it into prices, which shoppers answer, and bear the rest, which they answer by leaving (or joining, for a cut) over years; each part counted once. SME GMV follows the merchants with an elasticity.',
			'Only GMV new to the group counts: GMV moved from Tmall, or kept by other group merchants, earns the take either way.',
			'The fee as charged: on completed sales (and capped per transaction, as stated for Idle Fish), so on less than the GMV; merchants answer the fee they pay.',
			'Shoppers who follow: price-sensitive shoppers who leave with SME GMV lost to Pinduoduo (or come with GMV won) move part of their other purchases, Tmall’s included.',
			'A subsidy costs what the same fee cut costs; traffic tools count only for spending new to the group.',
			'A terminal value after 2034 growing with GMV, shown as its own part of the value.'
		],
		leavesOut: [
			{
				what: 'Pinduoduo’s answer, and a rival made stronger',
				why: 'Shoppers who follow lost merchants are counted; what is not is the rival growing stronger for every merchant and shopper, and a low-cost market hard to win back. No figure exists, and it would favour a cut. The model measures every option against a market in which Pinduoduo does what it does anyway.'
			},
			{
				what: 'Different responses to a cut and to a fee',
				why: 'Merchants may leave faster than they come; one rate for both keeps the model readable, and the fee option, the one that loses merchants, is what the verdict turns on.'
			},
			{
				what: 'The fee on GMV that other group merchants keep when a merchant leaves',
				why: 'Taken at the take rate only; counting the fee on it too would favour the fee a little.'
			},
			{
				what: 'Traffic tools’ effect on GMV',
				why: 'Bought traffic mostly moves shoppers among merchants of the same marketplace; only the revenue new to the group is counted.'
			},
			{
				what: 'Idle Fish and the platforms’ other fees',
				why: 'The fee was announced for Idle Fish too; its GMV is small beside Taobao’s and left out.'
			}
		],
		carries: [
			'exit',
			'spill',
			'elasticity',
			'cannibal',
			'take',
			'feeBase',
			'buyerElasticity',
			'pass',
			'toolNew'
		],
		actual:
			'In 2024 Alibaba chose the third option: it announced a 0.6 % technology service fee on Taobao and Idle Fish, with tools that sell merchants traffic, and in the quarters after it credited its revenue growth to those fees and tools. At the sourced defaults the model explains that choice by a wide margin: the fee earns on the completed sales of every SME merchant who stays (with the tools, about USD 2.4 bn more profit after tax in 2025), while the merchants it loses (about 2.6 % of them once they have moved: they bear half of the fee and pass the rest to shoppers) and the shoppers who follow them to Pinduoduo take away far less new-to-the-group GMV. A cut of any depth in range loses: the SME GMV it wins is a small fraction of the lift the board check asks. This decision fails the rule that the crux break-even lie inside its plausible range, and the page says so rather than moving a default. The only assumption whose break-even the engine finds in its range is the merchants who leave per point of fee they bear: about 85 %, against a 90 % interval of 3–30 %. At that rate the fee would drive away about 39 % of SME merchants, against about 9 % at the interval’s top; no other assumption flips the verdict anywhere in its range. The verdict turns only when nearly every assumption sits at once at the end of its interval that hurts the fee (merchants leaving, GMV following them, shoppers following and answering prices, little GMV kept in the group, a 5 % take, merchants passing on only 30 %), and then towards a cut, not towards holding. Read the other way, the defaults say SME GMV falls about a seventh of a percent per percent rise in merchants’ fees, far less than a one-sided seller facing a 4 % take with 0.5 % costs would need to be pricing at its best (about 1.1): either Taobao had been charging SME merchants too little, which is what the fee assumes and what the results after it suggest, or the two-sided case for low fees is larger than any figure here. The observer’s reading, that Alibaba would lower merchants’ costs to counter Pinduoduo, rests on that second case: a rival made stronger for everyone, and a low-cost market hard to win back.'
	}
};
