/**
 * open-source-models exactly as it was at revision 2, frozen so that a link made then can be shown what its
 * sender saw. Generated from the model; never edit by hand. Its links drew random numbers keyed by
 * parameter id, as today's models do, so it carries no `streams`.
 */
import type { ModelDef } from '$lib/engine/types';

export default {
	id: 'open-source-models',
	revision: 2,
	history: [
		{
			revision: 2,
			note: 'the share of adopters who pay Alibaba Cloud is now the share of adopting teams that rent cloud compute from anyone, times Alibaba’s share of the market they work in; with that share at 100 % (below) the two are the same',
			renamed: {
				from: 'conversion',
				to: 'cloudRun'
			}
		},
		{
			revision: 2,
			note: 'it now counts teams that rent from any cloud, and Alibaba’s share is applied apart',
			defaultChanged: {
				id: 'cloudRun',
				before: 0.05
			}
		},
		{
			revision: 2,
			note: 'the old model credited a whole account’s bill to each developer',
			added: {
				id: 'teamSize',
				before: 1
			}
		},
		{
			revision: 2,
			note: 'the old model applied one market share to every adopter, wherever they work',
			added: {
				id: 'chinaDevs',
				before: 1
			}
		},
		{
			revision: 2,
			note: 'the old conversion share counted only those who pay Alibaba, as if it had all of the market',
			added: {
				id: 'aliShareChina',
				before: 1
			}
		},
		{
			revision: 2,
			note: 'Alibaba’s share outside China; it does not matter when every adopter is in China',
			added: {
				id: 'aliShareAbroad',
				before: 0.01
			}
		},
		{
			revision: 2,
			note: 'the old model let the paid API keep its margin whatever rival open models did',
			added: {
				id: 'rivalCatchUp',
				before: 0
			}
		},
		{
			revision: 2,
			note: 'the old model had no option that publishes the weights and sells an API; at 100 % that option earns exactly what open weights alone earn',
			added: {
				id: 'cannibal',
				before: 1
			}
		},
		{
			revision: 2,
			note: 'the old model counted nothing after 2033; −100 % does the same',
			added: {
				id: 'growth',
				before: -1
			}
		}
	],
	title: 'Qwen: open the weights, sell a paid API, or both?',
	question:
		'Should Alibaba give away the weights of its foundation models (Qwen) to build a developer ecosystem, sell access through a paid API only, or do both?',
	summary:
		'Developers adopt along an S-curve (Bass diffusion). A paid API earns a margin per developer, eroded as rival open models catch up; open weights reach more developers faster, and earn when teams that adopt them rent Alibaba Cloud compute (Alibaba’s share of cloud in China and abroad), plus community R&D savings, less the value competitors take. Doing both earns both, less the API users the free weights take. Training costs the same either way and is left out. Present value at 2024, USD bn, with the value after 2033 shown apart.',
	periods: {
		count: 10,
		unit: 'year',
		start: 2024
	},
	flags: {
		weights: 1,
		api: 0
	},
	options: [
		{
			id: 'open',
			label: 'Open weights',
			description:
				'Publish the Qwen weights for anyone to download, fine-tune and run, and sell no API; earn from teams that run their workloads on Alibaba Cloud.',
			set: {
				weights: 1,
				api: 0
			}
		},
		{
			id: 'proprietary',
			label: 'Proprietary API',
			description:
				'Keep the weights closed and sell access through a paid API only; earn a margin on every developer who uses it, as long as rival open models leave it one.',
			set: {
				weights: 0,
				api: 1
			}
		},
		{
			id: 'both',
			label: 'Open weights and a paid API',
			description:
				'What Alibaba runs: publish the weights and also sell a paid API (the flagship model and the hosted service); earn from cloud accounts and API margins, less the API users who run the free weights instead.',
			set: {
				weights: 1,
				api: 1
			}
		}
	],
	params: [
		{
			id: 'cloudRun',
			label: 'Adopting teams that rent cloud compute to run the models',
			unit: '%',
			default: 0.2,
			min: 0,
			max: 0.6,
			step: 0.0025,
			description:
				'The crux: the share of teams using the open weights that rent cloud compute (any provider) to train or serve them, from the year after they adopt. Alibaba Cloud wins its market share of that compute in the teams’ own market.',
			uncertain: {
				dist: 'pert',
				low: 0.08,
				high: 0.4
			},
			sources: [
				{
					assumption:
						'20 %: no public figure measures it. Many who download the weights only try them, or run them on their own machines; an Alibaba executive put the public cloud’s share of computing power at 28 % in China and 60 % in the United States (newsflash.city, 2024-02), an upper bound for a population that also holds students and hobbyists. The interval runs from 8 % to 40 %; find where it flips the answer.'
				}
			]
		},
		{
			id: 'teamSize',
			label: 'Developers per paying cloud account',
			unit: 'developers',
			default: 5,
			min: 1,
			max: 30,
			step: 0.5,
			description:
				'A cloud bill is paid by an account (a team or a company), not by each developer on it: the developers who adopt are counted in accounts before a bill is credited.',
			uncertain: {
				dist: 'lognormal',
				low: 2,
				high: 15
			},
			sources: [
				{
					assumption:
						'5 developers: teams building on an open model are mostly small; companies with many developers on one account pull the average up, which the interval (2 to 15) allows for. No public figure measures it.'
				}
			]
		},
		{
			id: 'cloudProfit',
			label: 'Cloud profit per paying account',
			unit: 'USD/yr',
			default: 2000,
			min: 500,
			max: 6000,
			step: 50,
			description:
				'What Alibaba Cloud earns, after the cost of serving it, on one paying account’s training and inference each year.',
			uncertain: {
				dist: 'lognormal',
				low: 1000,
				high: 4000
			},
			sources: [
				{
					assumption:
						'USD 2,000 a year per account: a small team’s GPU bill of about USD 10,000 a year at a 20 % contribution margin. Alibaba’s reported adjusted EBITA margin for cloud rose from about 5 % to 9 % between the September quarters of 2023 and 2024 (Alibaba quarterly results); extra workloads on capacity already built earn more than that average. A few large accounts would raise the mean above a small team’s bill.'
				}
			]
		},
		{
			id: 'chinaDevs',
			label: 'Adopters in China',
			unit: '%',
			default: 0.4,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'The share of the developers using the open weights who work in mainland China, where Alibaba Cloud’s share is large; the rest work where it is small.',
			uncertain: {
				dist: 'pert',
				low: 0.2,
				high: 0.6
			},
			sources: [
				{
					assumption:
						'40 %: no public figure splits Qwen’s developers by country. ModelScope, Alibaba’s own platform with over 2 million developers in 2023, is mostly Chinese; the weights are also downloaded worldwide (700 million downloads by January 2026), where rival models compete too.'
				}
			]
		},
		{
			id: 'aliShareChina',
			label: 'Alibaba Cloud’s share of cloud in China',
			unit: '%',
			default: 0.39,
			min: 0.2,
			max: 1,
			step: 0.01,
			description: 'The share of the compute that adopting teams in China rent which goes to Alibaba Cloud.',
			uncertain: {
				dist: 'pert',
				low: 0.33,
				high: 0.42
			},
			sources: [
				{
					url: 'https://techempiresolutions.com/chinas-cloud-infrastructure-spending-reached-us9-2-billion-in-the-third-quarter-with-relentless-focus-on-artificial-intelligence',
					title:
						'China’s cloud infrastructure spending reached US$9.2 billion in the third quarter (Canalys estimates)',
					date: 'Q3 2023',
					quote:
						'Alibaba Cloud has the largest market share at 39%, followed by Huawei Cloud (19%) and Tencent Cloud (15%).',
					role: 'value',
					derive: {
						figure: '39%',
						formula: 'x / 100',
						says: 'Alibaba Cloud’s 39 % of mainland China’s cloud infrastructure spending, taken as its share of the compute adopters in China rent'
					}
				},
				{
					url: 'https://www.ainvest.com/news/alibaba-ai-driven-cloud-commerce-expansion-high-growth-bet-2026-2509',
					title: 'Alibaba’s AI-driven cloud and commerce expansion (AInvest)',
					date: '2025-09',
					quote: 'With a 33% share of China’s AI cloud market in 2025',
					role: 'context',
					note: 'The low end of the interval: in AI workloads, the ones open weights bring, its share is a little lower.'
				}
			]
		},
		{
			id: 'aliShareAbroad',
			label: 'Alibaba Cloud’s share of cloud outside China',
			unit: '%',
			default: 0.01,
			min: 0,
			max: 0.05,
			step: 0.001,
			description:
				'The share of the compute that adopting teams outside China rent which goes to Alibaba Cloud.',
			uncertain: {
				dist: 'lognormal',
				low: 0.003,
				high: 0.03
			},
			sources: [
				{
					url: 'https://www.ainvest.com/news/alibaba-cloud-transformation-global-aspirations-strategic-positioning-global-cloud-computing-race-2509',
					title: 'Alibaba’s cloud transformation and global aspirations (AInvest, citing Synergy Research)',
					date: '2025-09',
					quote: 'Despite holding a modest 4% global market share in Q2 2025',
					role: 'context'
				},
				{
					url: 'https://techempiresolutions.com/chinas-cloud-infrastructure-spending-reached-us9-2-billion-in-the-third-quarter-with-relentless-focus-on-artificial-intelligence',
					title:
						'China’s cloud infrastructure spending reached US$9.2 billion in the third quarter (Canalys estimates)',
					date: 'Q3 2023',
					quote: 'accounting for 12% of global cloud spending',
					role: 'context'
				},
				{
					assumption:
						'1 %: no public figure gives Alibaba’s share outside China. Its global share is about 4 % (Synergy, Q2 2025); China is about 12 % of the world’s cloud spending and Alibaba holds about 39 % of it (Canalys, Q3 2023), i.e. 0.12 × 0.39 ≈ 4.7 % of world spending, already all of its global share (the trackers and dates differ). Little is left for the rest of the world: 1 % is generous rather than measured.'
				}
			]
		},
		{
			id: 'apiProfit',
			label: 'API margin per developer, at first',
			unit: 'USD/yr',
			default: 200,
			min: 50,
			max: 800,
			step: 10,
			description:
				'What the paid API earns, after serving costs, on each developer using it in 2024 (an account’s margin shared among its developers), before rival open models erode it.',
			uncertain: {
				dist: 'lognormal',
				low: 100,
				high: 400
			},
			sources: [
				{
					assumption:
						'USD 200 a year: most API developers are light users. Prices per token are low and falling: Alibaba cut its Qwen API price by 97 % to RMB 0.5 per million input tokens in May 2024 (finance.sina.com.cn, 2024-05-23), so a developer has to use a great deal to be worth much.'
				}
			]
		},
		{
			id: 'rivalCatchUp',
			label: 'Rival open models close the API’s lead, per year',
			unit: '%',
			default: 0.2,
			min: 0,
			max: 0.6,
			step: 0.01,
			description:
				'Rival open models, which anyone can host at serving cost, cap what a closed API can charge at serving cost plus the value of its quality lead. Each year they close this share of the lead, and the API margin per developer falls with it; at 0 the margin holds.',
			uncertain: {
				dist: 'pert',
				low: 0.05,
				high: 0.45
			},
			sources: [
				{
					assumption:
						'20 % a year, so the margin halves in about three years: rival open models (Meta’s Llama, Mistral, DeepSeek) come within reach of closed ones within a year or so, and the price of access fell fast (Alibaba cut its Qwen API price by 97 % in May 2024). No public figure measures the margin itself.'
				}
			]
		},
		{
			id: 'cannibal',
			label: 'Paid-API users lost to the free weights',
			unit: '%',
			default: 0.2,
			min: -0.5,
			max: 1,
			step: 0.01,
			description:
				'Only when Alibaba both publishes the weights and sells an API: the share of the API’s would-be developers who run the free weights themselves instead, net of those the free weights bring to the paid API (negative when they bring more than they take).',
			uncertain: {
				dist: 'pert',
				low: -0.1,
				high: 0.5
			},
			sources: [
				{
					assumption:
						'20 %: no public figure. The paid API sells the flagship model, which stays closed, and a hosted service; the free weights are a tier below, good enough for some who would have paid. Developers who start on the free weights and later want the flagship pull the other way; the interval runs from −10 % to 50 %.'
				}
			]
		},
		{
			id: 'marketOpen',
			label: 'Developers open weights can reach',
			unit: 'm developers',
			default: 10,
			min: 4,
			max: 30,
			step: 0.5,
			description: 'The Bass market M for open weights: developers who would ever build with them.',
			uncertain: {
				dist: 'lognormal',
				low: 6,
				high: 18
			},
			sources: [
				{
					url: 'https://technode.com/2023/08/01/alibabas-modelscope-attracts-over-2-million-developers-amid-ai-frenzy/',
					title: 'Alibaba’s ModelScope attracts over 2 million developers amid AI frenzy',
					date: '2023-08-01',
					quote: 'over 2 million AI developers… more than 1,000 large models',
					role: 'value',
					derive: {
						figure: '2 million',
						formula: 'x * 5',
						says: 'five times the 2 m developers ModelScope had drawn by August 2023, mostly in China, because open weights can be downloaded and run anywhere in the world'
					}
				},
				{
					assumption:
						'The multiple of five is a judgement; the interval runs from three to nine times ModelScope’s 2 m.'
				}
			]
		},
		{
			id: 'marketApi',
			label: 'Developers a paid API can reach',
			unit: 'm developers',
			default: 2,
			min: 0.5,
			max: 6,
			step: 0.1,
			description: 'The Bass market M for the paid API.',
			uncertain: {
				dist: 'lognormal',
				low: 1,
				high: 4
			},
			sources: [
				{
					url: 'https://technode.com/2023/08/01/alibabas-modelscope-attracts-over-2-million-developers-amid-ai-frenzy/',
					title: 'Alibaba’s ModelScope attracts over 2 million developers amid AI frenzy',
					date: '2023-08-01',
					quote: 'over 2 million AI developers… more than 1,000 large models',
					role: 'value',
					derive: {
						figure: '2 million',
						formula: 'x',
						says: 'the 2 m developers who already come to Alibaba’s own platform, taken as the API’s market'
					}
				},
				{
					assumption:
						'Taking ModelScope’s count as the API’s market is a judgement: a paid API mostly reaches developers who already use Alibaba’s platforms, and competes with other paid APIs for the rest.'
				}
			]
		},
		{
			id: 'innovation',
			label: 'Innovators: share adopting on their own each year',
			unit: '%',
			default: 0.05,
			min: 0.005,
			max: 0.2,
			step: 0.005,
			description:
				'The Bass coefficient p, the same for every offer: the share of developers not yet using the models who start in a year without being told to by others.',
			uncertain: {
				dist: 'pert',
				low: 0.02,
				high: 0.1
			},
			sources: [
				{
					assumption:
						'5 %: published Bass fits for consumer durables average about 3 % (Sultan, Farley and Lehmann, 1990); developer tools that can be tried in minutes start faster.'
				}
			]
		},
		{
			id: 'qOpen',
			label: 'Imitation, open weights',
			unit: '%',
			default: 0.6,
			min: 0,
			max: 0.8,
			step: 0.01,
			description:
				'The Bass coefficient q for open weights: how strongly developers follow those already using the models.',
			uncertain: {
				dist: 'pert',
				low: 0.4,
				high: 0.75
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'This fosters a community-driven approach to AI development and accelerates the pace of innovation.',
					role: 'context'
				},
				{
					assumption:
						'0.6: above the 0.38 that published Bass fits average (Sultan, Farley and Lehmann, 1990), because free weights spread through derivative models, tutorials and word of mouth.'
				}
			]
		},
		{
			id: 'qApi',
			label: 'Imitation, paid API',
			unit: '%',
			default: 0.35,
			min: 0,
			max: 0.8,
			step: 0.01,
			description: 'The Bass coefficient q for the paid API.',
			uncertain: {
				dist: 'pert',
				low: 0.2,
				high: 0.5
			},
			sources: [
				{
					assumption:
						'0.35: about the 0.38 that published Bass fits average (Sultan, Farley and Lehmann, 1990); a paid API cannot be passed around, forked or fine-tuned by others.'
				}
			]
		},
		{
			id: 'rdSaving',
			label: 'Community R&D savings, at full reach',
			unit: 'USD bn/yr',
			default: 0.2,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'What community fine-tunes, tools, evaluations and bug reports save Alibaba each year once the whole open-weights market uses the models; in proportion to the share reached before that.',
			uncertain: {
				dist: 'pert',
				low: 0.05,
				high: 0.5
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'This goal is to encourage collaboration, innovation, and wider adoption of their AI technologies.',
					role: 'context'
				},
				{
					assumption:
						'USD 0.2 bn a year: the work of a few hundred engineers. No public figure measures it; the count of derivative models (see the teaching notes) shows the community is large, not what its work is worth to Alibaba.'
				}
			]
		},
		{
			id: 'leakage',
			label: 'Value leaked to competitors',
			unit: 'USD bn/yr',
			default: 0.15,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'What Alibaba loses each year, from the release on, because rivals build products and cloud services on its weights for free.',
			uncertain: {
				dist: 'pert',
				low: 0.05,
				high: 0.4
			},
			sources: [
				{
					assumption:
						'USD 0.15 bn a year from the release: rival model makers and clouds save part of their own training cost and compete on price with Alibaba’s own models. No public figure measures it.'
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
			description:
				'The return Alibaba could earn elsewhere at this risk. A higher rate weighs the later earnings of open weights (cloud accounts a year after adoption, the value after 2033) against the API’s earlier margins.',
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
					quote: 'The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.',
					role: 'value',
					derive: {
						figure: '7.9%',
						formula: 'x / 100 + 0.021',
						says: 'the group’s 7.9 % plus a premium of 2.1 points for a single AI unit'
					}
				},
				{
					assumption:
						'The premium of about 2 points is a judgement: one unit whose payoff rides on a fast-moving technology and on policy. No risk is counted twice: the model carries no separate probability of losing chips or access.'
				}
			]
		},
		{
			id: 'growth',
			label: 'Long-run growth after 2033',
			unit: '%',
			default: -0.2,
			min: -1,
			max: 0.03,
			step: 0.01,
			description:
				'How each option’s yearly value changes after the last modelled year: negative, because a model generation ages and the accounts and savings it brought fade; −100 % counts nothing after 2033. The API margin also keeps eroding at the rivals’ pace.',
			uncertain: {
				dist: 'pert',
				low: -0.4,
				high: -0.05
			},
			sources: [
				{
					assumption:
						'−20 % a year, so what is left halves in about three years: a model generation is out of date within a year or two, but the cloud accounts it brought stay for some years once their workloads run there. The value after 2033 is the last year’s value × (1 + g) / (r − g), discounted to 2024, and shown apart from the ten years.'
				}
			]
		}
	],
	series: {
		weightUsers: {
			label: 'Developers using the open weights',
			unit: 'm developers',
			formula:
				'weights * (prev(weightUsers, 0) + (innovation + qOpen * prev(weightUsers, 0) / marketOpen) * (marketOpen - prev(weightUsers, 0)))'
		},
		apiReach: {
			label: 'Developers the paid API would reach on its own',
			unit: 'm developers',
			formula:
				'api * (prev(apiReach, 0) + (innovation + qApi * prev(apiReach, 0) / marketApi) * (marketApi - prev(apiReach, 0)))'
		},
		apiUsers: {
			label: 'Developers paying for the API',
			unit: 'm developers',
			formula: 'apiReach * (1 - weights * cannibal)'
		},
		payingShare: {
			label: 'Adopting teams that pay Alibaba Cloud',
			unit: '%',
			formula: 'cloudRun * (chinaDevs * aliShareChina + (1 - chinaDevs) * aliShareAbroad)'
		},
		accounts: {
			label: 'Paying Alibaba Cloud accounts from open weights',
			unit: 'm accounts',
			formula: 'weights * payingShare * prev(weightUsers, 0) / teamSize'
		},
		cloud: {
			label: 'Cloud profit',
			unit: 'USD bn',
			formula: 'accounts * cloudProfit / 1000'
		},
		apiMargin: {
			label: 'API margin per developer',
			unit: 'USD/yr',
			formula: 'apiProfit * (1 - rivalCatchUp)^t'
		},
		licence: {
			label: 'API profit',
			unit: 'USD bn',
			formula: 'apiUsers * apiMargin / 1000'
		},
		community: {
			label: 'R&D saved less value leaked',
			unit: 'USD bn',
			formula: 'weights * (rdSaving * weightUsers / marketOpen - leakage)'
		},
		cash: {
			label: 'Value to Alibaba in the year',
			unit: 'USD bn',
			formula: 'cloud + licence + community'
		},
		pv: {
			label: 'Cumulative present value to Alibaba',
			unit: 'USD bn',
			formula: 'prev(pv, 0) + cash / (1 + rate)^t'
		},
		beyond: {
			label: 'Value after 2033, in the last year',
			unit: 'USD bn',
			formula:
				't == periods - 1 ? ((cloud + community) * (1 + growth) / (rate - growth) + licence * (1 + growth) * (1 - rivalCatchUp) / (rate + 1 - (1 + growth) * (1 - rivalCatchUp))) / (1 + rate)^t : 0'
		}
	},
	outputs: {
		value: {
			label: 'Value to Alibaba, 2024 onwards',
			unit: 'USD bn',
			formula: 'last(pv) + last(beyond)',
			description:
				'Present value in 2024 of what the option adds: 2024–2033 year by year, and after 2033 as a value that fades at the long-run growth rate. The training cost, the same for all, is left out.'
		},
		developers: {
			label: 'Developers using the open weights by 2033',
			unit: 'm developers',
			formula: 'last(weightUsers)'
		},
		apiDevelopers: {
			label: 'Developers paying for the API in 2033',
			unit: 'm developers',
			formula: 'last(apiUsers)'
		},
		payingShare: {
			label: 'Adopting teams that pay Alibaba Cloud',
			unit: '%',
			formula: 'last(payingShare)'
		},
		customers: {
			label: 'Paying Alibaba Cloud accounts in 2033',
			unit: 'm accounts',
			formula: 'last(accounts)'
		},
		cloudValue: {
			label: 'Cloud profit, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(cloud, rate)'
		},
		licenceValue: {
			label: 'API profit, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(licence, rate)'
		},
		communityValue: {
			label: 'R&D saved less value leaked, 2024–2033',
			unit: 'USD bn',
			formula: 'npv(community, rate)'
		},
		terminalValue: {
			label: 'Value after 2033',
			unit: 'USD bn',
			formula: 'last(beyond)',
			description:
				'What every stream earns after 2033, fading at the long-run growth rate (the API margin also eroding), in present value at 2024.'
		}
	},
	decide: {
		by: 'value',
		higherIsBetter: true,
		terminal: 'terminalValue'
	},
	chart: {
		series: 'pv'
	},
	breakdown: {
		add: ['cloudValue', 'licenceValue', 'communityValue', 'terminalValue']
	},
	card: {
		includes: [
			'Developer adoption of each offer along a discrete Bass curve (innovators and imitators): free weights reach a larger market and spread faster than a paid API.',
			'Cloud profit from open weights per paying account: the adopting teams that rent compute, counted in accounts (developers per account), won by Alibaba Cloud at its share of the market where the developers work (about 39 % in China, about 1 % elsewhere).',
			'A paid API’s margin per developer, eroded each year as rival open models, which anyone can host at serving cost, close the quality lead the margin is paid for.',
			'The option Alibaba runs, open weights and a paid API: it earns both, less the API users who run the free weights instead (net cannibalisation).',
			'Community R&D savings that grow with reach, and value leaked to rivals from the day of release.',
			'Value after 2033 as a terminal value that fades at an explicit long-run growth rate (the API margin still eroding), shown as its own part of the value, at an explicit discount rate.'
		],
		leavesOut: [
			{
				what: 'The cost of training the models',
				why: 'it is the same under every option, so it cancels from every comparison; the values are what each option adds on top of it.'
			},
			{
				what: 'Different use of public cloud in China and abroad',
				why: 'one share of adopting teams rents compute everywhere. An executive’s figures (28 % of computing power on public cloud in China, 60 % in the United States) would lower the weight of China, where Alibaba’s share is large, and so favour the closed API; they are a claim, not a measure of AI teams.'
			},
			{
				what: 'Rival open models taking developers from Qwen’s own weights',
				why: 'the open-weights market (M) is already a judgement of the developers Qwen can reach against its rivals; only the closed API’s margin is capped explicitly, because that is where rivals change what the decision earns.'
			},
			{
				what: 'Strategic value beyond profit: the standard model in China, talent, influence over the ecosystem, goodwill with regulators',
				why: 'no figure measures it; a room that believes in it can lower the leakage or raise the R&D savings and watch the verdict move.'
			},
			{
				what: 'Token prices and volumes, and their elasticity',
				why: 'the margin per developer stands for them, and its yearly erosion carries the price war.'
			},
			{
				what: 'How account sizes are spread',
				why: 'the cloud profit is a mean per account; a few large enterprise accounts could lift it well above a small team’s bill, which is why its interval is wide.'
			},
			{
				what: 'A probability of losing access to chips or markets',
				why: 'it would touch every option alike; the premium in the discount rate stands for policy risk, so nothing is counted twice.'
			}
		],
		carries: ['cloudRun', 'leakage', 'rdSaving', 'teamSize', 'rivalCatchUp', 'growth'],
		actual:
			'Alibaba publishes the weights of most Qwen models and sells a paid API for its flagship and hosted models: the third option. At the sourced defaults the model ranks that option first, the closed API second and open weights alone last, but as a toss-up: the lead holds in about half of the simulated futures, and all of it lies after 2033 (in 2033 doing both is still behind the closed API in cumulative value). Doing both beats open weights alone in every setting where the free weights take fewer than all of the API’s users, since the API then only adds. Against a closed API the choice rests on what no public figure measures: the value leaked to rivals, the community’s R&D work, the share of adopting teams that rent compute, and how long the accounts they bring stay after 2033. Once a cloud bill is counted per account and Alibaba’s share per market, a developer using the weights is worth about USD 13 a year to Alibaba Cloud at the defaults, not the USD 100 the first revision credited; the model explains the choice as defensible, not as clearly right on cloud profit alone.'
	},
	teach: {
		context: [
			{
				text: 'Unlike rivals that kept their best models closed, Alibaba has published the weights of successive Qwen models. An observer reads it as a bet that a GenAI business backed by a profitable commerce group can afford to give the models away and earn elsewhere.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'So, unlike some competitors who rely heavily on proprietary AI models, Alibaba has made a strategic decision to focus on open source for generative AI.',
						role: 'context'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.',
						role: 'context'
					}
				]
			},
			{
				text: 'The same observer names the measure to watch: developers. ModelScope, Alibaba’s model-sharing platform, had drawn over 2 million of them by August 2023; the model uses that figure for the scale of each option’s market.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.',
						role: 'context'
					},
					{
						url: 'https://technode.com/2023/08/01/alibabas-modelscope-attracts-over-2-million-developers-amid-ai-frenzy/',
						title: 'Alibaba’s ModelScope attracts over 2 million developers amid AI frenzy',
						date: '2023-08-01',
						quote: 'over 2 million AI developers… more than 1,000 large models',
						role: 'context'
					}
				]
			},
			{
				text: 'In hindsight, and after the years this model starts from: by January 2026 Qwen counted 700 million downloads and more than 180,000 derivative models. That is reach; what share of it pays Alibaba Cloud is still the open question.',
				sources: [
					{
						url: 'https://yourai.pro/alibabas-qwen-leads-the-global-open-source-ai-community-with-700-million-downloads-xinhua-news-agency/',
						title:
							'Alibaba’s Qwen leads the global open-source AI community with 700 million downloads (Xinhua)',
						date: '2026-01',
						quote: 'resulting in more than 180,000 derivative versions.',
						role: 'context'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'As they keep rolling out new versions of Qwen, I’m watching to see if they stay open source.',
						role: 'context'
					}
				]
			}
		],
		prompts: [
			{
				id: 'cloudRun',
				text: 'What share of the teams using the open weights must rent Alibaba Cloud compute for publishing the weights to beat the closed API? Is that share plausible, given where the developers work?'
			},
			{
				id: 'overtake',
				text: 'Publishing the weights starts behind the closed API. Is it ahead by 2033, or only after? What would a CFO say in the years before?'
			},
			{
				id: 'curves',
				text: 'Compare the developer curves: which assumption, the market size or the imitation rate, makes the bigger difference?'
			},
			{
				id: 'leakage',
				text: 'How much value can leak to competitors before giving the weights away stops paying?'
			},
			{
				id: 'cashMachine',
				text: 'Would a company without an “ecommerce cash machine” make the same choice? Raise the discount rate and see.'
			},
			{
				id: 'rivals',
				text: 'Rival open models exist whatever Alibaba does. How fast must they catch up before keeping the weights closed stops paying?'
			}
		]
	}
} satisfies ModelDef;
