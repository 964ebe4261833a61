/**
 * Frozen: the cloud spin-off model as it was at revision 2, for links made then. Generated from the model
 * with JSON.stringify; never edit by hand. It draws by parameter id, as its links did.
 */
import type { ModelDef } from '$lib/engine/types';

export default {
	id: 'cloud-spinoff',
	title: 'Alibaba Cloud: spin it off, or keep it?',
	question:
		'Should Alibaba list its cloud unit as a separate company, or keep it inside the group, when US export controls on advanced chips may tighten?',
	summary:
		'Value to Alibaba’s shareholders = the share of the cloud unit’s value the market credits (less a policy haircut after a spin-off, less the conglomerate discount inside the group) × (cash after the build-out if controls hold − expected loss if they tighten − the premium a standalone pays on the capital it must raise), with the years after 2033 shown as their own part.',
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
				'A full spin-off: Alibaba’s shareholders receive the cloud company’s shares. It sheds the conglomerate discount but lists while chip policy is unsettled, raises from outside whatever its build-out needs beyond its own cash, and rides a chip shock alone.',
			set: {
				spin: 1
			}
		},
		{
			id: 'keep',
			label: 'Keep it in the group',
			description:
				'E-commerce cash funds the build-out and buys back part of the growth a chip shock would cost, at the dearer price capacity then has, but the market keeps valuing the unit at a conglomerate discount.',
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
				'The chance, as seen in November 2023, that US export controls on advanced chips tighten again and limit the capacity the unit can build. The only place chip risk enters the model.',
			uncertain: {
				dist: 'pert',
				low: 0.2,
				high: 0.8
			},
			sources: [
				{
					doc: '002_e74d1a13da165fef.txt',
					quote:
						'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.',
					role: 'context'
				},
				{
					url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
					title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
					date: '2023-11-16',
					quote:
						'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group',
					role: 'context'
				},
				{
					assumption:
						'50 %: controls had just been widened in October 2023; no published probability exists. The crux of the decision: find where it flips the answer. The discount rate carries no chip-policy premium, so this probability is the one place the risk is counted.'
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
						'These reports suggested that conglomerate companies were discounted by as much as 15 percent from the value that could be attained by divesting and operating the divisions as stand-alone companies.',
					role: 'value',
					derive: {
						figure: '15 percent',
						formula: 'x / 100',
						says: '15 percent, the largest discount the US studies report, as a share: 15 / 100 = 0.15. It is the top of what they found, not an average, and no figure for Alibaba’s own discount on its cloud unit is published.'
					}
				},
				{
					url: 'https://nowpublishers.com/article/Details/CFR-0135',
					title:
						'The Berger–Ofek diversification discount is just poor firm matching (Critical Finance Review)',
					date: '2024-02-14',
					quote:
						'For most firms, the diversification discount is an artifact of the methods used to create it.',
					role: 'context',
					note: 'Why the interval reaches down to a few percent.'
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
				'The share of a spun-off cloud company’s value the market would not pay for while chip policy is unsettled: fewer investors may or will hold a single-business Chinese AI company, and its shares would trade on every policy headline. Inside the group the conglomerate discount applies instead.',
			uncertain: {
				dist: 'pert',
				low: 0.02,
				high: 0.25
			},
			sources: [
				{
					url: 'https://www.stockspinoffs.com/2023/11/29/alibabas-planned-cloud-spinoff-disappears-in-a-cloud-of-smoke/',
					title: 'Alibaba’s Planned Cloud Spinoff Disappears In A Cloud Of Smoke',
					date: '2023-11-29',
					quote:
						'We believe that a full spin-off of Cloud Intelligence Group may not achieve the intended effect of shareholder value enhancement.',
					role: 'context',
					note: 'Alibaba’s own reason: a listing at that moment would not have been valued well. It gives no size.'
				},
				{
					url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
					title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
					date: '2023-11-16',
					quote:
						'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group',
					role: 'context'
				},
				{
					assumption:
						'10 %: no published estimate of the listing discount exists. From almost nothing (a market that prices the unit on its expected cash alone) to a quarter (one that will not hold the policy risk on its own). It is not the expected chip loss, which pTighten and hit carry in both options’ cash flows, but the price outside investors put on holding that risk in a single listed company.'
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
				'How much more a year a standalone cloud company pays than the group’s own cash costs, on the capital it has to raise from outside: what its build-out needs beyond its own cash, for as long as that capital is outstanding.',
			uncertain: {
				dist: 'pert',
				low: 0.0025,
				high: 0.03
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.',
					role: 'context'
				},
				{
					url: 'https://www.livemint.com/technology/alibaba-scraps-cloud-unit-spinoff-citing-washington-s-chip-curbs/amp-11700150127427.html',
					title: 'Alibaba scraps cloud unit spinoff citing Washington’s chip curbs',
					date: '2023-11',
					quote: 'raised just about $4.6 billion this year, down 58%',
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
			uncertain: {
				dist: 'triangular',
				low: 0.5,
				high: 1.8
			},
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
				'When advanced chips cannot be bought, each unit of capacity costs this much more: stockpiles bought ahead, domestic accelerators with less performance per yuan. It applies to whatever either option still builds, and it is the price the group pays for the growth it buys back.',
			uncertain: {
				dist: 'pert',
				low: 0.05,
				high: 0.8
			},
			sources: [
				{
					url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
					title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
					date: '2023-11-16',
					quote:
						'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group',
					role: 'context'
				},
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
						'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group',
					role: 'context'
				},
				{
					assumption:
						'Six points a year: AI workloads were the unit’s fastest-growing business and need advanced chips; no published estimate of the effect exists.'
				}
			]
		},
		{
			id: 'cushion',
			label: 'Share of the lost growth the group buys back',
			unit: '%',
			default: 0.5,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'Inside the group the unit loses only (1 − cushion) of that growth: the parent keeps paying for capacity at the dearer price when a standalone, marked down and raising from outside, would not. The growth kept costs the capital that builds it, at that price, from the group’s own cash.',
			uncertain: {
				dist: 'pert',
				low: 0.2,
				high: 0.8
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.',
					role: 'context',
					note: 'Why a parent’s cash matters to a capital-hungry AI unit; it gives no share.'
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
					role: 'value',
					derive: {
						figure: 'RMB 28,066 million',
						formula: 'x * 4 / 1000 / 7.2',
						says: 'four times the December quarter’s RMB 28,066 m is RMB 112.3 bn a year; at RMB 7.2 per USD, USD 15.6 bn'
					}
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
					quote: "cloud intelligence group's revenue grew by 3% to RMB 28,066 million",
					role: 'context'
				},
				{
					url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-december-quarter-2024-btdtxwcotad4.html',
					title: 'Alibaba Group announces December quarter 2024 results',
					date: '2024-12',
					quote: 'Cloud revenue increased 13% to RMB31,742 million',
					role: 'context',
					note: 'A year after the decision: what happened, not what was known.'
				},
				{
					assumption:
						'10 % a year, 2024–2033: between the 3 % of late 2023 and the 13 % of late 2024, as AI demand grows.'
				}
			]
		},
		{
			id: 'margin',
			label: 'Cash margin before the build-out',
			unit: '%',
			default: 0.09,
			min: 0.02,
			max: 0.25,
			step: 0.005,
			description:
				'Cash the unit yields per unit of revenue after replacing worn assets, before the capital for growth and any extra funding cost.',
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
					role: 'value',
					derive: {
						figure: '9%',
						formula: 'x / 100',
						says: 'the adjusted EBITA margin of 9 %, held for the decade: 9 / 100 = 0.09'
					},
					note: 'A year after the decision. At the decision it was 5.1 % (adjusted EBITA RMB 1,409 m on revenue of RMB 27,648 m, September quarter 2023).'
				},
				{
					assumption:
						'Adjusted EBITA stands for the cash margin before growth: depreciation is taken to match the spending that keeps the assets running, while the capital for new capacity is charged separately (capital). Tax is left out, alike in both options.'
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
				'What the group’s shareholders could earn elsewhere at the cloud unit’s operating risk. It carries no chip-policy premium: that risk is the probability pTighten.',
			uncertain: {
				dist: 'normal',
				low: 0.08,
				high: 0.1
			},
			sources: [
				{
					url: 'https://valueinvesting.io/BABA/valuation/wacc',
					title: 'Alibaba Group WACC',
					date: '2024',
					quote: 'The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.',
					role: 'value',
					derive: {
						figure: '7.9%',
						formula: 'x / 100 + 0.011',
						says: 'the group’s 7.9 % plus 1.1 points for one capital-heavy technology unit (an assumption): 0.079 + 0.011 = 0.09'
					}
				},
				{
					assumption:
						'The 1.1-point premium for a single unit is a judgement. No chip-policy premium: the earlier 10 % included one while the probability of tighter controls also carried the risk, counting it twice.'
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
			uncertain: {
				dist: 'pert',
				low: 0.015,
				high: 0.045
			},
			sources: [
				{
					assumption:
						'3 % a year for ever: roughly the nominal growth of a mature economy, the pace a cloud unit converges to once its market is built out. At 9 % and 3 %, each USD of cash in 2034 is worth about 16.7 USD in 2033.'
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
		revBare: {
			label: 'Cloud revenue if controls tighten and no growth is bought back',
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
			label: 'Premium on raised capital if controls hold',
			unit: 'USD bn',
			formula: 'spin * fundingPremium * prev(owedCalm)'
		},
		owedCalm: {
			label: 'Capital raised from outside and not yet repaid, if controls hold',
			unit: 'USD bn',
			formula: 'spin * max(0, prev(owedCalm) + buildCalm + fundCalm - (t == 0 ? 0 : margin * revCalm))'
		},
		fundTight: {
			label: 'Premium on raised capital if controls tighten',
			unit: 'USD bn',
			formula: 'spin * fundingPremium * prev(owedTight)'
		},
		owedTight: {
			label: 'Capital raised from outside and not yet repaid, if controls tighten',
			unit: 'USD bn',
			formula: 'spin * max(0, prev(owedTight) + buildTight + fundTight - (t == 0 ? 0 : margin * revTight))'
		},
		calmCash: {
			label: 'Cash after the build-out if controls hold, before any premium',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : margin * revCalm - buildCalm'
		},
		chipLoss: {
			label: 'Expected cash lost to tighter controls',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : pTighten * (margin * (revCalm - revTight) - buildCalm + buildTight)'
		},
		funding: {
			label: 'Expected premium on raised capital, standalone',
			unit: 'USD bn',
			formula: '(1 - pTighten) * fundCalm + pTighten * fundTight'
		},
		cash: {
			label: 'Expected cash from the cloud unit',
			unit: 'USD bn',
			formula: 'calmCash - chipLoss - funding'
		},
		buildBare: {
			label: 'Capital for growth if controls tighten and no growth is bought back',
			unit: 'USD bn',
			formula: 't == 0 ? 0 : capital * (1 + chipPremium) * max(0, revBare - prev(revBare))'
		},
		cushionSpend: {
			label: 'Expected capital the group spends to buy back growth',
			unit: 'USD bn',
			formula: '(1 - spin) * pTighten * (buildTight - buildBare)'
		},
		nextCalm: {
			label: 'Cash the year after, if controls hold, before any premium',
			unit: 'USD bn',
			formula: 'margin * revCalm * (1 + longGrowth) - capital * revCalm * longGrowth'
		},
		nextTight: {
			label: 'Cash the year after, if controls tighten, before any premium',
			unit: 'USD bn',
			formula: 'margin * revTight * (1 + longGrowth) - capital * (1 + chipPremium) * revTight * longGrowth'
		},
		afterCalm: {
			label: 'Value of the years after, if controls hold',
			unit: 'USD bn',
			formula:
				'nextCalm / (rate - longGrowth) - spin * fundingPremium * owedCalm * (nextCalm > 0 ? (1 - (1 + rate)^(-owedCalm / nextCalm)) / rate : 1 / rate)'
		},
		afterTight: {
			label: 'Value of the years after, if controls tighten',
			unit: 'USD bn',
			formula:
				'nextTight / (rate - longGrowth) - spin * fundingPremium * owedTight * (nextTight > 0 ? (1 - (1 + rate)^(-owedTight / nextTight)) / rate : 1 / rate)'
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
		pv: {
			label: 'Cumulative present value (2033 includes the years after)',
			unit: 'USD bn',
			formula: 'prev(pv) + credited * (cash + (t == periods - 1 ? after : 0)) / (1 + rate)^t'
		}
	},
	outputs: {
		value: {
			label: 'Expected value to Alibaba’s shareholders',
			unit: 'USD bn',
			formula: 'last(pv)',
			description:
				'Market value of the cloud unit to Alibaba’s shareholders, expected over the chip scenarios: present value at the end of 2023 of the cash after the build-out to 2033 and beyond, at RMB 7.2 per USD.'
		},
		calmValue: {
			label: 'Cash after the build-out if controls hold, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(calmCash, rate)'
		},
		chipCost: {
			label: 'Expected cost of tighter controls, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(chipLoss, rate)',
			description:
				'Margin lost on the slower revenue, less the capital for growth not spent, plus the dearer price of what is built. Negative when the capital saved to 2033 outweighs the margin lost: the lasting loss, a smaller revenue for ever, is in the value after 2033.'
		},
		fundingCost: {
			label: 'Premium on raised capital, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(funding, rate)'
		},
		marketCost: {
			label: 'Value the market does not credit, 2024–2033',
			unit: 'USD bn',
			formula: '(1 - last(credited)) * npv(cash, rate)',
			description:
				'Inside the group the conglomerate discount, after a spin-off the policy haircut, on the cash to 2033; on the years after it is inside the terminal value.'
		},
		terminal: {
			label: 'Value after 2033, as the market credits it',
			unit: 'USD bn',
			formula: 'last(credited) * last(after) / (1 + rate)^(periods - 1)',
			description:
				'The years after 2033 as a growing perpetuity, expected over the chip scenarios, net of any premium still owed, in today’s money.'
		},
		intrinsic: {
			label: 'Value before the conglomerate discount or the haircut',
			unit: 'USD bn',
			formula: 'npv(cash, rate) + last(after) / (1 + rate)^(periods - 1)'
		},
		discountCost: {
			label: 'Value the conglomerate discount takes',
			unit: 'USD bn',
			formula: '(1 - spin) * discount * (npv(cash, rate) + last(after) / (1 + rate)^(periods - 1))'
		},
		haircutCost: {
			label: 'Value the standalone haircut takes',
			unit: 'USD bn',
			formula: 'spin * haircut * (npv(cash, rate) + last(after) / (1 + rate)^(periods - 1))'
		},
		cushionCost: {
			label: 'Capital the group spends to buy back growth, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(cushionSpend, rate)',
			description:
				'The expected present value of the dearer capacity the parent pays for to keep part of the growth tighter controls would cost: the cushion is not free.'
		}
	},
	decide: {
		by: 'value',
		higherIsBetter: true,
		terminal: 'terminal'
	},
	chart: {
		series: 'pv'
	},
	breakdown: {
		add: ['calmValue', 'terminal'],
		subtract: ['chipCost', 'fundingCost', 'marketCost']
	},
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'corrected economics: the capital for growth now leaves the cash line; the funding premium is paid only on the capital a standalone must raise, while it is outstanding; the growth the group keeps through a chip shock costs the dearer capacity that builds it; the years after 2033 are their own part of the value, and their growth has an uncertainty interval',
			reworked: true
		},
		{
			revision: 2,
			note: 'capital spending as a share of revenue never reduced the cash; it is replaced by the capital needed per unit of revenue added, which does',
			dropped: {
				id: 'capexShare',
				label: 'Capital spending per unit of revenue'
			}
		},
		{
			revision: 2,
			note: 'the valuation haircut a standalone listing suffers while chip policy is unsettled, the reason Alibaba gave; none before',
			added: {
				id: 'haircut',
				before: 0
			}
		},
		{
			revision: 2,
			note: 'capacity costs more when advanced chips cannot be bought; it did not before',
			added: {
				id: 'chipPremium',
				before: 0
			}
		},
		{
			revision: 2,
			note: 'the discount rate no longer carries a chip-policy premium: the probability of tighter controls carries that risk, and counting it in both places counted it twice',
			defaultChanged: {
				id: 'rate',
				before: 0.1
			}
		}
	],
	card: {
		includes: [
			'Cloud revenue growing from its 2023 run rate, with the capital for each USD of revenue added leaving the cash line in both options; replacing worn assets is in the margin, as depreciation.',
			'Two chip scenarios weighted by the probability that controls tighten: slower growth for the decade and dearer capacity for whatever is still built. Chip risk is counted there only; the discount rate carries none.',
			'Inside the group, the parent buys back part of the lost growth at that dearer price from its own cash: the growth kept is worth its margin less the capital that builds it.',
			'Standalone, a premium on the capital the build-out needs beyond the unit’s own cash, paid while that capital is outstanding and repaid from later surplus (after 2033, from the steady-state cash).',
			'The market’s credit: the conglomerate discount inside the group; after a spin-off, a haircut on a single-business Chinese AI company listed while chip policy is unsettled.',
			'The years after 2033 as a growing perpetuity at the long-run growth, shown as their own part of the value (terminal).'
		],
		leavesOut: [
			{
				what: 'Strategic value of keeping the AI strategy whole beyond the cash its growth earns (models, data, the group’s other businesses as customers)',
				why: 'No figure exists. The model values growth only for its cash; a reader who believes in more should raise the margin or lower the capital per unit of revenue and watch the verdict move.'
			},
			{
				what: 'The group choosing whether to buy back growth',
				why: 'The cushion is set, not optimised. At the defaults the growth bought back earns a 9 % margin on capacity costing 1.3 USD per USD of revenue, about 7 % a year, below the 9 % rate: buying it back lowers keeping’s value, and a group maximising value would set the cushion to zero. Management’s stated priority, AI-driven businesses, is the reason to keep it above zero.'
			},
			{
				what: 'A standalone that raises capital to buy back growth itself',
				why: 'It would pay the funding premium on top of the dearer capacity, in a market that had just marked it down; the model gives it no buy-back, which favours keeping only when the buy-back pays.'
			},
			{
				what: 'Tax',
				why: 'The margin is adjusted EBITA, before tax. Tax scales both options’ cash alike; only the tax shield on a standalone’s borrowing differs, and it is small next to the premium.'
			},
			{
				what: 'Separation costs and lost synergies (shared data centres, the group’s marketplaces as the cloud’s customers, transition services)',
				why: 'No public figure; they would add to the spin-off’s side of the ledger, like the haircut.'
			},
			{
				what: 'Margin expansion over the decade',
				why: 'The margin is held at 9 %, the figure of late 2024 (5.1 % at the decision); its interval reaches 15 %, and above about 19 % keeping wins because growth is then worth buying back.'
			},
			{
				what: 'A minority listing or a tracking stock',
				why: 'The brief sets two options; both would sit between them.'
			}
		],
		carries: ['discount', 'haircut', 'capital', 'margin', 'chipPremium', 'pTighten'],
		actual:
			'In November 2023 Alibaba dropped the full spin-off, naming the US chip controls and saying a spin-off “may not achieve the intended effect of shareholder value enhancement”. At its sourced defaults the model does not explain that choice: the spin-off leads by about USD 1.3 bn, likely but not by much (it stays ahead in about two simulated futures in three). The conglomerate discount removed (15 %) outweighs the haircut a listing would suffer (10 %), while chip risk hardly separates the options: at a 9 % margin on about one year’s revenue of capital, growth earns little more than its 9 % cost of capital, so the growth tighter controls take away, and the growth the group could buy back at dearer prices, are worth little either way. Most of each option’s value lies after 2033 (85 % spun off, 98 % kept), but none of the lead: after 2033 keeping is ahead by about USD 0.6 bn, and the spin-off’s lead comes from the decade, where it does not pay for dear capacity to buy growth back. Keeping wins if the listing haircut exceeds about 18.5 % or the discount is below about 6 %, both inside their intervals (Alibaba’s statement is a claim of the first kind), or if growth is worth having (a 15 % margin on 0.6 of capital) and tighter controls are likely, when the group’s buy-back pays. The market’s fall of about USD 20 bn on the day exceeds the whole unit’s value in the model (about USD 15 bn), so it priced more than this decision.'
	},
	teach: {
		context: [
			{
				text: 'In November 2023 Alibaba dropped the planned full spin-off of its cloud unit, which it had meant to list in 2024, and gave the US export controls on advanced chips as the reason: a full spin-off, it said, might not enhance shareholder value.',
				sources: [
					{
						doc: '002_e74d1a13da165fef.txt',
						quote:
							'announced after its latest quarterly results that it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.',
						role: 'context'
					},
					{
						doc: '002_e74d1a13da165fef.txt',
						quote:
							'had previously said it planned to turn its cloud business – a promising growth area for the company – into an independent, publicly-listed entity at some point next year.',
						role: 'context'
					},
					{
						url: 'https://www.bnnbloomberg.ca/us-chip-ban-fallout-spreads-as-alibaba-scraps-cloud-spinoff-1.1999624',
						title: 'US chip ban fallout spreads as Alibaba scraps cloud spinoff',
						date: '2023-11-16',
						quote:
							'The recent expansion of US restrictions on export of advanced computing chips has created uncertainties for the prospects of Cloud Intelligence Group',
						role: 'context'
					},
					{
						url: 'https://www.stockspinoffs.com/2023/11/29/alibabas-planned-cloud-spinoff-disappears-in-a-cloud-of-smoke/',
						title: 'Alibaba’s Planned Cloud Spinoff Disappears In A Cloud Of Smoke',
						date: '2023-11-29',
						quote:
							'We believe that a full spin-off of Cloud Intelligence Group may not achieve the intended effect of shareholder value enhancement.',
						role: 'context'
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
							"a $20 billion decline in Alibaba Group's market value on Friday, as its shares fell 10% in Hong Kong.",
						role: 'context'
					}
				]
			},
			{
				text: 'Inside the group, the cloud unit’s build-out is paid for by the e-commerce business’s cash, and management tied the group’s next decade to AI.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.',
						role: 'context'
					},
					{
						doc: '002_e74d1a13da165fef.txt',
						quote:
							'Wu said Alibaba would focus on three key priorities in the next 10 years: technology-driven internet platform businesses, artificial intelligence (AI)-driven technology businesses and global commerce networks.',
						role: 'context'
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
						quote: 'raised just about $4.6 billion this year, down 58%',
						role: 'context'
					}
				]
			}
		],
		prompts: [
			{
				id: 'probability',
				text: 'Above what probability of tighter chip controls is keeping the unit worth more? Where would you have put that probability in November 2023, and what else must be true for it to matter?'
			},
			{
				id: 'market',
				text: 'The market took about USD 20 bn off Alibaba when the spin-off was dropped. How large a conglomerate discount would the model need to agree, and what else might the market have been pricing?'
			},
			{
				id: 'haircut',
				text: 'Alibaba said a spin-off might not enhance shareholder value. How large a haircut on a standalone listing makes keeping worth more, and how many points of conglomerate discount offset each point of it?'
			},
			{
				id: 'cushion',
				text: 'Inside the group the parent can buy back, at a dearer price, the growth tighter controls would cost. When does that pay, and what does it cost?'
			},
			{
				id: 'discount',
				text: 'Is a conglomerate discount a real loss to a shareholder who never sells? What could remove it without a spin-off?'
			}
		]
	}
} satisfies ModelDef;
