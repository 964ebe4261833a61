/**
 * Brief 9: should Alibaba keep training its own foundation models, back outside model makers and buy their
 * tokens, or both?
 *
 * The economics. The decision is taken in 2025 for the years ahead; what Qwen cost so far is sunk and left
 * out. Each option serves the same tokens: Alibaba's own apps and the model services its cloud sells.
 * - Building pays a training run per model generation (`trainCost` × `cadence` a year) and a research team
 *   (`team`), both growing in money at `costGrowth` (the model is in money: cloud revenue grows in money and
 *   the rate is a money rate, so a cost held flat would be one falling in real terms). Inference compute is
 *   paid either way, by Alibaba or inside a vendor's price, so it is left out of both options.
 * - Buying pays the vendor's margin on every token, the only part of a bought token's price that building
 *   saves: own usage U (`usage`, growing `usageGrowth` a year) × the vendor's price (`price`, falling
 *   `priceFall` a year) × the margin's share of it (`margin`). Backing the vendor with a stake returns
 *   nothing net: a stake bought at a fair price costs its share of all the vendor's profit, the margin
 *   Alibaba pays included, so the margin that flows back through it was paid for in the price. Counting
 *   that flow while leaving out the price would make the stake free money.
 * - Access: each year outside models are bought, there is a chance `pLoss` that access is lost (export rules
 *   abroad, or a domestic vendor that fails, is bought or runs short of chips), costing `lossCost` for that
 *   year. This is the one place the chip-control risk is carried: the discount rate has no premium for it.
 *   Chip controls that raise the cost of compute hit building and the vendor alike and cancel.
 * - Own models lift the cloud's share: customers come to Alibaba Cloud for models it owns. A share `lift` of
 *   the cloud's revenue (growing `cloudGrowth`) is won at an incremental margin `cloudMargin`.
 * - Hybrid: Alibaba trains a model family at `followCost` of the full cost (smaller models, a step behind
 *   the frontier) and buys the share `hardShare` of tokens that need the frontier from makers it backs. Its
 *   vendor margin, access risk and lost cloud lift are those of the bought share.
 * Costs are deductible and the lift is taxed, so every flow is after tax at `tax`.
 *
 * Break-even usage U*: building beats buying when the present value of the vendor's margin saved exceeds
 * that of building's net cost, so U* = PV(build − lift − access) ÷ PV(margin per unit of usage), and a
 * price 97 % lower raises U* by 1 ÷ 0.03, about 33 times.
 *
 * Money is in USD bn (RMB converted at 7.2 per USD), present value at 2025 after tax; t = 0 is 2025 and is
 * not discounted; 2025–2034 are modelled year by year and the years after 2034 as a perpetuity of 2034's
 * flow (the terminal value, `beyond`), a part of the deciding value shown on its own: cloud profit won,
 * training and access grow at `longGrowth`; the vendor's margin keeps its own trend where that is slower,
 * since it shrinks while prices fall faster than usage grows (growing it at `longGrowth` would overstate
 * what buying costs for ever). The terminal value decides here: the cloud lift outgrows the cost of own
 * models before 2034, so nearly all of the hybrid's lead over buying lies after 2034.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';
import { cloudRevenueDecQ2024, groupWacc } from '$lib/sources/public-figures';

const CAPEX = {
	url: 'https://english.jschina.com.cn',
	title:
		'Alibaba to invest more than 380 billion yuan in cloud and AI infrastructure (english.jschina.com.cn; full address not recorded)',
	date: '2025-02-24',
	quote:
		'it will invest more than 380 billion yuan (about 53 billion U.S. dollars) in building cloud and AI hardware infrastructure in the next three years.'
};
const GENAI_FIRMS = {
	url: 'https://fintechranking.com',
	title: 'Alibaba Cloud in China’s AI market (fintechranking.com; full address not recorded)',
	date: '2024-03-06',
	quote:
		'hosting approximately 80% of China’s technology companies and serving 50% of the country’s generative AI firms.'
};
/** Present value at 2025 of a series' last year growing at `g` for ever after 2034. */
const after = (g: string) => `* (1 + ${g}) / (rate - ${g}) / (1 + rate)^(periods - 1)`;
/** The vendor's margin keeps its own trend after 2034 when that is slower than the long-run growth. */
const VENDOR_LONG = 'min(longGrowth, (1 + usageGrowth) * (1 - priceFall) - 1)';
/** A series' present value at 2025, the years after 2034 included. */
const withAfter = (x: string, g = 'longGrowth') => `(npv(${x}, rate) + last(${x}) ${after(g)})`;
/** The value after 2034: each part of 2034's flow growing at its own long-run rate. */
const BEYOND = `(1 - tax) * ((last(cloudLift) - last(build) - last(access)) ${after('longGrowth')} - last(vendor) ${after(VENDOR_LONG)})`;

const TOWSON_OWN =
	'Alibaba is investing in research and development to create its own foundation models for AI, rather than relying solely on external providers. This gives them greater control over their AI technology and allows them to tailor solutions to their specific needs.';
const TOWSON_FLOOD =
	'I expect them to keep flooding money into their own foundation models, models services and cloud offerings.';
const TOWSON_STACK =
	'This changing tech paradigm is an opportunity to own the tech stack, similar how Chinese EVs have used shifting tech to jump into automotive.';

export const foundationModels: ModelDef = {
	id: 'foundation-models',
	title: 'Build its own foundation models, back outside providers, or both?',
	question:
		'Should Alibaba train its own frontier models, back outside model makers and buy their tokens, or do both, and at what token usage does building pay?',
	summary:
		'Building pays for training runs and a team; buying pays a vendor’s margin on every token and risks losing access; own models also win cloud customers. Value = present value after tax of each option’s costs and gains, 2025–2034.',
	periods: { count: 10, unit: 'year', start: 2025 },
	flags: { isBuild: 0, isPartner: 0, isHybrid: 0 },
	options: [
		{
			id: 'build',
			label: 'Build',
			description: 'Train its own frontier models, a generation at a time, and serve every token on them.',
			set: { isBuild: 1 }
		},
		{
			id: 'partner',
			label: 'Partner or invest',
			description:
				'Stop training; take stakes in outside model makers and buy their tokens, paying their margin.',
			set: { isPartner: 1 }
		},
		{
			id: 'hybrid',
			label: 'Hybrid',
			description:
				'Train a cheaper family of own models for most tokens and buy the frontier share from makers it backs.',
			set: { isHybrid: 1 }
		}
	],
	params: [
		{
			id: 'usage',
			label: 'Own token usage, 2025',
			unit: 'trillion tokens a day',
			default: 5,
			min: 0.1,
			max: 100,
			step: 0.1,
			description:
				'Tokens a day that Alibaba’s apps (Taobao, Quark, DingTalk) and its cloud’s model services serve: what it would otherwise buy.',
			uncertain: { dist: 'lognormal', low: 1.5, high: 20 },
			sources: [
				{
					assumption:
						'5 trillion a day: no public figure for Alibaba. The largest model providers have reported tens of trillions a day in 2025; Alibaba’s apps and model services are taken as a fraction of that. Interval 1.5–20, spanning a factor of thirteen.'
				}
			]
		},
		{
			id: 'usageGrowth',
			label: 'Growth of token usage, a year',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1.5,
			step: 0.01,
			uncertain: { dist: 'triangular', low: 0.2, high: 1 },
			sources: [
				{
					assumption:
						'50 % a year for a decade: usage multiplied several times a year in 2024–2025 as prices fell, and is taken to slow. Interval 20–100 %.'
				}
			]
		},
		{
			id: 'price',
			label: 'Vendor’s price, 2025',
			unit: 'RMB per m tokens',
			default: 0.5,
			min: 0.05,
			max: 20,
			step: 0.05,
			description:
				'What an outside model maker charges for a million tokens. Set it to about 16.7 to see the world before the 97 % cut of May 2024.',
			uncertain: { dist: 'triangular', low: 0.3, high: 1.5 },
			sources: [
				{
					assumption:
						'RMB 0.5 per million input tokens: the Qwen API price after Alibaba’s 97 % cut of May 2024 (finance.sina.com.cn, 2024-05-23; the full address was not recorded, so it is not cited as a link), taken as what a comparable outside model would charge, since rivals matched the cut. Interval 0.3–1.5: output tokens cost more, and a frontier model may charge more than Qwen.'
				}
			]
		},
		{
			id: 'priceFall',
			label: 'Fall in token prices, a year',
			unit: '%',
			default: 0.4,
			min: 0,
			max: 0.8,
			step: 0.01,
			uncertain: { dist: 'triangular', low: 0.2, high: 0.6 },
			sources: [
				{
					assumption:
						'40 % a year: faster than the 20 % a year of cloud compute, since model prices also fall with better models and competition (the 97 % cut came in one step). Interval 20–60 %.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Vendor’s margin in its price',
			unit: '%',
			default: 0.4,
			min: 0.05,
			max: 0.9,
			step: 0.01,
			description:
				'The share of a bought token’s price above the inference compute: the only part building saves, since the compute is paid either way.',
			uncertain: { dist: 'triangular', low: 0.15, high: 0.65 },
			sources: [
				{
					assumption:
						'40 %: no public figure for Chinese vendors, whose prices were cut close to cost in the 2024 price war; leading API sellers abroad are reported near half. Interval 15–65 %.'
				}
			]
		},
		{
			id: 'trainCost',
			label: 'Training cost per generation',
			unit: 'USD bn',
			default: 0.4,
			min: 0.05,
			max: 3,
			step: 0.05,
			description: 'Compute for the final run and the experiments around it, for one frontier generation.',
			uncertain: { dist: 'lognormal', low: 0.15, high: 1.2 },
			sources: [
				{
					...CAPEX,
					role: 'context',
					note: 'Infrastructure for the whole cloud over three years (about USD 18 bn a year), most of it to serve customers; it is not the cost of a model, and training a generation is taken as a small share of it.'
				},
				{
					assumption:
						'USD 0.4 bn: about 2 % of a year of the announced infrastructure spend. Frontier runs were reported between tens of millions and over a billion dollars in 2024–2025. Interval 0.15–1.2.'
				}
			]
		},
		{
			id: 'cadence',
			label: 'Generations a year',
			unit: 'a year',
			default: 1,
			min: 0.25,
			max: 3,
			step: 0.05,
			uncertain: { dist: 'triangular', low: 0.5, high: 2 },
			sources: [
				{
					assumption:
						'One a year: Qwen released a major family a year (Qwen, Qwen2, Qwen2.5, Qwen3) with smaller updates between. Interval 0.5–2.'
				}
			]
		},
		{
			id: 'team',
			label: 'Research team',
			unit: 'USD bn a year',
			default: 0.15,
			min: 0.02,
			max: 0.6,
			step: 0.01,
			uncertain: { dist: 'lognormal', low: 0.08, high: 0.3 },
			sources: [
				{
					assumption:
						'USD 0.15 bn a year: about 1,000 researchers and engineers at about USD 150,000 each, all costs in. Interval 0.08–0.3.'
				}
			]
		},
		{
			id: 'costGrowth',
			label: 'Growth of training and team cost, a year',
			unit: '%',
			default: 0.02,
			min: -0.1,
			max: 0.3,
			step: 0.005,
			description:
				'How the cost of keeping up (runs and researchers) grows in money each year, to 2034 and after it at the long-run rate. Cloud revenue and the discount rate are in money too, so a flat cost would be one that falls in real terms.',
			uncertain: { dist: 'triangular', low: 0, high: 0.1 },
			sources: [
				{
					assumption:
						'2 % a year, about inflation, as the long-run growth: compute gets cheaper per unit while each generation uses more of it, and researchers’ pay rises. Interval 0–10 %: from cheaper chips that offset larger runs to runs that outgrow the fall in chip prices.'
				}
			]
		},
		{
			id: 'followCost',
			label: 'Hybrid: cost of its own models against a frontier effort',
			unit: '%',
			default: 0.4,
			min: 0.1,
			max: 1,
			step: 0.01,
			description:
				'Training and team for the hybrid’s own, smaller, models, as a share of the cost of building at the frontier.',
			uncertain: { dist: 'triangular', low: 0.25, high: 0.6 },
			sources: [
				{
					assumption:
						'40 %: smaller models a step behind the frontier need smaller runs and reuse published methods, but still a team. Interval 25–60 %.'
				}
			]
		},
		{
			id: 'hardShare',
			label: 'Hybrid: share of tokens bought at the frontier',
			unit: '%',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.01,
			uncertain: { dist: 'triangular', low: 0.1, high: 0.5 },
			sources: [
				{
					assumption:
						'30 %: most of a platform’s tokens (search, recommendations, customer service) are served well by smaller models; the hardest work goes to the frontier. Interval 10–50 %.'
				}
			]
		},
		{
			id: 'pLoss',
			label: 'Chance of losing access to outside models, a year',
			unit: '%',
			default: 0.05,
			min: 0,
			max: 0.3,
			step: 0.005,
			description:
				'Each year outside models are bought, the chance that access is cut (export rules, a vendor that fails or is bought, chips it cannot get). Carried here only, not in the discount rate.',
			uncertain: { dist: 'triangular', low: 0.01, high: 0.15 },
			sources: [
				{
					doc: DOC_SCMP,
					quote:
						'it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.',
					role: 'context'
				},
				{
					assumption:
						'5 % a year: export rules have already changed Alibaba’s plans once; a domestic vendor can also fail or be bought by a rival. Interval 1–15 %.'
				}
			]
		},
		{
			id: 'lossCost',
			label: 'Cost of a year without access',
			unit: 'USD bn',
			default: 1,
			min: 0,
			max: 5,
			step: 0.05,
			description:
				'A year of serving weaker models while a replacement is trained or found: customers and shoppers lost, and a rushed training run.',
			uncertain: { dist: 'lognormal', low: 0.3, high: 3 },
			sources: [
				{ doc: DOC_TOWSON, after: 'outcome', quote: TOWSON_OWN, role: 'context' },
				{
					assumption:
						'USD 1 bn: a rushed generation at twice the usual cost plus a year of lost AI business. Interval 0.3–3.'
				}
			]
		},
		{
			id: 'cloudRevenue',
			label: 'Cloud revenue, 2025',
			unit: 'USD bn a year',
			default: 17.63,
			min: 5,
			max: 40,
			step: 0.01,
			sources: [
				{
					...cloudRevenueDecQ2024,
					role: 'value',
					derive: {
						figure: 'RMB31,742 million',
						formula: 'x * 4 / 7.2 / 1000',
						says: 'a quarter’s revenue times four, at RMB 7.2 per USD, in billions'
					}
				}
			]
		},
		{
			id: 'cloudGrowth',
			label: 'Growth of cloud revenue, a year',
			unit: '%',
			default: 0.13,
			min: 0,
			max: 0.4,
			step: 0.01,
			uncertain: { dist: 'triangular', low: 0.05, high: 0.25 },
			sources: [
				{
					...cloudRevenueDecQ2024,
					role: 'value',
					derive: { figure: '13%', formula: 'x / 100', says: 'the reported growth, held for the decade' }
				}
			]
		},
		{
			id: 'lift',
			label: 'Cloud revenue won by owning models',
			unit: '%',
			default: 0.03,
			min: 0,
			max: 0.15,
			step: 0.005,
			description:
				'The share of cloud revenue that comes because Alibaba owns its models (customers who want Qwen on its cloud) and would go elsewhere if it resold others’ models.',
			uncertain: { dist: 'triangular', low: 0.01, high: 0.08 },
			sources: [
				{
					...GENAI_FIRMS,
					role: 'context',
					note: 'Reach among AI firms, not the share they bring because of own models.'
				},
				{ doc: DOC_TOWSON, quote: TOWSON_STACK, role: 'context' },
				{
					assumption:
						'3 %: most cloud customers buy compute and storage whatever model they use; those who come for Qwen are a small share. Interval 1–8 %.'
				}
			]
		},
		{
			id: 'cloudMargin',
			label: 'Margin on cloud revenue won',
			unit: '%',
			default: 0.25,
			min: 0,
			max: 0.6,
			step: 0.01,
			uncertain: { dist: 'triangular', low: 0.1, high: 0.4 },
			sources: [
				{
					assumption:
						'25 %: above the unit’s 9 % adjusted EBITA margin, since extra revenue on existing data centres carries no extra overhead, below a gross margin near 50 %. Interval 10–40 %.'
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
						'20 %: between China’s 25 % corporate rate and the 15 % of a high-technology enterprise. Costs are deductible, so tax scales every flow alike and moves no break-even.'
				}
			]
		},
		{
			id: 'longGrowth',
			label: 'Growth of each option’s flow after 2034, a year',
			unit: '%',
			default: 0.02,
			min: 0,
			max: 0.04,
			step: 0.005,
			description:
				'How 2034’s cloud profit won, training and access risk grow for ever after: the terminal value. The vendor’s margin keeps its own trend if that is slower.',
			uncertain: { dist: 'triangular', low: 0, high: 0.03 },
			sources: [
				{
					assumption:
						'2 %: about inflation; the cloud lift cannot grow at 13 % for ever, and token usage and prices are unknowable decades out. Interval 0–3 %.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.079,
			min: 0.05,
			max: 0.15,
			step: 0.001,
			description:
				'The group’s cost of capital with no premium for chip controls or access: that risk is carried once, as the chance of losing access.',
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
		ownShare: {
			label: 'Cost of own models, share of a frontier effort',
			unit: '%',
			formula: 'isBuild + isHybrid * followCost'
		},
		boughtShare: {
			label: 'Share of tokens bought',
			unit: '%',
			formula: 'isPartner + isHybrid * hardShare'
		},
		tokens: {
			label: 'Own token usage',
			unit: 'trillion tokens a year',
			formula: 'usage * 365 * (1 + usageGrowth)^t'
		},
		vendorPrice: {
			label: 'Vendor’s price',
			unit: 'RMB per m tokens',
			formula: 'price * (1 - priceFall)^t'
		},
		marginPerTrillion: {
			label: 'Vendor’s margin per trillion tokens',
			unit: 'USD bn',
			formula: 'margin * vendorPrice / 7.2 / 1000'
		},
		frontierCost: {
			label: 'Training and team at the frontier',
			unit: 'USD bn',
			formula: '(trainCost * cadence + team) * (1 + costGrowth)^t'
		},
		fullLift: {
			label: 'Cloud profit won if every token runs on own models',
			unit: 'USD bn',
			formula: 'lift * cloudMargin * cloudRevenue * (1 + cloudGrowth)^t'
		},
		fullAccess: {
			label: 'Expected cost of losing access if every token is bought',
			unit: 'USD bn',
			formula: 'pLoss * lossCost'
		},
		marginPerUsage: {
			label: 'Margin paid per trillion tokens a day of 2025 usage',
			unit: 'USD bn',
			formula: 'marginPerTrillion * 365 * (1 + usageGrowth)^t'
		},
		build: {
			label: 'Training and team',
			unit: 'USD bn',
			formula: 'ownShare * frontierCost'
		},
		vendor: {
			label: 'Vendor’s margin paid',
			unit: 'USD bn',
			formula: 'boughtShare * marginPerUsage * usage'
		},
		access: {
			label: 'Expected cost of losing access',
			unit: 'USD bn',
			formula: 'boughtShare * fullAccess'
		},
		cloudLift: {
			label: 'Cloud profit won by own models',
			unit: 'USD bn',
			formula: '(1 - boughtShare) * fullLift'
		},
		cash: {
			label: 'Net cash after tax',
			unit: 'USD bn',
			formula: '(1 - tax) * (cloudLift - build - vendor - access)'
		},
		pv: {
			label: 'Cumulative present value',
			unit: 'USD bn',
			formula: 'prev(pv) + cash / (1 + rate)^t'
		}
	},
	outputs: {
		value: {
			label: 'Value of the choice',
			unit: 'USD bn',
			formula: `npv(cash, rate) + ${BEYOND}`,
			description:
				'Present value at 2025, after tax, of the cloud profit own models win less training, the vendor’s margin and the expected cost of lost access, the years after 2034 included.'
		},
		beyond: {
			label: 'Value after 2034 (terminal value)',
			unit: 'USD bn',
			formula: BEYOND,
			description:
				'2034’s net flow for ever, in 2025 money: cloud profit won, training and access growing at the long-run rate, the vendor’s margin at its own trend where that is slower (it shrinks while prices fall faster than usage grows).'
		},
		liftValue: {
			label: 'Cloud profit won',
			unit: 'USD bn',
			formula: '(1 - tax) * npv(cloudLift, rate)'
		},
		buildValue: { label: 'Training and team', unit: 'USD bn', formula: '(1 - tax) * npv(build, rate)' },
		vendorValue: {
			label: 'Vendor’s margin paid',
			unit: 'USD bn',
			formula: '(1 - tax) * npv(vendor, rate)'
		},
		accessValue: {
			label: 'Expected cost of lost access',
			unit: 'USD bn',
			formula: '(1 - tax) * npv(access, rate)'
		},
		breakEvenUsage: {
			label: 'Usage at which building equals buying',
			unit: 'trillion tokens a day',
			formula: `(${withAfter('frontierCost')} - ${withAfter('fullLift')} - ${withAfter('fullAccess')}) / ${withAfter('marginPerUsage', VENDOR_LONG)}`,
			description:
				'U*: the own usage in 2025 above which building at the frontier is worth more than backing outside makers and buying every token. It is the same for every option; below zero, building wins at any usage.'
		},
		marginSpend2025: {
			label: 'Vendor’s margin on all own tokens, 2025',
			unit: 'USD bn',
			formula: 'first(marginPerTrillion) * first(tokens)',
			description: 'What buying every token would pay the vendor above its compute in 2025, before tax.'
		},
		tokens2034: { label: 'Own token usage, 2034', unit: 'trillion tokens a year', formula: 'last(tokens)' }
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'beyond' },
	chart: { series: 'pv' },
	breakdown: { add: ['liftValue', 'beyond'], subtract: ['buildValue', 'vendorValue', 'accessValue'] },
	profile: { param: 'usage', output: 'value', scale: 'log' },
	teach: {
		context: [
			{
				text: 'Alibaba trains its own foundation models (Qwen) rather than relying on outside makers alone, and an observer expects it to keep spending on them, reading the shift to AI as a chance to own the whole stack.',
				after: 'outcome',
				sources: [
					{ doc: DOC_TOWSON, after: 'outcome', quote: TOWSON_OWN, role: 'context' },
					{ doc: DOC_TOWSON, quote: TOWSON_FLOOD, role: 'context' },
					{ doc: DOC_TOWSON, quote: TOWSON_STACK, role: 'context' }
				]
			},
			{
				text: 'In February 2025 Alibaba said it would spend more than RMB 380 bn on cloud and AI infrastructure over three years. That is the whole cloud’s data centres, most of them serving customers; training a model generation is a small part of it. Alibaba Cloud also says it serves half of China’s generative AI firms.',
				sources: [
					{ ...CAPEX, role: 'context' },
					{ ...GENAI_FIRMS, role: 'context' }
				]
			},
			{
				text: 'The board check: building pays when the vendor’s margin on the tokens Alibaba uses exceeds what training and a team cost, net of the cloud customers own models bring and the access risk buying carries. Only the margin counts: the compute behind a token is paid whoever owns the model. So the break-even usage is inversely proportional to the token price, and the 97 % price cut of May 2024 multiplied it by about 33.',
				sources: []
			}
		],
		prompts: [
			{
				id: 'usage',
				text: 'How many tokens a day must Alibaba use before training its own models pays for itself, and what did the 97 % price cut do to that number?',
				param: 'usage'
			},
			{
				id: 'margin',
				text: 'Why does building save only the vendor’s margin, not the whole price of a bought token? What happens to the case if vendors sell near cost?',
				param: 'margin'
			},
			{
				id: 'access',
				text: 'Losing access to outside models is carried as a yearly chance. Why not also raise the discount rate for chip controls? How likely must a cut-off be to decide it?',
				param: 'pLoss'
			},
			{
				id: 'lift',
				text: 'How much of the case rests on cloud customers who come for models Alibaba owns? Set the lift to zero and read the verdict.',
				param: 'lift'
			},
			{
				id: 'hybrid',
				text: 'When does doing both (smaller own models, the frontier bought from makers Alibaba backs) beat building at the frontier?',
				param: 'hardShare'
			}
		]
	},
	card: {
		includes: [
			'Building: a training run per generation and a research team; the compute to serve tokens is paid in every option and left out.',
			'Buying: the vendor’s margin on own usage; usage grows and prices fall each year. A stake in the vendor bought at a fair price returns nothing net, so none of the margin is netted off.',
			'A yearly chance of losing access to bought models, the only place chip controls and vendor failure are counted.',
			'Cloud revenue won because Alibaba owns its models, at an incremental margin, lost in proportion to the tokens bought.',
			'A hybrid of cheaper own models and frontier tokens bought from backed makers.',
			'Tax on every flow; the break-even usage on the chart of value against usage.',
			'Training and team costs that grow in money (inflation by default), as the cloud revenue they are set against does.',
			'A terminal value after 2034 at an explicit long-run growth, the vendor’s margin at its own shrinking trend, shown as its own part of the value: nearly all of the hybrid’s lead lies there.'
		],
		leavesOut: [
			{
				what: 'A return on stakes in the vendors Alibaba backs',
				why: 'A stake bought at a fair price costs its share of the vendor’s profit, the margin Alibaba pays included; the share of the margin that flows back was paid for in the price, and counting it alone would make the stake free money. A stake bought below its worth would be a gain the model does not count.'
			},
			{
				what: 'The RMB 380 bn infrastructure programme',
				why: 'It builds data centres for the whole cloud, most of them serving customers whatever models they run; only the training compute belongs to this choice, and that is the training cost per generation.'
			},
			{
				what: 'What Qwen cost so far',
				why: 'Sunk: it is spent whichever option is chosen from 2025.'
			},
			{
				what: 'A premium in the discount rate for chip controls',
				why: 'The risk is carried once, as the chance of losing access; controls that raise the cost of compute hit building and the vendor alike.'
			},
			{
				what: 'Open weights and API sales to others',
				why: 'A separate decision (open-source-models); here the models serve Alibaba’s own tokens and draw cloud customers.'
			},
			{
				what: 'Whether the hybrid’s smaller models draw cloud customers as frontier models do',
				why: 'The hybrid keeps the lift in proportion to the tokens its own models serve; if customers come only for frontier models it keeps less, and buying everything gains on it (lower the lift to see how much).'
			},
			{
				what: 'Better fit of own models to Alibaba’s needs',
				why: 'Real (the seed says own models can be tailored) but with no figure; it would favour building, so the verdict for buying is an upper bound on this count.'
			}
		],
		carries: [
			'lift',
			'costGrowth',
			'trainCost',
			'hardShare',
			'followCost',
			'cloudMargin',
			'usage',
			'priceFall',
			'longGrowth'
		],
		actual:
			'Alibaba builds its own models (Qwen) and, in the seed’s words, does not rely “solely on external providers”. At the sourced defaults the model favours the hybrid (cheaper own models for most tokens, the frontier bought from makers Alibaba backs) over backing outside makers alone, narrowly: by about USD 0.26 bn, ahead in about three simulated futures in five. The whole lead lies in the value after 2034, shown apart: to 2034 the hybrid trails buying by about 0.12, because own models cost more than the cloud profit they win; by 2034 that profit about pays for them, while buying everything still pays the access risk and a margin for ever. That terminal value is built with care: costs grow in money as the revenue does (a cost held flat would fall in real terms and flatter own models; at zero cost growth the lead is nearly three times larger), and the vendor’s margin keeps its own shrinking trend after 2034 rather than growing. Building at the frontier for every token comes last. So the model explains keeping own models, not training at the frontier for all of them, and only just. After the 97 % price cut the vendor’s margin on Alibaba’s own tokens is small (a few hundredths of a billion dollars in 2025) and shrinks as prices fall faster than usage grows, so the usage at which building at the frontier beats buying lies above the usage interval; before the cut it lay inside it, below the usage assumed. The crux is the cloud lift: below about 2.7 % of cloud revenue, against 3 % assumed and inside its 1–8 % interval, buying everything leads; so does a cost of keeping up that grows faster than about 3 % a year, or a chance of losing access below about 2 % a year. The model therefore reads Alibaba’s effort as a bet on what it cannot price from its own usage: cloud customers drawn by its models, control of a technology whose supply policy can change, and the argument for owning the tech stack. The margin saved on its own tokens is not the reason.'
	}
};
