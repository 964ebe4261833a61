/**
 * Brief 2: should Alibaba Cloud cut its prices to win market share, and how deep a cut pays for itself?
 *
 * The economics. Both options are measured against the market's own price path: cloud prices and the
 * costs behind them fall about 20 % a year for everyone, and that trend is common to both options, so it
 * cancels. What the model follows is Alibaba's price relative to its rivals':
 * - Price. The cut lowers the prices of the core services (compute, storage, networking, databases),
 *   which are a share `core` of cloud revenue; the rest (AI, hybrid and project work, contracts already
 *   priced below list) keeps its prices.
 * - Rivals. They are in a price war of their own: they cut core prices by `war` below the market's path
 *   whatever Alibaba does. A cut of Alibaba's up to that depth only restores parity and goes unanswered;
 *   of a cut beyond it they match a share that grows with the excess (all of an excess of `fullMatch`),
 *   because a deep cut threatens their core business. So keeping prices is not standing still: it leaves
 *   Alibaba dearer than its rivals by the war's cut (the defensive motive). That answer, an assumed form,
 *   is what gives the depth an optimum: demand alone (a constant elasticity, no limit on the customers who
 *   move) makes a deeper cut always better when rivals never answer. The optimum lies where the share of
 *   each further point of undercut that rivals match, with the revenue given up on every unit, outweighs
 *   the customers it wins, well short of the depth that opens the widest gap, and it follows both `war`
 *   and `match`: an illustration of the mechanism, not a measured best cut.
 * - Demand. Usage of the core services responds to Alibaba's core price relative to rivals' with the
 *   elasticity `elasticity` (an elasticity of core usage, not of the whole bill); the rest of the bill
 *   follows a share `attach` of the core usage won or lost (customers won on compute bring some of their
 *   AI and database spend). Customers migrate over years: a share `speed` of the remaining response
 *   arrives each year.
 * - Cost. Costs that grow with usage are (1 − margin) of revenue at the old prices; extra usage lowers
 *   unit cost by `scale` per doubling, a year behind the usage. R&D, sales and administration are the same
 *   in both options, set so that at the cut Alibaba made (22 %) the unit earns 2024's reported adjusted
 *   EBITA margin; they move the level of profit, never the difference.
 * With no lag, no rivals, no scale saving, no attached spend and a cut on all revenue, the first year's
 * gross profit is unchanged exactly when usage rises by cut ÷ (margin − cut), the board check.
 *
 * Money is in USD bn (RMB converted at 7.2 per USD), present value at 2024, the year of the cut; t = 0 is
 * 2024 and is not discounted; 2024–2033 are modelled year by year and the years after 2033 as a perpetuity
 * growing at `longGrowth` (the terminal value), a part of the deciding value shown on its own.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { cloudRevenueDecQ2023, cloudRevenueDecQ2024, groupWacc } from '$lib/sources/public-figures';

const FEB_CUT = {
	url: 'https://newsflash.city/2403/e083283e35fb0282.html',
	title: 'Alibaba Cloud cuts prices of more than 100 products in China',
	date: '2024-02-29',
	after: 'outcome' as const,
	quote:
		'average price reduction of more than 20% and a maximum price reduction of 55%, effective immediately.'
};
const APR_CUT = {
	url: 'https://www.laitimes.com/en/article/6kuzg_717a4.html',
	title: 'Alibaba Cloud cuts prices for customers outside China',
	date: '2024-04-08',
	after: 'outcome' as const,
	quote: 'average reduction of 23% and a maximum reduction of 59%.'
};
const EBITA_SEP_Q_2024 = {
	url: 'https://reportify.ai/companies/HK:09988/documents?page=8',
	title: 'SPDB International on Alibaba’s September quarter 2024 (summary)',
	date: '2024-11-19',
	after: 'outcome' as const,
	quote: 'The adjusted EBITA margin improved to 9%',
	note: 'A year earlier, before the cuts, it was 5.1 % (adjusted EBITA RMB 1,409 m on revenue of RMB 27,648 m, September quarter 2023).'
};
const CANALYS = {
	url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
	title: 'Mainland China cloud services, Q1 2024 (Canalys)',
	date: '2024'
};
const AWS_TREND = {
	url: 'https://www.scribd.com/document/659995113/Hedonic-Pricing-of-Cloud-Computing-Services',
	title: 'Hedonic pricing of cloud computing services',
	date: 'undated; data 2008–2017',
	quote: 'about -20.0 percent per annum between 2008 and 2017'
};

const LAITIMES_2023 = {
	url: 'https://www.laitimes.com/en/article/5gu8a_5xahz.html',
	title: 'Alibaba Cloud, Tencent Cloud, and Mobile Cloud “Price”: Intelligent Inclusion Becomes a New Trend?',
	date: '2023-05'
};
const REUTERS_TENCENT = {
	url: 'https://uk.finance.yahoo.com/news/tencent-slashes-cloud-prices-40-092856377.html',
	title: 'Tencent cuts cloud service prices up to 40% to fend off rivals (Reuters)',
	date: '2023-05'
};
const INFOTECH_SHARES = {
	url: 'https://infotechlead.com/cloud/tencent-slashes-price-of-cloud-service-by-40-as-price-war-intensifies-78351',
	title: 'Tencent slashes price of cloud service by 40% as price war intensifies',
	date: '2023-05'
};
const EXPERIENCE_CURVES = {
	url: 'https://www.oreilly.com/library/view/97-things-every/9781492076728/ch69.html',
	title:
		'97 Things Every Cloud Engineer Should Know, ch. 69: How Economies of Scale Work in the Cloud (Jon Moore)',
	date: '2020',
	quote: 'While we don’t know the actual learning rate, typical experience curves fall in the 75%–90% range.'
};
const TOWSON_SHARE =
	'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability. This is evident in their recent price cuts of up to 50% for core cloud services.';
const TOWSON_ADOPTION =
	'Alibaba Cloud is, in theory, their next huge business. Like AWS is for Amazon. And they are definitely the leading player in Asia. But adoption has been slower than hoped.';

/** Present value at 2024 of a series' last year growing at `longGrowth` for ever after 2033. */
const AFTER_HORIZON = '* (1 + longGrowth) / (rate - longGrowth) / (1 + rate)^(periods - 1)';

/**
 * The cut Alibaba made in 2024 (between the reported averages of more than 20 % and 23 %): the depth at
 * which the model is calibrated to 2024's reported margin. It is the default of `depth`, and a test holds
 * the two together.
 */
export const REPORTED_DEPTH = 0.22;
/** Rivals' cut below the market's path at an Alibaba depth `d`: their own war, plus their answer to an undercut. */
const rivalsAt = (d: string) => `war + min(1, match * max(${d} - war, 0) / 0.2) * max(${d} - war, 0)`;
/** Core usage once customers have moved, at Alibaba's depth `d` and rivals' cut `r`. */
const responseAt = (d: string, r: string) => `((1 - ${d}) / (1 - ${r}))^(-elasticity)`;

export const cloudPriceCut: ModelDef = {
	id: 'cloud-price-cut',
	revision: 3,
	history: [
		{
			revision: 2,
			note: 'its old name was also the name of the option “Cut prices”',
			renamed: { from: 'cut', to: 'depth' }
		},
		{
			revision: 3,
			note: 'the demand response now moves core usage only and the rest of the bill follows it by a share; rivals cut on their own in a price war and match more of a deeper undercut (the rivals’ match is now the share of a 20-point undercut they match); and the EBITA margin is now 2024’s reported 9 % at the cut made, rather than 7 % for keeping prices',
			reworked: true
		},
		{
			revision: 3,
			note: 'the share of the rest of the bill that follows core usage; 100 % is the old model’s whole bill',
			added: { id: 'attach', before: 1 }
		},
		{
			revision: 3,
			note: 'rivals’ own cut in the price war; 0 is the old model’s rivals, who never cut on their own',
			added: { id: 'war', before: 0 }
		}
	],
	title: 'Alibaba Cloud: cut prices to win share?',
	question:
		'How deep a price cut pays for itself, and by when, if the aim is market share over near-term profit?',
	summary:
		'Rivals are cutting anyway. A cut on core services gives up revenue on every unit at once; customers then migrate over years and bring part of their other spend, rivals answer an undercut, and extra scale lowers unit cost. Value = present value of profit (adjusted EBITA), 2024 onwards, the years after 2033 shown apart.',
	periods: { count: 10, unit: 'year', start: 2024 },
	options: [
		{
			id: 'hold',
			label: 'Keep prices',
			description:
				'Alibaba Cloud stays on the market’s price path while rivals cut below it: it becomes dearer than its rivals and loses customers to them.',
			set: { depth: 0 }
		},
		{
			id: 'cut',
			label: 'Cut prices',
			description:
				'Alibaba Cloud cuts its core prices by the chosen depth below the market’s path and keeps them there: up to the rivals’ own cut it restores parity, beyond it it undercuts them and they answer part of it.'
		}
	],
	params: [
		{
			id: 'depth',
			label: 'Price cut on core services',
			unit: '%',
			default: REPORTED_DEPTH,
			min: 0,
			max: 0.6,
			step: 0.01,
			description:
				'The decision: how far below the market’s path Alibaba prices its core cloud services, held for the whole horizon. The verdict is at the depth set here; the chart of value against depth, and the sentence under the verdict, show the best depth, which follows two assumptions below, the rivals’ own cut and how much of an undercut they match: an illustration of the mechanism, not a measured best cut.',
			sources: [
				{ doc: DOC_TOWSON, after: 'outcome', quote: TOWSON_SHARE, role: 'context' },
				{
					...FEB_CUT,
					role: 'context',
					note: 'The average over the products cut in China; 55 % was the deepest cut on a single product.'
				},
				{
					...APR_CUT,
					role: 'context',
					note: 'The average over the products cut outside China; 59 % was the deepest cut on a single product.'
				},
				{
					assumption:
						'22 %: between the two reported averages (more than 20 % in China, 23 % abroad). The “up to 50 %” and 55–59 % figures are the deepest cuts on single products, not the average.'
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
			uncertain: { dist: 'triangular', low: 0.25, high: 0.6 },
			sources: [
				{
					doc: DOC_TOWSON,
					after: 'outcome',
					quote: 'This is evident in their recent price cuts of up to 50% for core cloud services.',
					role: 'context'
				},
				{
					...EBITA_SEP_Q_2024,
					role: 'context',
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
			label: 'Core usage response to the core price relative to rivals’',
			unit: '% per %',
			default: 1.2,
			min: 0.2,
			max: 4,
			step: 0.05,
			description:
				'How much more of the core services customers use, in %, per 1 % lower core price relative to rivals’, once they have fully moved: core usage = (Alibaba’s price ÷ rivals’)^(−elasticity). An elasticity of core usage, not of the whole bill: the rest of the bill follows by the share below. Against keeping prices, the 22 % cut’s 1.2 on core usage comes to about 2.0 on the whole bill (usage about 20 % higher for an average price 8.8 % lower), because only core prices fall while the rest of the bill follows core usage at full price; the board check asks 2.1 of an 8.8 % cut (21 % more usage), hence the toss-up.',
			uncertain: { dist: 'lognormal', low: 0.8, high: 2 },
			sources: [
				{
					...CANALYS,
					after: 'outcome',
					quote:
						'significant price reductions by the top cloud providers have stimulated customer spending on the cloud.',
					role: 'context',
					note: 'Evidence that demand responds to price; the size of the response is not reported.'
				},
				{
					assumption:
						'1.2: no public figure; infrastructure cloud is described only as modestly elastic. Just above 1, so a cut that rivals do not answer raises core revenue a little; at a 50 % gross margin core services alone need 2 (one over the margin) for a small cut to pay and 2.33 for a 22 % one, which is why the attached spend, scale and the rivals’ war carry the case. Interval 0.8–2.'
				}
			]
		},
		{
			id: 'attach',
			label: 'Share of the rest of the bill that follows core usage',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'When core usage rises (or falls) by 10 %, the rest of the bill (AI, databases, hybrid work, at unchanged prices) rises (or falls) by this share of 10 %. 100 % means customers move their whole bill with their compute; 0 means the cut wins core usage only.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.9 },
			sources: [
				{
					doc: DOC_TOWSON,
					after: 'outcome',
					quote:
						'They want to expand their capabilities with investment. And expand adoption with price cuts.',
					role: 'context'
				},
				{
					assumption:
						'50 %: no public figure. A customer won from a rival tends to bring its databases and AI work with its compute, but an existing customer that runs more compute because it is cheaper does not buy more of the rest. Half, with an interval from a fifth to nine tenths.'
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
				'Customers migrate over years, in both directions: at 40 %, 40 % of the response arrives in 2024, 64 % by 2025 and 78 % by 2026. 100 % means no lag.',
			uncertain: { dist: 'triangular', low: 0.2, high: 0.7 },
			sources: [
				{
					assumption:
						'40 % a year: no public figure. Moving workloads between clouds takes months of engineering and contracts run a year or more, so the response is spread over years: less than half of it in the first year, nearly four fifths by the third. Interval 20–70 %.'
				}
			]
		},
		{
			id: 'war',
			label: 'Rivals’ own cut in the price war',
			unit: '%',
			default: 0.1,
			min: 0,
			max: 0.4,
			step: 0.01,
			description:
				'How far below the market’s path rivals price their core services whatever Alibaba does. Keeping prices leaves rivals this much cheaper than Alibaba; a cut up to this depth restores parity and goes unanswered. 0 is a market where nobody cuts unless Alibaba does. An assumption, and the best depth follows it and the rivals’ match below: at the match assumed the best cut lies a few points beyond this, wherever it is set; at a match of 10 % about 18 points beyond.',
			uncertain: { dist: 'triangular', low: 0, high: 0.2 },
			sources: [
				{
					...CANALYS,
					quote: 'The Chinese cloud market is entering a new phase of intense price competition.',
					role: 'context'
				},
				{
					...REUTERS_TENCENT,
					quote: 'He noted the companies had expanded aggressively and now had too much capacity.',
					role: 'context',
					note: 'Why rivals cut on their own: spare capacity earns nothing.'
				},
				{
					...REUTERS_TENCENT,
					quote:
						'State-owned China Mobile joined Tencent on Tuesday in announcing cuts, saying prices for some services would be reduced by up to 60% for a limited time.',
					role: 'context',
					note: 'A cut on some services, for a while: like every size reported for rivals, not an average across their core services.'
				},
				{
					...LAITIMES_2023,
					quote: 'Tencent Cloud reduced the LCU fee for CLB by 18% and the standard NAT gateway by 15%.',
					role: 'context',
					note: 'Tencent’s cuts of 2023 on single core products, partly an answer to Alibaba’s own cut of that April.'
				},
				{
					assumption:
						'10 %, an assumption: no source gives the size of rivals’ cut. Canalys reports a price war and Reuters rivals with capacity to fill, but the cuts reported are on single products (15–18 % on Tencent’s network products, up to 40 % on some servers, up to 60 % for a limited time at China Mobile), and some answered Alibaba’s own. An average across rivals’ core services of about half Alibaba’s 22 %, since not every rival cut every product. 90 % interval: none to 20 %. The best depth and the verdict at the cut made both rest on it: the 22 % cut pays once rivals cut more than about 11 % on their own.'
				}
			]
		},
		{
			id: 'match',
			label: 'Share of a 20-point undercut that rivals match',
			unit: '%',
			default: 0.4,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Rivals answer a cut that takes Alibaba below their own prices, and match more of a deeper one: at 40 %, they match 40 % of an undercut of 20 points, 20 % of one of 10 points and all of one of 50 points. The gap a cut opens is then widest at a deep cut (40 % at the defaults), but this answer is what gives the depth a best point at all, well short of that: about 28 % at a match of 10 %, 13 % at 40 %, 11 % at 80 %, and the deepest cut if rivals never answer.',
			uncertain: { dist: 'pert', low: 0.1, high: 0.8 },
			sources: [
				{
					...CANALYS,
					after: 'outcome',
					quote:
						'Tencent Cloud quickly followed suit, announcing significant price reductions for its foundation models in May.',
					role: 'context',
					note: 'Prices of AI models sold through an API, a separate decision (see what the model leaves out): how quickly rivals follow a cut, not how much of an undercut on core services they match.'
				},
				{
					...LAITIMES_2023,
					after: 'outcome',
					quote:
						'It is not difficult to foresee that this "price war" provoked by Alibaba Cloud has successfully set off a chain reaction in the industry.',
					role: 'context'
				},
				{
					assumption:
						'40 % of a 20-point undercut, an assumption: no source sizes rivals’ answer to an undercut of core prices. Rivals answer part of a small undercut, since matching it costs them margin on all their customers, and all of a 50-point one, which would take Alibaba’s core prices to about their cost and threaten their core business. A judgement; interval 10–80 %.'
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
			uncertain: { dist: 'triangular', low: 0.35, high: 0.65 },
			sources: [
				{
					assumption:
						'50 %: Alibaba does not report the cloud unit’s gross margin. It must exceed the 5–9 % adjusted EBITA margin by the unit’s R&D, sales and administration; usage on data centres with spare capacity costs mostly power and bandwidth. Interval 35–65 %.'
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
				'Extra usage fills data centres and buys servers and power in bulk; unit cost falls by this share for each doubling, a year behind the usage (and rises when usage is lost). 0 means no scale effect.',
			uncertain: { dist: 'triangular', low: 0.03, high: 0.2 },
			sources: [
				{
					...EXPERIENCE_CURVES,
					role: 'context',
					note: 'A 75–90 % experience curve lowers cost by 10–25 % per doubling of cumulative output; the author does not know cloud’s own rate.'
				},
				{
					...AWS_TREND,
					role: 'context',
					note: 'The market-wide decline in cloud prices, and the costs behind them. It is common to both options and cancels; only Alibaba’s own extra scale is modelled.'
				},
				{
					assumption:
						'10 % per doubling: the shallow end of typical experience curves (a 90 % curve), because most of the market’s 20 % a year is better hardware that both options get, and a cut adds usage, not a doubling of cumulative experience. Interval 3–20 %; the model card gives the verdict without it.'
				}
			]
		},
		{
			id: 'ebita',
			label: 'Adjusted EBITA margin, 2024, at the cut made',
			unit: '%',
			default: 0.09,
			min: 0,
			max: 0.15,
			step: 0.005,
			description:
				'Sets R&D, sales and administration, the same in both options, so that at the 22 % cut Alibaba made the unit earns this margin in 2024: they move the level of profit, never the difference between the options.',
			sources: [
				{
					...EBITA_SEP_Q_2024,
					role: 'value',
					derive: {
						figure: '9%',
						formula: 'x / 100',
						says: 'the September quarter of 2024, the first after both cuts, as a share'
					}
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
					...cloudRevenueDecQ2023,
					role: 'value',
					derive: {
						figure: 'RMB 28,066 million',
						formula: 'x * 4 / 1000 / 7.2',
						says: 'the December quarter of 2023, before the cuts, times four, in RMB bn at RMB 7.2 per USD'
					}
				},
				{
					assumption:
						'RMB 7.2 per USD: roughly the exchange rate of 2024. The conversion scales every money figure alike and changes no verdict.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Revenue growth if prices are kept and rivals do not cut',
			unit: '%',
			default: 0.1,
			min: -0.05,
			max: 0.3,
			step: 0.005,
			uncertain: { dist: 'normal', low: 0.05, high: 0.15 },
			sources: [
				{ ...cloudRevenueDecQ2023, role: 'context' },
				{ ...cloudRevenueDecQ2024, role: 'context' },
				{
					...CANALYS,
					after: 'outcome',
					quote: 'collectively growing 22% and capturing 72% of the total market',
					role: 'context',
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
					...INFOTECH_SHARES,
					quote:
						'Alibaba Cloud (36 percent share), Huawei Cloud (19 percent), Tencent Cloud (16 percent) and Baidu Cloud (9 percent) are the top Cloud service providers in China during the third quarter of 2022, says Canalys report.',
					role: 'value',
					derive: {
						figure: '36 percent',
						formula: 'x / 100',
						says: 'Canalys’s share for the third quarter of 2022, as a share'
					},
					note: 'Two years before the cut. The open-source decision takes Canalys’s 39 % for the third quarter of 2023, closer to it (and including the group’s own use); at 39 % the shares reported by 2033 rise by about 3 points (37 % keeping prices, 41 % cutting), and nothing else moves.'
				},
				{
					...CANALYS,
					after: 'outcome',
					quote: 'collectively growing 22% and capturing 72% of the total market',
					role: 'context',
					note: 'The three leaders together in early 2024, 2 points less than a quarter before.'
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
			uncertain: { dist: 'normal', low: 0.085, high: 0.115 },
			sources: [
				{ ...groupWacc, role: 'context' },
				{
					assumption:
						'10 %: the group’s 7.9 % plus about 2 points for one unit whose profits depend on chips it may not be able to buy. The model carries no separate probability of a chip shock, so the premium counts that risk once. Interval 8.5–11.5 %.'
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
				'The terminal value: each option’s 2033 profit growing at this rate for ever. It must stay below the discount rate (the ranges keep it at least a point below). The cut’s gains come late: at the defaults the years to 2033 favour keeping prices and the years after favour the cut, so the higher this rate, the better the cut does.',
			uncertain: { dist: 'normal', low: 0.015, high: 0.045 },
			sources: [
				{
					assumption:
						'3 % a year for ever: roughly nominal growth of the economy the unit serves, once cloud adoption has matured; the usage won or lost by 2033 is kept, not compounded further. Interval 1.5–4.5 %.'
				}
			]
		}
	],
	series: {
		ramp: {
			label: 'Share of the demand response arrived',
			unit: '%',
			formula: 'prev(ramp) + speed * (1 - prev(ramp))'
		},
		rivals: {
			label: 'Rivals’ core price cut below the market’s path',
			unit: '%',
			formula: rivalsAt('depth')
		},
		relPrice: {
			label: 'Alibaba’s core price relative to rivals’',
			unit: '×',
			formula: '(1 - depth) / (1 - rivals)'
		},
		response: {
			label: 'Core usage once customers have moved, relative to no cut by anyone',
			unit: '×',
			formula: responseAt('depth', 'rivals')
		},
		coreUse: {
			label: 'Core usage, relative to no cut by anyone',
			unit: '×',
			formula: '1 + (response - 1) * ramp'
		},
		restUse: {
			label: 'Usage of the rest of the bill, relative to no cut by anyone',
			unit: '×',
			formula: '1 + attach * (coreUse - 1)'
		},
		usage: {
			label: 'Usage, relative to no cut by anyone',
			unit: '×',
			formula: 'core * coreUse + (1 - core) * restUse'
		},
		costIndex: {
			label: 'Unit cost, relative to no cut by anyone',
			unit: '×',
			formula: '(1 - scale)^log2(prev(usage, 1))'
		},
		base: {
			label: 'Revenue if nobody cuts',
			unit: 'USD bn',
			formula: 'revenue0 * (1 + growth)^t'
		},
		revenue: {
			label: 'Cloud revenue',
			unit: 'USD bn',
			formula: 'base * (core * coreUse * (1 - depth) + (1 - core) * restUse)'
		},
		directCost: {
			label: 'Cost of serving the usage',
			unit: 'USD bn',
			formula: 'base * usage * (1 - margin) * costIndex'
		},
		grossProfit: { label: 'Gross profit', unit: 'USD bn', formula: 'revenue - directCost' },
		grossMargin: { label: 'Gross margin', unit: '%', formula: 'grossProfit / revenue' },
		seenRivals: {
			label: 'Calibration: rivals’ cut in 2024 at the cut Alibaba made',
			unit: '%',
			formula: rivalsAt(String(REPORTED_DEPTH))
		},
		seenCore: {
			label: 'Calibration: core usage in 2024 at the cut Alibaba made',
			unit: '×',
			formula: `1 + (${responseAt(String(REPORTED_DEPTH), 'seenRivals')} - 1) * speed`
		},
		seenRest: {
			label: 'Calibration: usage of the rest of the bill in 2024 at the cut Alibaba made',
			unit: '×',
			formula: '1 + attach * (seenCore - 1)'
		},
		seenRevenue: {
			label: 'Calibration: 2024 revenue at the cut Alibaba made, per unit of revenue if nobody cuts',
			unit: '×',
			formula: `core * seenCore * (1 - ${REPORTED_DEPTH}) + (1 - core) * seenRest`
		},
		seenGross: {
			label: 'Calibration: 2024 gross profit at the cut Alibaba made, per unit of revenue if nobody cuts',
			unit: '×',
			formula: 'seenRevenue - (1 - margin) * (core * seenCore + (1 - core) * seenRest)'
		},
		overheads: {
			label: 'R&D, sales and administration',
			unit: 'USD bn',
			formula: 'base * (seenGross - ebita * seenRevenue)'
		},
		profit: { label: 'Profit (adjusted EBITA)', unit: 'USD bn', formula: 'grossProfit - overheads' },
		pv: {
			label: 'Cumulative present value of profit, value after 2033 not included',
			unit: 'USD bn',
			formula: 'prev(pv) + profit / (1 + rate)^t'
		},
		continuing: {
			label: 'Value after 2033, today’s money',
			unit: 'USD bn',
			formula: `t == periods - 1 ? profit ${AFTER_HORIZON} : 0`
		},
		share: {
			label: 'Alibaba’s share of China’s cloud market',
			unit: '%',
			formula: 'share0 * usage / (share0 * usage + 1 - share0)'
		}
	},
	outputs: {
		value: {
			label: 'Value of the cloud unit’s profit',
			unit: 'USD bn',
			formula: 'last(pv) + last(continuing)',
			description:
				'Present value at 2024 of adjusted EBITA, 2024–2033, plus the years after 2033 growing at the long-run rate (shown apart as the value after 2033).'
		},
		revenueValue: {
			label: 'Revenue 2024–2033, present value',
			unit: 'USD bn',
			formula: 'npv(revenue, rate)'
		},
		directValue: {
			label: 'Cost of serving the usage 2024–2033, present value',
			unit: 'USD bn',
			formula: 'npv(directCost, rate)'
		},
		overheadValue: {
			label: 'R&D, sales and administration 2024–2033, present value',
			unit: 'USD bn',
			formula: 'npv(overheads, rate)'
		},
		horizon: { label: 'Value to 2033', unit: 'USD bn', formula: 'last(pv)' },
		beyond: {
			label: 'Value after 2033 (terminal value)',
			unit: 'USD bn',
			formula: 'last(continuing)',
			description: '2033’s profit growing at the long-run rate for ever, in 2024 money.'
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
			formula: 'last(usage) - 1',
			description:
				'How much more (or, if negative, less) Alibaba Cloud is used in 2033 than in a market where nobody cuts.'
		},
		gap: {
			label: 'Core price below rivals’',
			unit: '%',
			formula: '1 - first(relPrice)',
			description: 'How much cheaper Alibaba’s core services are than rivals’; negative when dearer.'
		},
		grossMarginNow: { label: 'Gross margin, 2024', unit: '%', formula: 'first(grossMargin)' },
		profitNow: { label: 'Profit, 2024', unit: 'USD bn', formula: 'first(profit)' },
		ebitaNow: {
			label: 'Adjusted EBITA margin, 2024',
			unit: '%',
			formula: 'first(profit) / first(revenue)'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'beyond' },
	chart: { series: 'pv' },
	breakdown: { add: ['revenueValue', 'beyond'], subtract: ['directValue', 'overheadValue'] },
	profile: {
		param: 'depth',
		output: 'value',
		optimum: { option: 'cut', follows: 'war', defaultIs: 'the cut Alibaba made' }
	},
	teach: {
		context: [
			{
				text: 'In 2024 Alibaba Cloud cut the prices of its core services twice, in China in February and abroad in April, by more than a fifth on average and by more than half on some products. An observer read it as a bet on share over profit, after adoption had been slower than hoped.',
				after: 'outcome',
				sources: [
					{ ...FEB_CUT, role: 'context' },
					{ ...APR_CUT, role: 'context' },
					{ doc: DOC_TOWSON, after: 'outcome', quote: TOWSON_SHARE, role: 'context' },
					{ doc: DOC_TOWSON, quote: TOWSON_ADOPTION, role: 'context' },
					{
						doc: DOC_TOWSON,
						after: 'outcome',
						quote:
							'They want to expand their capabilities with investment. And expand adoption with price cuts.',
						role: 'context'
					}
				]
			},
			{
				text: 'The check a facilitator draws on the board: to keep gross profit unchanged, usage must rise by cut ÷ (margin − cut). With round figures for illustration (a 50 % gross margin, a cut of a fifth), a cut on all revenue needs two thirds more usage; the same cut on core services that are 40 % of the bill (8 % on the whole bill) needs 19 % more usage of the whole bill, and far more of the core services if the rest of the bill does not come along. A cut deeper than the margin loses money on every unit sold until costs fall.',
				sources: []
			},
			{
				text: 'Rivals were cutting too: in 2023 Tencent cut core products by up to 40 % and China Mobile by up to 60 %, with capacity to fill. In a price war keeping prices is not standing still: it leaves Alibaba dearer than its rivals. And a cut that undercuts them is answered, the more the deeper it goes. Cloud prices also fall about a fifth a year for everyone as hardware improves; the model measures both options against that path.',
				sources: [
					{
						...REUTERS_TENCENT,
						quote:
							'Chinese internet giant Tencent Holdings is cutting prices for cloud services by up to 40% from June amid similar moves from rivals that have plunged the sector into a price war.',
						role: 'context'
					},
					{
						...CANALYS,
						quote: 'The Chinese cloud market is entering a new phase of intense price competition.',
						role: 'context'
					},
					{
						...CANALYS,
						after: 'outcome',
						quote:
							'Tencent Cloud quickly followed suit, announcing significant price reductions for its foundation models in May.',
						role: 'context',
						note: 'About AI model prices, not core services: that rivals follow a cut, not how much of one on core services they match.'
					},
					{ ...AWS_TREND, role: 'context' }
				]
			},
			{
				text: 'What happened next, to argue with: a year after the cuts cloud revenue grew 13 %, against 3 % a year before, and the adjusted EBITA margin rose from 5.1 % to 9 %. AI demand and the shedding of low-margin project work played a part too; the model is calibrated to the 9 % and holds everything else the same in both options.',
				after: 'outcome',
				sources: [
					{ ...cloudRevenueDecQ2023, role: 'context' },
					{ ...cloudRevenueDecQ2024, role: 'context' },
					{ ...EBITA_SEP_Q_2024, role: 'context' }
				]
			}
		],
		prompts: [
			{
				id: 'response',
				text: 'How strongly must core usage respond for the cut to pay for itself? Is that plausible for customers who take months to move their workloads?',
				param: 'elasticity'
			},
			{
				id: 'match',
				text: 'Slide the rivals’ match to 100 %. What is left of the case for cutting, and who gains from a price war?',
				param: 'match'
			},
			{
				id: 'attach',
				text: 'The case rests on customers coming for cheap core services and bringing the rest of their bill at full price. Set the share of the rest that follows to 0: does the cut still pay?',
				param: 'attach'
			},
			{
				id: 'scale',
				text: 'More usage spreads data centres, servers and power over more units. How large must that saving per doubling of usage be for the cut made to pay, and what is left of the case without it?',
				param: 'scale'
			},
			{
				id: 'patience',
				text: 'The cut gives up profit at once and wins it back late, much of it after 2033. Would a board that watches quarterly profit wait that long, and what would you tell investors meanwhile?'
			},
			{
				id: 'depth',
				text: 'Read the chart of value against depth. Where does the best cut lie, why there, and what would move it?',
				param: 'depth'
			}
		]
	},
	card: {
		includes: [
			'A cut on the core services only, a share of revenue; the rest keeps its prices.',
			'A price war: rivals cut on their own whatever Alibaba does, so keeping prices leaves Alibaba dearer and losing customers (the defensive motive).',
			'Rivals answer an undercut, and match more of a deeper one, an assumed form. That answer, not demand, gives value against depth a best point: if rivals never answer, a deeper cut is always worth more. The best point follows the rivals’ own cut and their match (a few points beyond a 10 % war at the 40 % match assumed; about 28 % at a match of 10 %, 11 % at 80 %), so it illustrates the mechanism rather than measuring Alibaba’s best cut. The page states it under the verdict, beside the verdict at the depth set.',
			'Core usage responds to Alibaba’s core price relative to rivals’ with a constant elasticity; the rest of the bill follows a stated share of the core usage won or lost.',
			'Customers move over years, in both directions.',
			'Unit cost falls with extra usage (and rises with usage lost), a year behind it.',
			'R&D, sales and administration the same in both options, calibrated so that 2024 at the cut made shows the reported 9 % adjusted EBITA margin.',
			'A terminal value after 2033 at an explicit long-run growth, shown as its own part of the value.'
		],
		leavesOut: [
			{
				what: 'A finite pool of customers willing to move (a response that flattens with the gap)',
				why: 'Only the rivals’ answer, an assumed form, bounds the depth; with no answer at all (match 0) the model lets a deep cut pay as a loss leader up to 60 %, which a finite pool would stop earlier. No figure exists for the pool.'
			},
			{
				what: 'Capacity: data centres and chips bought before the customers arrive',
				why: 'Providers had spare capacity in 2023–2024 (the Reuters report); the cost of capacity is inside the unit cost, which scales with usage.'
			},
			{
				what: 'Price as a signal: customers who learn that list prices were padded, and prices that cannot be raised again',
				why: 'Real, but with no figure; it would lower the value of deep cuts further, so the best depth shown is an upper bound on this count.'
			},
			{
				what: 'The AI model (API) price cuts of May 2024',
				why: 'A separate decision with its own, much higher, elasticity; the core cut is what this page asks about.'
			},
			{
				what: 'Cloud use by the group’s own businesses (Taobao, Cainiao and others)',
				why: 'It is inside the unit’s revenue, and the model reprices it and lets it respond to rivals’ prices as if it came from outside customers; for the group a cut on it is a transfer, and captive use does not switch. Left out, both the cut’s cost and its gain, and so every money figure, the lead and the share, would shrink by about the internal share (not reported in this form); the verdict’s sign would not change.'
			},
			{
				what: 'A chip-supply shock as a probability',
				why: 'It is carried once, as a premium in the discount rate; counting it again as a probability would count it twice.'
			}
		],
		carries: ['elasticity', 'attach', 'core', 'margin', 'war', 'match', 'scale', 'speed'],
		actual:
			'Alibaba cut its core prices by about 22 % on average in 2024. At the sourced defaults the model says keeping prices is narrowly ahead of that 22 % cut, by under 2 % of the unit’s value, a toss-up in the simulated futures, and that a shallower cut beats both. That best depth is not a finding about Alibaba’s customers but an illustration of the mechanism: it follows two assumptions about rivals no source sizes, their own cut in the price war and how much of an undercut they match. At the 40 % match assumed it lies about 3 points beyond their own cut (13 % at the 10 % assumed; 3 % if rivals do not cut on their own, 23 % if they cut 20 %); at a match of 10 % it is 28 %, at 80 % 11 %, and if they never answer the deepest cut is best. Keeping prices loses customers to rivals who cut anyway; a cut beyond theirs is answered, the more the deeper it goes. Even at the best depth the cut is behind to 2033 and all of its lead lies in the terminal value after it. The 22 % cut pays if more than about 52 % of the rest of the bill follows core usage, if scale saves more than about 11 % per doubling, or if rivals’ own cut exceeds about 11 %; with no scale saving no cut pays at all. The stated response of core usage, 1.2, comes to about 2.0 on the whole bill against keeping prices (usage about 20 % higher for an average price 8.8 % lower), just short of the 21 % more usage the board check asks of an 8.8 % cut: hence the toss-up. The reported rise in margin from 5.1 % to 9 % came with AI demand and cost savings the model holds equal in both options.',
		answers: [
			{
				finding:
					'The best depth (about 12–13 %) rests on the rivals’ own cut, which no source supports: source it, or say so.',
				answer:
					'Said, since it cannot be sourced. No source found gives the size of rivals’ cut across their core services: Canalys reports a price war and Reuters rivals with spare capacity, and the sizes reported are for single products. So the rivals’ own cut stays an assumption, labelled with its reason and a 90 % interval of none to 20 %, and the page says under the verdict, computed at the values set, the best depth, the assumption it follows and the best depth at both ends of that interval (3 % and 23 % at the defaults). The verdict at the 22 % cut made rests on it too: the cut pays once rivals cut more than about 11 % on their own.'
			},
			{
				finding: 'Calibrate the base year to the reported ~9 % adjusted EBITA margin.',
				answer:
					'Followed, for the world Alibaba chose: at the 22 % cut the model’s 2024 margin is the reported 9 % whatever the other assumptions. Keeping prices then shows a higher 2024 margin, because the 9 % was earned after the cuts; overheads are the same in both options, so the calibration moves levels, not the verdict.'
			},
			{
				finding:
					'The best depth comes from the assumed shape of rivals’ matching, not from demand, and its stated reason, that the price gap peaks at a middle depth, is wrong for 13 %.',
				answer:
					'Said, without changing the model. Demand here has a constant elasticity and no limit on the customers who move, so with no answer from rivals a deeper cut is always better; the best depth exists because rivals match more of a deeper undercut, and it lies where the share of each further point they match, with the revenue given up, outweighs the customers won, well short of the widest gap (a 40 % cut). The card, the guide and the parameters now say it follows the match as well as the war (about 28 % at a match of 10 %, 11 % at 80 %) and illustrates the mechanism. A finite pool of movable customers stays in what the model leaves out: no figure exists for it. The page’s sentence under the verdict names only the war, the one assumption it can follow.'
			},
			{
				finding:
					'The stated elasticity of 1.2 hides an effective whole-bill elasticity of about 2; “core services alone need 2” holds only for a small cut.',
				answer:
					'Shown beside it, in the elasticity’s description and in the card’s account of the verdict: against keeping prices the 22 % cut raises whole-bill usage about 20 % for an average price 8.8 % lower, about 2.0, just short of the 2.1 the board check asks. Core services alone need 2 for a small cut and 2.33 for a 22 % one, now said.'
			},
			{
				finding: 'The group’s own cloud use is repriced and responds as if it were external.',
				answer:
					'Listed in what the model leaves out, with its effect: both sides of the comparison, and so every money figure and the lead, shrink by about the internal share; the sign of the verdict does not change.'
			},
			{
				finding:
					'The rivals’ match cites AI-model price cuts, not core prices; the share before the cut is Canalys’s 2022 figure where another decision uses 2023’s.',
				answer:
					'The AI-model quote stays as context, now said to be about a separate market, and the 40 % match is labelled an assumption with its reason. The 2022 share is kept and the choice explained: at 2023’s 39 % only the reported shares move, by about 3 points.'
			},
			{
				finding:
					'The guide reads keeping prices’ 14.7 % margin in 2024 as a finding, and says a price war’s gains go to customers, which the model does not count.',
				answer:
					'Reworded: the 14.7 % follows from setting 2024 to the reported 9 % at the cut (the reported margin rose from 5.1 % to 9 % with the cut), and who gains from a price war is labelled an argument from outside the model, which has no customer surplus and no rivals’ profit.'
			}
		]
	}
};
