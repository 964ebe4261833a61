/**
 * Brief 4: spin off Alibaba Cloud as a listed company, or keep it inside the group, when US export
 * controls on advanced chips may tighten.
 *
 * The economics. The cloud unit earns a margin on a growing revenue, pays tax on it, and must build
 * capacity for each yuan of revenue it adds. Its value to Alibaba’s shareholders is the market value of the
 * cash left after tax and that build-out, and it differs between the options in four ways:
 * - Market value: inside the group the market credits only (1 − discount) of the unit’s value; a full
 *   spin-off removes that discount but lists a single-business Chinese AI company while chip policy is
 *   unsettled, and the market credits only (1 − haircut) of it.
 * - Funding: inside the group the build-out is paid for at the group’s cost of capital (the discount
 *   rate); standalone, whatever the build-out needs beyond the unit’s own cash is raised from outside and
 *   costs a premium a year (interest, deducted from taxable profit) for as long as it is outstanding.
 * - Chip controls: with probability pTighten they tighten, the unit grows more slowly for the decade and
 *   the capacity it still builds costs more. Inside the group the parent’s cash and chips can keep part of
 *   the lost growth (cushion), at that dearer price, and it does so only when that growth earns its
 *   capital at the group’s cost of capital: a cushion is an option, not an obligation.
 * - The expected chip loss enters the cash of both options through that probability; the discount rate
 *   carries no chip-policy premium. A price the market puts on the group’s own exposure to chip policy
 *   would fall on both options alike and is left out: the haircut is only the extra discount a standalone
 *   suffers beyond it (the buyers it loses), not a second charge for the same risk. A standalone's lack of
 *   a parent's cash is priced by the funding premium and the cushion, so it is not in the haircut either.
 * The two chip scenarios are run side by side (the funding need is not linear in revenue) and weighted.
 *
 * Every default is what could be known on 16 November 2023, when the spin-off was dropped; later figures
 * are shown as context, marked as hindsight. Money is in USD bn (RMB converted at 7.2 per USD), after tax,
 * in present value at the end of 2023; t = 0 is the decision and carries no cash; 2024–2033 are modelled
 * year by year and the years after 2033 as a growing perpetuity, its own part of the value (`terminal`),
 * added in 2033 on the chart.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';
import {
	cloudRevenueDecQ2023,
	cloudRevenueDecQ2024,
	groupWacc,
	chinaIncomeTax
} from '$lib/sources/public-figures';

const CHIP_CURBS = {
	url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
	title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
	date: '2023-11-16',
	after: 'outcome' as const,
	quote:
		'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group'
};
/** Alibaba’s own reason, from its results announcement of 16 November 2023, as a spin-off newsletter quotes it. */
const NO_VALUE_ADDED = {
	url: 'https://www.stockspinoffs.com/2023/11/29/alibabas-planned-cloud-spinoff-disappears-in-a-cloud-of-smoke/',
	title: 'Alibaba’s Planned Cloud Spinoff Disappears In A Cloud Of Smoke',
	date: '2023-11-29',
	after: 'outcome' as const,
	quote:
		'We believe that a full spin-off of Cloud Intelligence Group may not achieve the intended effect of shareholder value enhancement.'
};
const HK_IPO_MARKET = {
	url: 'https://www.livemint.com/technology/alibaba-scraps-cloud-unit-spinoff-citing-washington-s-chip-curbs/amp-11700150127427.html',
	title: 'Alibaba scraps cloud unit spinoff citing Washington’s chip curbs',
	date: '2023-11',
	after: 'outcome' as const,
	quote: 'raised just about $4.6 billion this year, down 58%'
};
const MARKET_REACTION = {
	url: 'https://www.networkworld.com/article/1247908/alibaba-scraps-plans-to-hive-off-cloud-business-amid-growing-chip-uncertainties.html',
	title: 'Alibaba scraps plans to hive off cloud business amid growing chip uncertainties',
	date: '2023-11-17',
	quote:
		"a $20 billion decline in Alibaba Group's market value on Friday, as its shares fell 10% in Hong Kong."
};
/**
 * Alibaba’s results announcement for the September quarter of 2024 (traditional Chinese), as reposted on a
 * Sina investor forum: it states the September-quarter 2023 figures, those published on the day of the
 * decision, as its comparatives.
 */
const ALIBABA_SEP_Q = {
	url: 'https://guba.sina.com.cn/?s=thread&bid=13015&tid=50117',
	title: 'Alibaba Group, results for the September quarter of 2024 (Chinese text, reposted)',
	date: '2024-11-15'
};
const BCG_DISCOUNT = {
	url: 'https://www.bcg.com/en-us/publications/2014/divestitures-invest-wisely-divest-strategically-tapping-power-diversity-raise-valuations',
	title: 'Invest Wisely, Divest Strategically (BCG and HHL Leipzig)',
	date: '2014-04'
};
const CASH_MACHINE = {
	doc: DOC_TOWSON,
	quote:
		'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
};
const DROPPED = {
	doc: DOC_SCMP,
	after: 'outcome' as const,
	quote:
		'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.'
};
const PRIORITIES = {
	doc: DOC_SCMP,
	quote:
		'Wu said Alibaba would focus on three key priorities in the next 10 years: technology-driven internet platform businesses, artificial intelligence (AI)-driven technology businesses and global commerce networks.'
};

/** Growth kept at the dearer price pays when a USD of revenue, after tax, earns the capital that builds it. */
const KEPT_GROWTH_PAYS = '(1 - tax) * margin * (1 + rate) >= rate * capital * (1 + chipPremium)';

/**
 * Value at the horizon of a scenario’s years after 2033 (see `terminal`), net of the premium still owed.
 * The balance is repaid by the steady-state cash, `next` a year, over n = owed / next years; each year’s
 * premium is charged on the balance still owed at its start, as before 2033, so it falls as the balance is
 * repaid: after tax, premium × next × (n − aₙ) / rate, the decreasing annuity (n, n − 1, …, 1 at the years
 * 1 … n) with aₙ = (1 − (1 + rate)^−n) / rate. The growth of the repayments (longGrowth) and the premium added
 * to the balance are left out; they offset to within 3 % (run year by year the premium after 2033 is
 * 0.0503 at the defaults, against 0.0489 here, and the lead 0.0110 against 0.0112). A balance never repaid pays the premium for ever.
 */
const after = (s: string) =>
	`next${s} / (rate - longGrowth) - spin * (1 - tax) * fundingPremium * (next${s} > 0 ? next${s} * (owed${s} / next${s} - (1 - (1 + rate)^(-owed${s} / next${s})) / rate) / rate : owed${s} / rate)`;

export const cloudSpinoff: ModelDef = {
	id: 'cloud-spinoff',
	title: 'Alibaba Cloud: spin it off, or keep it?',
	question:
		'Should Alibaba list its cloud unit as a separate company, or keep it inside the group, when US export controls on advanced chips may tighten?',
	summary:
		'Value to Alibaba’s shareholders = the share of the cloud unit’s value the market credits (less a policy haircut after a spin-off, less the conglomerate discount inside the group) × (cash after tax and the build-out if controls hold − expected loss if they tighten − the premium a standalone pays on the capital it must raise), with the years after 2033 shown as their own part.',
	periods: { count: 11, unit: 'year', start: 2023 },
	flags: { spin: 0 },
	options: [
		{
			id: 'spinoff',
			label: 'Spin off the cloud unit',
			description:
				'A full spin-off: Alibaba’s shareholders receive the cloud company’s shares. It sheds the conglomerate discount but lists while chip policy is unsettled, raises from outside whatever its build-out needs beyond its own cash, and rides a chip shock alone.',
			set: { spin: 1 }
		},
		{
			id: 'keep',
			label: 'Keep it in the group',
			description:
				'E-commerce cash funds the build-out and can keep part of the growth a chip shock would cost, at the dearer price capacity then has, when that growth is worth its capital; but the market keeps valuing the unit at a conglomerate discount.',
			set: { spin: 0 }
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
				'The chance, as seen in November 2023, that US export controls on advanced chips tighten again and limit the capacity the unit can build. It puts the expected chip loss into both options’ cash; the haircut is not that loss but the extra discount a standalone suffers beyond the group’s own exposure.',
			uncertain: { dist: 'pert', low: 0.2, high: 0.8 },
			sources: [
				{ ...DROPPED, role: 'context' },
				{ ...CHIP_CURBS, role: 'context' },
				{
					assumption:
						'50 %: controls had just been widened in October 2023; no published probability exists. The crux of the decision: find where it flips the answer. The discount rate carries no chip-policy premium, so the expected loss is counted here, once, in both options.'
				}
			]
		},
		{
			id: 'discount',
			label: 'Conglomerate discount a spin-off removes',
			unit: '%',
			default: 0.105,
			min: 0,
			max: 0.4,
			step: 0.005,
			description:
				'The share of the cloud unit’s value that Alibaba’s share price does not reflect while the unit sits inside the group, and that a listing would unlock.',
			uncertain: { dist: 'pert', low: 0, high: 0.2 },
			sources: [
				{
					...BCG_DISCOUNT,
					quote:
						'From 1998 through 2009, our previous study found an average conglomerate discount of –10.5 percent in North America compared with –5.9 percent in western Europe.',
					role: 'value',
					derive: {
						figure: '10.5 percent',
						formula: 'x / 100',
						says: 'the average discount over 1998–2009 of conglomerates based in North America: 10.5 / 100 = 0.105. BCG’s regions are where companies are based, and Alibaba is based in China, so this is not a figure for Alibaba. Using it is a judgement: Alibaba’s shares have been listed in New York since 2014, and the figure sits at the foot of the 10–15 % the study found after 2009 for companies listed in the United States; for companies based in Asia-Pacific, like Alibaba, it found most at a premium, which pulls the other way (the interval reaches down to nothing). No figure for Alibaba’s own discount on its cloud unit is published.'
					}
				},
				{
					...BCG_DISCOUNT,
					quote:
						'In Asia-Pacific, more than half (55 percent) of diversified companies actually enjoyed a premium during the same period.',
					role: 'context',
					note: 'Alibaba is based in Asia-Pacific, where most conglomerates traded at a premium: the evidence closest to its home points below the default, and the interval reaches down to nothing (from revision 4; 1 % before). The model does not let the discount turn into a premium: what earns Asian groups a premium, an internal capital market where outside capital is dear, is already in the model as the funding premium and the cushion.'
				},
				{
					...BCG_DISCOUNT,
					quote:
						'Among companies publicly listed in the United States, the discount has increased to its precrisis range of –10 to –15 percent after shrinking to approximately –7 percent during the crisis.',
					role: 'context',
					note: 'Alibaba’s shares were listed in New York from 2014: the evidence closest to where it is priced points at or above the default. Mostly US companies, so not a measurement of a Chinese group either.'
				},
				{
					url: 'https://rpc.cfainstitute.org/en/research/cfa-digest/2002/11/does-corporate-diversification-destroy-value-digest-summary',
					title: 'Does corporate diversification destroy value? (CFA Digest summary)',
					date: '2002-11',
					quote:
						'These reports suggested that conglomerate companies were discounted by as much as 15 percent from the value that could be attained by divesting and operating the divisions as stand-alone companies.',
					role: 'context',
					note: 'The top of the US reports, and the default before revision 3: the interval reaches above it for a group as sprawling as Alibaba was in 2023.'
				},
				{
					url: 'https://nowpublishers.com/article/Details/CFR-0135',
					title:
						'The Berger–Ofek diversification discount is just poor firm matching (Critical Finance Review)',
					date: '2024-02-14',
					quote:
						'For most firms, the diversification discount is an artifact of the methods used to create it.',
					role: 'context',
					note: 'Published after the decision (a working paper before it): why the measured discount may overstate what a separation unlocks.'
				}
			]
		},
		{
			id: 'haircut',
			label: 'Standalone valuation haircut under chip-policy uncertainty',
			unit: '%',
			default: 0.1,
			min: 0,
			max: 0.4,
			step: 0.005,
			description:
				'The extra discount a spun-off cloud company would suffer, beyond what the market already puts on the same unit inside the group, while chip policy is unsettled: a single-business Chinese AI company can lose whole classes of buyers to one US listing decision (index and mandate exclusions, investors who hold the group for its e-commerce cash). Its lack of a parent’s cash is priced apart, by the funding premium and the cushion, so it is not in the haircut. The group’s own exposure to chip policy is not in it, and neither is the expected chip loss, which is in both options’ cash. A haircut only: the buyers a pure play might attract are what the conglomerate discount measures. Inside the group the conglomerate discount applies instead. Revision 4 narrowed the definition (revision 3’s haircut was the price of holding the chip risk itself) and kept the 10 % default, so the same number is now a larger claim about lost buyers alone; the verdict flips 0.1 point above it.',
			uncertain: { dist: 'pert', low: 0.02, high: 0.25 },
			sources: [
				{
					...NO_VALUE_ADDED,
					role: 'context',
					note: 'Alibaba’s own reason: a listing at that moment would not have been valued well. It gives no size.'
				},
				{ ...CHIP_CURBS, role: 'context' },
				{
					url: 'https://www.digitalbulletin.com/mobile/news/chinas-sensetime-postpones-ipo-after-being-placed-in-us-investment-blacklist',
					title: 'China’s SenseTime postpones IPO after being placed in US investment blacklist',
					date: '2021-12-13',
					quote:
						'Chinese AI start-up SenseTime has postponed its $767m Hong Kong IPO after being placed on a US investment blacklist.',
					role: 'context',
					note: 'The precedent a Chinese AI listing faced in 2023: a US designation can bar US investors from a company’s listed shares, which removes buyers and can only lower its price.'
				},
				{
					assumption:
						'10 %: no published estimate of the listing discount exists. From almost nothing (a market that prices the unit on its expected cash alone) to a quarter (one that will not hold the policy risk on its own). It is not the expected chip loss, which pTighten and hit carry in both options’ cash flows, nor a price on chip risk that Alibaba, itself a listed Chinese AI business, would bear too: only what a standalone loses beyond the group, buyers that index rules, mandates or a US designation would shut out and the parent’s cash it could no longer call on. Revision 4 changed this definition, not the figure: no one measured either.'
				}
			]
		},
		{
			id: 'fundingPremium',
			label: 'Extra cost of raised capital, standalone',
			unit: '%',
			default: 0.01,
			min: 0,
			max: 0.05,
			step: 0.0025,
			description:
				'How much more a year a standalone cloud company pays than the group’s own cash costs, on the capital it has to raise from outside: what its build-out needs beyond its own cash, for as long as that capital is outstanding. Paid as interest, so it is deducted from taxable profit.',
			uncertain: { dist: 'pert', low: 0.0025, high: 0.03 },
			sources: [
				{ ...CASH_MACHINE, role: 'context' },
				{
					...HK_IPO_MARKET,
					role: 'context',
					note: 'Hong Kong IPOs in 2023: a weak market in which to raise equity.'
				},
				{
					assumption:
						'One percentage point: a single-business Chinese cloud company exposed to chip policy pays more for capital than a group with a large net cash position.'
				}
			]
		},
		{
			id: 'capital',
			label: 'Capital per unit of revenue added',
			unit: '×',
			default: 1,
			min: 0.3,
			max: 2.5,
			step: 0.05,
			description:
				'The build-out: USD of data centres, servers and chips needed for each USD of yearly revenue added, spent in the year the revenue arrives. It leaves the cash line in both options. Replacing worn assets is already in the margin, as depreciation.',
			uncertain: { dist: 'triangular', low: 0.5, high: 1.8 },
			sources: [
				{
					assumption:
						'1.0: a cloud provider carries roughly a year’s revenue in servers and buildings; no public split of Alibaba’s capital spending by unit for 2023 is to hand. The earlier 15 % of revenue a year is about 1.65 at 10 % growth, inside the interval.'
				}
			]
		},
		{
			id: 'chipPremium',
			label: 'Extra cost of capacity if controls tighten',
			unit: '%',
			default: 0.3,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'When advanced chips cannot be bought, each unit of capacity costs this much more: stockpiles bought ahead, domestic accelerators with less performance per yuan. It applies to whatever either option still builds, and it is the price the group pays for the growth it keeps.',
			uncertain: { dist: 'pert', low: 0.05, high: 0.8 },
			sources: [
				{ ...CHIP_CURBS, role: 'context' },
				{
					assumption:
						'30 %: no published comparison of the cost of capacity with and without advanced chips exists for Alibaba; restricted buyers pay more for older or domestic accelerators that do less work each.'
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
			uncertain: { dist: 'pert', low: 0.02, high: 0.1 },
			sources: [
				{ ...CHIP_CURBS, role: 'context' },
				{
					assumption:
						'Six points a year: AI workloads were the unit’s fastest-growing business and need advanced chips; no published estimate of the effect exists.'
				}
			]
		},
		{
			id: 'cushion',
			label: 'Share of the lost growth the group can keep',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'Inside the group the parent can keep this share of the growth a chip shock takes: its cash pays for capacity at the dearer price, and chips it already holds can be moved to the cloud, where a standalone, marked down and raising from outside, cannot. It keeps that growth only when growth pays, that is when a USD of revenue, after tax, earns the dearer capital that builds it at the group’s cost of capital; otherwise it lets the growth go, as a standalone must.',
			uncertain: { dist: 'pert', low: 0.2, high: 0.8 },
			sources: [
				{
					...CASH_MACHINE,
					role: 'context',
					note: 'Why a parent’s cash matters to a capital-hungry AI unit; it gives no share.'
				},
				{
					url: 'https://www.rdlacademicdatabase.cloud/publications/diversifications-effect-on-firm-value-69290',
					title:
						'Diversification’s effect on firm value (Berger and Ofek, Journal of Financial Economics, 1995)',
					date: '1995',
					quote: 'We find that overinvestment and cross-subsidization contribute to the value loss.',
					role: 'context',
					note: 'Why the group keeps growth only when it pays: a parent that kept buying growth that earns less than its capital would over-invest, and that is part of what the conglomerate discount already charges; counting it in the cash flows too would count it twice.'
				},
				{
					assumption:
						'Half: the group’s cash can pay for dear capacity but cannot buy chips that may not be sold. No published figure exists.'
				}
			]
		},
		{
			id: 'rev0',
			label: 'Cloud revenue, 2023 run rate',
			unit: 'USD bn/yr',
			default: 15.4,
			min: 10,
			max: 25,
			step: 0.1,
			sources: [
				{
					...ALIBABA_SEP_Q,
					quote: '相較 2023 年同期的人民幣 27,648 百萬元增長 7%',
					role: 'value',
					derive: {
						figure: '27,648',
						formula: 'x * 4 / 1000 / 7.2',
						says: 'the cloud unit’s revenue in the September quarter of 2023, published on the day of the decision, is RMB 27,648 m (the comparative in the 2024 announcement); four times that is RMB 110.6 bn a year, and at RMB 7.2 per USD, USD 15.4 bn'
					}
				},
				{
					...cloudRevenueDecQ2023,
					role: 'context',
					note: 'The quarter after the decision, published in February 2024: hindsight, the default before revision 3 (USD 15.6 bn).'
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
			uncertain: { dist: 'normal', low: 0.05, high: 0.15 },
			sources: [
				{ ...cloudRevenueDecQ2023, role: 'context' },
				{
					...cloudRevenueDecQ2024,
					role: 'context',
					note: 'A year after the decision: what happened, not what was known.'
				},
				{
					assumption:
						'10 % a year, 2024–2033: growth in 2023 was in the low single digits, held down as the unit shed low-margin project work, while AI demand was expected to lift it. No forecast for the unit was published. (Before revision 3 the reason cited the 13 % of late 2024, which was not known at the decision.)'
				}
			]
		},
		{
			id: 'margin',
			label: 'Cash margin before the build-out, over the unit’s life',
			unit: '%',
			default: 0.1,
			min: 0.02,
			max: 0.25,
			step: 0.005,
			description:
				'Profit the unit makes per unit of revenue (adjusted EBITA) after replacing worn assets, before tax, the capital for growth and any extra funding cost: the level it holds on average over its life, as expected in November 2023.',
			uncertain: { dist: 'triangular', low: 0.05, high: 0.16 },
			sources: [
				{
					...ALIBABA_SEP_Q,
					quote: '相較 2023 年同期的人民幣 1,409 百萬元增長 89%',
					role: 'context',
					note: 'Known on the day of the decision: adjusted EBITA of RMB 1,409 m on revenue of RMB 27,648 m in the September quarter of 2023, 5.1 %, after the unit had begun shedding low-margin project work.'
				},
				{
					url: 'https://ti-insight.com/amazon-com-announces-third-quarter-results/',
					title: 'Amazon announces third quarter results',
					date: '2023-10-26',
					quote:
						'AWS segment operating income was $7.0bn, compared with operating income of $5.4bn in third quarter 2022.',
					role: 'context',
					note: 'Known at the decision: on sales of USD 23.1 bn, 30 %, the margin of the largest and most mature cloud.'
				},
				{
					url: 'https://www.theregister.com/2023/10/25/google_q3_2023/',
					title: 'Google Cloud misses revenue estimates',
					date: '2023-10-25',
					quote:
						"The stated $266 million of quarterly operating income improved on 2022's $440 million loss.",
					role: 'context',
					note: 'Known at the decision: on revenue of USD 8.4 bn, 3 %, a cloud that had only just turned profitable.'
				},
				{
					url: 'https://reportify.ai/companies/HK:09988/documents?page=8',
					title: 'SPDB International on Alibaba’s September quarter 2024 (summary)',
					date: '2024-11-19',
					quote: 'The adjusted EBITA margin improved to 9%',
					role: 'context',
					note: 'Hindsight: a year after the decision, and the default before revision 3. Not used.'
				},
				{
					assumption:
						'10 %: about twice the 5.1 % the unit had reached when the spin-off was dropped, as it shed low-margin project work and sold more public cloud and AI, but a third of AWS’s 30 %: state-owned telecom clouds keep China’s prices low, and Google Cloud’s 3 % shows how slowly a cloud can climb. Adjusted EBITA stands for the cash margin: depreciation is taken to match the spending that keeps the assets running, while the capital for new capacity is charged separately (capital).'
				}
			]
		},
		{
			id: 'tax',
			label: 'Tax on the unit’s profit',
			unit: '%',
			default: 0.25,
			min: 0,
			max: 0.35,
			step: 0.01,
			description:
				'China’s enterprise income tax on the unit’s adjusted EBITA, alike in both options. It falls on the margin, not on the capital for growth, so it lowers what growth earns on its capital; the standalone’s funding premium is interest and is deducted.',
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
					note: 'A certified high and new technology enterprise pays 15 %: the low end of the interval. The high end, 30 %, allows for withholding tax on dividends paid out of China.'
				}
			]
		},
		{
			id: 'rate',
			label: 'Discount rate (the group’s cost of capital for the unit)',
			unit: '%',
			default: 0.09,
			min: 0.06,
			max: 0.16,
			step: 0.0025,
			description:
				'What the group’s shareholders could earn elsewhere at the cloud unit’s operating risk, after tax, as the cash it discounts is. It carries no chip-policy premium: the expected chip loss is in the cash through pTighten, and what a standalone suffers beyond the group’s exposure is the haircut.',
			uncertain: { dist: 'normal', low: 0.08, high: 0.1 },
			sources: [
				{
					...groupWacc,
					role: 'value',
					derive: {
						figure: '7.9%',
						formula: 'x / 100 + 0.011',
						says: 'the group’s 7.9 % plus 1.1 points for one capital-heavy technology unit (an assumption): 0.079 + 0.011 = 0.09'
					}
				},
				{
					assumption:
						'The 1.1-point premium for a single unit is a judgement. No chip-policy premium: the earlier 10 % included one while the probability of tighter controls also carried the risk, counting it twice. A weighted average cost of capital is after tax, so the cash it discounts is after tax too (from revision 3). The 7.9 % is an estimate published in 2024; a cost of capital moves slowly and interest rates were much the same in November 2023, so it stands for what could be known then, within the 8–10 % interval.'
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
				'Revenue growth a year for ever after 2033, when the unit also builds capacity for it. The value after 2033 is its own part of the verdict (terminal); it must stay below the discount rate.',
			uncertain: { dist: 'pert', low: 0.015, high: 0.045 },
			sources: [
				{
					assumption:
						'3 % a year for ever: roughly the nominal growth of a mature economy, the pace a cloud unit converges to once its market is built out. At 9 % and 3 %, each USD of cash in 2034 is worth about 16.7 USD in 2033.'
				}
			]
		}
	],
	series: {
		revCalm: { label: 'Cloud revenue if controls hold', unit: 'USD bn', formula: 'rev0 * (1 + growth)^t' },
		keeps: {
			label: 'Share of the lost growth the group keeps',
			unit: '%',
			formula: `spin ? 0 : (${KEPT_GROWTH_PAYS} ? cushion : 0)`
		},
		lost: {
			label: 'Growth lost if controls tighten',
			unit: '%',
			formula: 'hit * (1 - keeps)'
		},
		revTight: {
			label: 'Cloud revenue if controls tighten',
			unit: 'USD bn',
			formula: 'rev0 * (1 + growth - lost)^t'
		},
		revBare: {
			label: 'Cloud revenue if controls tighten and no growth is kept',
			unit: 'USD bn',
			formula: 'rev0 * (1 + growth - hit)^t'
		},
		buildCalm: {
			label: 'Capital for growth if controls hold',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : capital * max(0, revCalm - prev(revCalm))'
		},
		buildTight: {
			label: 'Capital for growth if controls tighten',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : capital * (1 + chipPremium) * max(0, revTight - prev(revTight))'
		},
		fundCalm: {
			label: 'Premium on raised capital if controls hold, before tax',
			unit: 'USD bn',
			formula: 'spin * fundingPremium * prev(owedCalm)'
		},
		owedCalm: {
			label: 'Capital raised from outside and not yet repaid, if controls hold',
			unit: 'USD bn',
			formula:
				'spin * max(0, prev(owedCalm) + buildCalm + (1 - tax) * fundCalm - (t == 0 ? 0 : (1 - tax) * margin * revCalm))'
		},
		fundTight: {
			label: 'Premium on raised capital if controls tighten, before tax',
			unit: 'USD bn',
			formula: 'spin * fundingPremium * prev(owedTight)'
		},
		owedTight: {
			label: 'Capital raised from outside and not yet repaid, if controls tighten',
			unit: 'USD bn',
			formula:
				'spin * max(0, prev(owedTight) + buildTight + (1 - tax) * fundTight - (t == 0 ? 0 : (1 - tax) * margin * revTight))'
		},
		calmCash: {
			label: 'Cash after tax and the build-out if controls hold, before any premium',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : (1 - tax) * margin * revCalm - buildCalm'
		},
		marginLost: {
			label: 'Expected profit after tax lost to slower growth if controls tighten',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : pTighten * (1 - tax) * margin * (revCalm - revTight)'
		},
		dearer: {
			label: 'Expected extra cost of the capacity still built if controls tighten',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : pTighten * capital * chipPremium * max(0, revTight - prev(revTight))'
		},
		saved: {
			label: 'Expected capital for growth not needed if controls tighten',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : pTighten * (buildCalm - capital * max(0, revTight - prev(revTight)))'
		},
		funding: {
			label: 'Expected premium on raised capital after tax, standalone',
			unit: 'USD bn',
			formula: '(1 - tax) * ((1 - pTighten) * fundCalm + pTighten * fundTight)'
		},
		cash: {
			label: 'Expected cash from the cloud unit',
			unit: 'USD bn',
			formula: 'calmCash - marginLost - dearer + saved - funding'
		},
		taxPaid: {
			label: 'Expected tax on the unit’s profit, less the tax saved on the premium',
			unit: 'USD bn',
			formula:
				't == 0 ? 0 : tax * (margin * ((1 - pTighten) * revCalm + pTighten * revTight) - ((1 - pTighten) * fundCalm + pTighten * fundTight))'
		},
		buildBare: {
			label: 'Capital for growth if controls tighten and no growth is kept',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : capital * (1 + chipPremium) * max(0, revBare - prev(revBare))'
		},
		cushionSpend: {
			label: 'Expected capital the group spends to keep growth',
			unit: 'USD bn',
			formula: '(1 - spin) * pTighten * (buildTight - buildBare)'
		},
		nextCalm: {
			label: 'Cash the year after, if controls hold, before any premium',
			unit: 'USD bn',
			formula: '(1 - tax) * margin * revCalm * (1 + longGrowth) - capital * revCalm * longGrowth'
		},
		nextTight: {
			label: 'Cash the year after, if controls tighten, before any premium',
			unit: 'USD bn',
			formula:
				'(1 - tax) * margin * revTight * (1 + longGrowth) - capital * (1 + chipPremium) * revTight * longGrowth'
		},
		afterCalm: {
			label: 'Value of the years after, if controls hold',
			unit: 'USD bn',
			formula: after('Calm')
		},
		afterTight: {
			label: 'Value of the years after, if controls tighten',
			unit: 'USD bn',
			formula: after('Tight')
		},
		after: {
			label: 'Expected value of the years after, at that year',
			unit: 'USD bn',
			formula: '(1 - pTighten) * afterCalm + pTighten * afterTight'
		},
		credited: {
			label: 'Share of the unit’s value the market credits',
			unit: '%',
			formula: 'spin ? 1 - haircut : 1 - discount'
		},
		pvRaw: {
			label: 'Cumulative present value before the market’s credit (2033 includes the years after)',
			unit: 'USD bn',
			formula: 'prev(pvRaw) + (cash + (t == periods - 1 ? after : 0)) / (1 + rate)^t'
		},
		pv: {
			label: 'Cumulative present value as the market credits it (2033 includes the years after)',
			unit: 'USD bn',
			formula: 'pvRaw - (1 - credited) * max(0, pvRaw)'
		}
	},
	outputs: {
		value: {
			label: 'Expected value to Alibaba’s shareholders',
			unit: 'USD bn',
			formula: 'last(pv)',
			description:
				'Market value of the cloud unit to Alibaba’s shareholders, expected over the chip scenarios: present value at the end of 2023 of the cash after tax and the build-out to 2033 and beyond, at RMB 7.2 per USD.'
		},
		calmValue: {
			label: 'Cash after tax and the build-out if controls hold, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(calmCash, rate)'
		},
		chipCost: {
			label: 'Profit lost and dearer capacity if controls tighten, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(marginLost, rate) + npv(dearer, rate)',
			description:
				'Expected over the chip scenarios: the profit after tax the slower revenue does not earn, and the extra price of the capacity still built. Never negative. The lasting loss, a smaller revenue for ever, is in the value after 2033.'
		},
		chipSaving: {
			label: 'Capital for growth tighter controls make unneeded, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(saved, rate)',
			description:
				'Expected over the chip scenarios: the growth tighter controls take away needs no capacity, at the ordinary price. Never negative. Set against the profit that growth would have earned (part of the cost above, most of it after 2033), it says whether the growth was worth having.'
		},
		fundingCost: {
			label: 'Premium on raised capital after tax, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(funding, rate)'
		},
		marketCost: {
			label: 'Value the market does not credit',
			unit: 'USD bn',
			formula: '(1 - last(credited)) * max(0, last(pvRaw))',
			description:
				'Inside the group the conglomerate discount, after a spin-off the policy haircut: a share of the whole value, the years after 2033 included. A share of value, not of a loss: where the unit is worth less than nothing, both options carry the loss in full.'
		},
		terminal: {
			label: 'Value after 2033, before the market’s credit',
			unit: 'USD bn',
			formula: 'last(after) / (1 + rate)^(periods - 1)',
			description:
				'The years after 2033 as a growing perpetuity, expected over the chip scenarios, net of any premium still owed, in today’s money. The market’s discount or haircut on it is in the value the market does not credit.'
		},
		intrinsic: {
			label: 'Value before the conglomerate discount or the haircut',
			unit: 'USD bn',
			formula: 'last(pvRaw)'
		},
		discountCost: {
			label: 'Value the conglomerate discount takes',
			unit: 'USD bn',
			formula: '(1 - spin) * discount * max(0, last(pvRaw))'
		},
		haircutCost: {
			label: 'Value the standalone haircut takes',
			unit: 'USD bn',
			formula: 'spin * haircut * max(0, last(pvRaw))'
		},
		keptReturn: {
			label: 'What kept growth earns on its dearer capital, after tax',
			unit: '%',
			formula: '(1 - tax) * margin * (1 + rate) / (capital * (1 + chipPremium))',
			description:
				'A year’s profit after tax on a USD of revenue kept through a chip shock, counted from the year its capacity is built (hence × (1 + rate)), per USD of the dearer capital that builds it. The group keeps that growth only when this reaches the discount rate; the same in both options.'
		},
		cushionCost: {
			label: 'Capital the group spends to keep growth, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(cushionSpend, rate)',
			description:
				'The expected present value of the dearer capacity the parent pays for to keep part of the growth tighter controls would cost. Zero when that growth would not earn its capital: the parent then lets it go.'
		},
		taxCost: {
			label: 'Tax on the unit’s profit, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(taxPaid, rate)',
			description:
				'Expected over the chip scenarios, net of the tax a standalone saves on its premium. Already taken out of the cash above; shown so the tax can be seen.'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'terminal' },
	chart: { series: 'pv' },
	breakdown: {
		add: ['calmValue', 'chipSaving', 'terminal'],
		subtract: ['chipCost', 'fundingCost', 'marketCost']
	},
	revision: 4,
	history: [
		{
			revision: 2,
			note: 'corrected economics: the capital for growth now leaves the cash line; the funding premium is paid only on the capital a standalone must raise, while it is outstanding; the growth the group keeps through a chip shock costs the dearer capacity that builds it; the years after 2033 are their own part of the value, and their growth has an uncertainty interval',
			reworked: true
		},
		{
			revision: 2,
			note: 'capital spending as a share of revenue never reduced the cash; it is replaced by the capital needed per unit of revenue added, which does',
			dropped: { id: 'capexShare', label: 'Capital spending per unit of revenue' }
		},
		{
			revision: 2,
			note: 'the valuation haircut a standalone listing suffers while chip policy is unsettled, the reason Alibaba gave; none before',
			added: { id: 'haircut', before: 0 }
		},
		{
			revision: 2,
			note: 'capacity costs more when advanced chips cannot be bought; it did not before',
			added: { id: 'chipPremium', before: 0 }
		},
		{
			revision: 2,
			note: 'the discount rate no longer carries a chip-policy premium: the probability of tighter controls carries that risk, and counting it in both places counted it twice',
			defaultChanged: { id: 'rate', before: 0.1 }
		},
		{
			revision: 3,
			note: 'tax at 25 % now comes off the unit’s profit, and the premium a standalone pays is deducted; the group keeps growth through a chip shock only when that growth earns its dearer capital; the cost of tighter controls is shown as profit lost and dearer capacity, with the capital they make unneeded beside it',
			reworked: true
		},
		{
			revision: 3,
			note: 'China’s enterprise income tax, which the model left out',
			added: { id: 'tax', before: 0 }
		},
		{
			revision: 3,
			note: 'the default is now the average discount of the study it cites, not the top of the range the earlier source reported',
			defaultChanged: { id: 'discount', before: 0.15 }
		},
		{
			revision: 3,
			note: 'the default is now what could be expected at the decision, not the figure published a year later',
			defaultChanged: { id: 'margin', before: 0.09 }
		},
		{
			revision: 3,
			note: 'the default is now the September 2023 quarter, published on the day of the decision, not the December quarter published after it',
			defaultChanged: { id: 'rev0', before: 15.6 }
		},
		{
			revision: 4,
			note: 'after 2033 the premium a standalone pays falls as its steady-state cash repays what it raised; before, it was charged on the whole 2033 balance until the last year of repayment',
			reworked: true
		}
	],
	card: {
		includes: [
			'Cloud revenue growing from its run rate of September 2023, the last quarter published before the decision, with the capital for each USD of revenue added leaving the cash line in both options; replacing worn assets is in the margin, as depreciation.',
			'China’s 25 % enterprise income tax on the unit’s profit. It falls on the margin, not on the capital for growth, so growth must earn its capital after tax; the discount rate, a weighted average cost of capital, is after tax too. A standalone deducts its funding premium, which is interest.',
			'Two chip scenarios weighted by the probability that controls tighten: slower growth for the decade and dearer capacity for whatever is still built. Their cost is shown as the profit lost and the dearer capacity, with the capital for growth they make unneeded beside them, each never negative; whether the lost growth was worth having shows after 2033. The expected chip loss is counted there, once, in both options; the discount rate carries no chip premium, and the haircut is only what a standalone suffers beyond the group’s own exposure.',
			'Inside the group, the parent can keep part of the lost growth at that dearer price, and keeps it only when the growth pays: when a USD of revenue, after tax, earns the dearer capital that builds it at the group’s cost of capital. Then the cushion adds to keeping’s value; otherwise it goes unused, and the unit loses the growth as a standalone would.',
			'Standalone, a premium on the capital the build-out needs beyond the unit’s own cash, paid on the balance still owed and repaid from later surplus (after 2033, from the steady-state cash, so the premium falls as the balance does).',
			'The market’s credit on the whole value: the conglomerate discount inside the group; after a spin-off, a haircut: the extra discount a single-business Chinese AI company listed while chip policy is unsettled suffers beyond what the group already bears. A share of value, not of a loss: where the unit is worth less than nothing, both options carry the loss in full.',
			'The years after 2033 as a growing perpetuity at the long-run growth, shown as their own part of the value (terminal), before the market’s credit.'
		],
		leavesOut: [
			{
				what: 'Strategic value of keeping the AI strategy whole beyond the cash its growth earns (models, data, the group’s other businesses as customers)',
				why: 'No figure exists. The model values growth only for its cash; a reader who believes in more should raise the margin or lower the capital per unit of revenue and watch the cushion come into use and the verdict move.'
			},
			{
				what: 'A parent that keeps growth that does not pay, for its AI priority',
				why: 'That is over-investment, and the study behind the conglomerate discount finds over-investment is part of what the discount measures: charging it in the cash flows too would count it twice.'
			},
			{
				what: 'A standalone that raises capital to keep growth itself',
				why: 'It would pay the funding premium on top of the dearer capacity, in a market that had just marked it down; the model gives it no such cushion, which favours keeping only where growth pays.'
			},
			{
				what: 'A margin that climbs year by year',
				why: 'The margin is one level over the unit’s life, as expected at the decision (10 %, against the 5.1 % of September 2023). A climb from 5.1 % would lower the decade’s cash alike in both options; with one level, whether kept growth pays has one answer, the same in every year.'
			},
			{
				what: 'Tax on the distribution of the new shares, and the difference between a consolidated group and a standalone in using losses',
				why: 'The unit makes a profit at every margin in range, so there are no losses to use; the 15 % rate of a high-technology enterprise and withholding tax on dividends paid out of China are in the tax interval, alike in both options.'
			},
			{
				what: 'Separation costs and lost synergies (shared data centres, the group’s marketplaces as the cloud’s customers, transition services)',
				why: 'No public figure for Alibaba; they fall on the spin-off’s side of the ledger, like the haircut, and above USD 11–12.5 m they alone would flip the default verdict (a far smaller US spin-off, Frontdoor’s from ServiceMaster in 2018, expected about USD 25 m of charges and USD 15–20 m of capital to replicate shared systems). See the answer to the review behind revision 4.'
			},
			{
				what: 'A price the market puts on the group’s own exposure to chip policy',
				why: 'Alibaba is itself a listed Chinese AI business: such a price would fall on both options alike, scale both values alike and change no verdict while the unit is worth anything. The haircut is only what a standalone suffers beyond it.'
			},
			{
				what: 'The haircut or the discount fading as policy settles',
				why: 'Both are the market’s credit when the decision is taken, held for the unit’s life; a holder who never sells receives the same cash either way (the discount prompt).'
			},
			{
				what: 'A minority listing or a tracking stock',
				why: 'The brief sets two options; both would sit between them.'
			}
		],
		carries: ['haircut', 'discount', 'growth', 'margin', 'pTighten', 'capital'],
		actual:
			'In November 2023 Alibaba dropped the full spin-off, naming the US chip controls and saying a spin-off “may not achieve the intended effect of shareholder value enhancement”. With every default set from what could be known that day, the model calls it a tie. On cash alone keeping is worth more, by about USD 0.04 bn on about USD 9.9 bn: the premium the standalone pays on the capital it raises. The spin-off comes out ahead, by about USD 0.01 bn on USD 8.9 bn, only through the market’s credit, 90 % of its value after the haircut against 89.5 % inside the group after the conglomerate discount, two weakly grounded numbers half a point apart. Separation costs and lost synergies, which the model leaves out and which fall on the spin-off’s side, would flip that lead alone above USD 11–12.5 m, a fraction of what a far smaller US spin-off cost. In the simulation keeping comes out ahead in about three futures in four (P(best stays ahead) 25 %). The model neither explains nor contradicts Alibaba’s choice: it says the choice was a judgement on two market prices that nearly cancel, the conglomerate discount a listing would remove (10.5 %, the average for groups based in North America; most groups based in Asia-Pacific traded at a premium) and the extra haircut a Chinese AI listing would suffer beyond the group while chip policy was unsettled (10 %). Alibaba’s statement is the claim that the haircut was the larger: keeping wins once it exceeds about 10.1 %, or once the discount is below about 10.4 %. Chip risk hardly separates the options at the defaults because growth does not earn its capital: a 10 % margin after 25 % tax is 7.5 % a year on about a USD of capital per USD of revenue, below the 9 % cost of capital, so the parent would not pay dearer capacity to keep the growth tighter controls take away, and its cushion goes unused. Tighter controls even narrow the standalone’s funding disadvantage, since it then raises less: at the defaults keeping leads only if they are less likely than about 34 %. Where growth is worth having (a 15 % margin on 0.6 of capital), the cushion is used and keeping wins once tighter controls are more likely than about 6 %. The simulation leans to keeping because the cushion is an option, worth something in the futures where growth pays and nothing where it does not, and because the haircut’s interval reaches further up than the discount’s. Almost all of each option’s value lies after 2033. The market’s fall of about USD 20 bn on the day is twice the whole unit’s value in the model (about USD 10 bn), so it priced more than this decision.',
		answers: [
			{
				finding:
					'The conglomerate discount’s default sits at the top of its cited range (“as much as 15 percent”).',
				answer:
					'Followed. The default is now 10.5 %, the average discount BCG and HHL Leipzig measured for North American conglomerates over 1998–2009, where Alibaba’s shares chiefly trade; the old source’s 15 % stays as context, the top of the US reports. The interval runs from 1 % (in Asia-Pacific most conglomerates traded at a premium, and a 2024 study finds the measured discount mostly an artifact) to 20 %.'
			},
			{
				finding:
					'The group’s cushion can only hurt keeping: a cushion that absorbs part of a chip shock should be able to help.',
				answer:
					'Followed in part. Even at revision 2 the cushion helped keeping wherever the growth it kept earned its capital (a test showed it); at the defaults it hurt because the parent was made to keep growth that earned less than the dearer capacity cost. That made it an obligation, and over-investment of that kind is what the conglomerate discount already charges. It is now an option: the parent keeps growth only when it pays, so the cushion helps keeping or does nothing, and never makes it worse. At the defaults it does nothing; above about a 14 % margin, or with less capital per USD of revenue, it is used and moves the verdict towards keeping.'
			},
			{
				finding:
					'Tax is left out on the claim that it cancels between the options; it does not where their pre-tax flows differ.',
				answer:
					'Followed: the claim was false. Tax at 25 % now falls on the margin but not on the capital for growth, so it lowers what growth earns on its capital; it decides whether kept growth pays (at a 13 % margin the parent would keep growth before tax but not after), and the standalone deducts its premium. It scales the lead exactly with the value only where the options’ flows are proportional, with no cushion in use and no premium; a test shows both. It also cured a mismatch: pre-tax cash had been discounted at an after-tax cost of capital.'
			},
			{
				finding: 'The standalone haircut is one-sided (only a penalty).',
				answer:
					'Answered, not followed. A haircut is one-sided by what it is: losing buyers, as SenseTime lost US investors to a US listing decision in 2021, or pricing a policy risk no one can hedge, can lower a price and never raise it; the expected chip loss itself is in both options’ cash, two-sided. What a pure-play listing might gain, investors paying for a focused AI company, is what the conglomerate discount measures. The net re-rating of a spin-off, discount less haircut, is two-sided: within the two 90 % intervals it runs from about −24 to +18 points, and either option can win.'
			},
			{
				finding: 'The expected cost of tighter controls can be negative, which reads oddly.',
				answer:
					'Followed. It was negative when the capital tighter controls make unneeded before 2033 outweighed the profit lost, with the lasting loss after 2033. The cost is now the profit lost and the dearer capacity, never negative, and the capital saved is its own line beside it, also never negative; the market’s credit is likewise a share of the whole value, so no part of the breakdown changes sign for a reason of timing.'
			},
			{
				finding: 'The 9 % margin default is hindsight, published a year after the decision.',
				answer:
					'Followed. The margin is now 10 %, an assumption made from what was known on 16 November 2023: the unit’s own 5.1 % in the September quarter, AWS’s 30 % and Google Cloud’s 3 % in the same quarter. The 9 % of 2024 stays as context, marked as hindsight. The same check moved the revenue run rate to the September 2023 quarter, published that day, from the December quarter, published in February 2024.'
			},
			{
				finding:
					'On cash alone keeping wins by the spin-off’s funding premium; the spin-off leads only through the market’s credit (0.90 against 0.895).',
				answer:
					'Followed in the text. The card and the guide now give the cash-only lead beside the market’s: before the market’s credit keeping is worth about USD 0.04 bn more (0.047 at revision 3), and the spin-off leads by about USD 0.01 bn only because the market credits 90 % of it against 89.5 % of the unit kept. Both call the default a tie.'
			},
			{
				finding:
					'Any omitted one-off separation cost above USD 7.75 m flips the verdict, and the card admits such costs fall on the spin-off’s side.',
				answer:
					'Answered in the card, not modelled. The threshold is now USD 11–12.5 m (the lead grew with the fix below), and the card says the omitted costs alone exceed it: Frontdoor, a far smaller company spun off from ServiceMaster in 2018, expected about USD 25 m of spin-off charges and USD 15–20 m of capital to replicate shared IT systems. No parameter was added: no figure exists for Alibaba, any default would decide the verdict by itself while resting on another company in another market, and a default of zero would hide a cost whose sign is known.'
			},
			{
				finding:
					'The 10.5 % discount is BCG’s North American average, justified as where Alibaba’s shares are chiefly traded; BCG’s regions are where companies are based.',
				answer:
					'Followed: the justification was wrong. It now says the figure is for groups based in North America and not a figure for Alibaba; that using it is a judgement, resting on Alibaba’s New York listing, where the same study found 10–15 % for listed companies after 2009 (now quoted as context); and that for groups based in Asia-Pacific, like Alibaba, most traded at a premium. The evidence points both ways, so the default stays and the interval now reaches down to nothing (0–20 %, from 1–20 %). At 5 % keeping leads by about USD 0.53 bn: the verdict turns on this judgement, as the card says.'
			},
			{
				finding:
					'Chip risk is counted twice on the spin-off: the text says it lives only in the probability, yet the haircut is the price investors put on holding it.',
				answer:
					'Followed in the definition. The haircut is now the extra discount a standalone suffers beyond the group’s own exposure: the buyers it loses (index and mandate exclusions, a US designation) and the parent’s cash it can no longer call on. A price on chip risk that Alibaba itself would bear falls on both options alike, scales both values and is left out. The header, the probability, the discount rate and the card no longer claim that the risk sits in one place only; they say the expected loss is counted once, in both options’ cash. The default stays at 10 %: no one measured either reading.'
			},
			{
				finding:
					'After 2033 the funding premium is charged on the whole 2033 balance until the last year of repayment, though the balance falls as it is repaid.',
				answer:
					'Followed (revision 4). Each year’s premium after 2033 is now charged on the balance still owed, repaid at the steady-state cash a year (a decreasing annuity): at the defaults, if controls hold, USD 0.049 bn at 2033 instead of 0.067. The spin-off’s lead moves from about USD 0.008 bn to 0.011 bn. Links made earlier are read by the frozen revision 3.'
			},
			{
				finding:
					'The guide calls the funding premium negligible, misstates the cushion’s test, and gives an unsourced view of the probability as reasonable.',
				answer:
					'Followed. The premium is called small but larger than the lead, with the premium that flips the verdict (about 1.3 %); the cushion’s test is stated as what a USD of dearer capital earns after tax against the cost of capital; the probability is left to the room’s judgement.'
			}
		]
	},
	teach: {
		context: [
			{
				text: 'In November 2023 Alibaba dropped the planned full spin-off of its cloud unit, which it had meant to list in 2024, and gave the US export controls on advanced chips as the reason: a full spin-off, it said, might not enhance shareholder value.',
				after: 'outcome',
				sources: [
					{ ...DROPPED, role: 'context' },
					{
						doc: DOC_SCMP,
						quote:
							'had previously said it planned to turn its cloud business – a promising growth area for the company – into an independent, publicly-listed entity at some point next year.',
						role: 'context'
					},
					{ ...CHIP_CURBS, role: 'context' },
					{ ...NO_VALUE_ADDED, role: 'context' }
				]
			},
			{
				text: 'The market reacted at once: Alibaba’s shares fell 10 % in Hong Kong the next day, about USD 20 bn of market value. That is the market’s verdict on the whole announcement, not a figure the model uses; set it beside the model’s numbers and ask what discount it implies.',
				after: 'outcome',
				sources: [{ ...MARKET_REACTION, role: 'context' }]
			},
			{
				text: 'Inside the group, the cloud unit’s build-out is paid for by the e-commerce business’s cash, and management tied the group’s next decade to AI.',
				sources: [
					{ ...CASH_MACHINE, role: 'context' },
					{ ...PRIORITIES, role: 'context' }
				]
			},
			{
				text: 'A standalone cloud company would have raised its capital in a weak market: Hong Kong IPOs raised about USD 4.6 bn in 2023, 58 % less than a year before.',
				sources: [{ ...HK_IPO_MARKET, role: 'context' }]
			}
		],
		prompts: [
			{
				id: 'probability',
				text: 'On which side of what probability of tighter chip controls is keeping the unit worth more? Where would you have put that probability in November 2023, and what else must be true for it to matter?',
				param: 'pTighten'
			},
			{
				id: 'market',
				text: 'The market took about USD 20 bn off Alibaba when the spin-off was dropped. How large a conglomerate discount would the model need to agree, and what else might the market have been pricing?',
				param: 'discount'
			},
			{
				id: 'haircut',
				text: 'Alibaba said a spin-off might not enhance shareholder value. How large a haircut on a standalone listing makes keeping worth more, and how many points of conglomerate discount offset each point of it?',
				param: 'haircut'
			},
			{
				id: 'funding',
				text: 'A standalone cloud company raises from outside whatever its own cash does not cover, at a premium over the group’s cost of capital. How large a premium hands the verdict to keeping, and why do tighter controls shrink it?',
				param: 'fundingPremium'
			},
			{
				id: 'cushion',
				text: 'Inside the group the parent can keep, at a dearer price, part of the growth tighter controls would cost. When does that pay, and what would it cost to keep it when it does not?'
			},
			{
				id: 'discount',
				text: 'Is a conglomerate discount a real loss to a shareholder who never sells? What could remove it without a spin-off?'
			}
		]
	}
};
