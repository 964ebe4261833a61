/**
 * Brief 3: give away the weights of the Qwen foundation models, sell access through a paid API only, or
 * do both (publish the weights and sell a paid API for the flagship and the hosted service), as Alibaba does.
 *
 * Developers adopt each offer along a discrete Bass curve: each year a share p of those who have not
 * adopted yet start on their own (innovators), and a share q · (adopters / M) follow the ones who did
 * (imitators). Open weights cost nothing to try and spread by word of mouth, derivatives and tutorials,
 * so they reach a larger market M and imitate faster (higher q) than a paid API.
 *
 * Every year a share of the developers using either offer stop (`churn`: their project ends, or they
 * move to a rival model) and rejoin those the offer can still win, as in diffusion models of services
 * with churn; so each curve levels off below its market, where new adopters replace those who leave.
 *
 * The options earn differently. The API earns a margin on every developer using it, and that margin
 * shrinks as rival open models (which anyone can host at serving cost) close the quality lead it is paid
 * for. Open weights earn nothing directly: a share of the TEAMS that run them (the crux, `cloudRun`) rent
 * cloud compute to do so from the following year, and Alibaba Cloud gains the part of that compute it
 * would not have won anyway: its share among teams using Qwen (its market share, lifted by `cloudLift`)
 * less its ordinary share of the compute those teams would have rented anyway on another model. Community
 * work (fine-tunes, tools, bug reports) saves Alibaba R&D in proportion to the ecosystem reached; and
 * from the day the weights are out, competitors use them for free (leakage). What rivals gain from Qwen's
 * weights is their lead over the rivals' own open models, so it shrinks as those close the gap, at the pace
 * that erodes the API's margin (`rivalCatchUp`): one catch-up, applied to both things it erodes. Doing both earns both, less
 * the paid API's developers who run the free weights instead (cannibalisation); a developer who pays for
 * the API is not counted again as a team renting compute to run the weights (`overlap`).
 *
 * The cost of training the models is the same either way, so it is left out of every option: the values
 * are what each option adds on top of that shared cost. Money is in USD bn, discounted to 2024; t = 0 is
 * 2024. After 2033 the same dynamics run on: each curve keeps closing in on the level where new adopters
 * replace those who leave (at the pace it closes in near that level, so the terminal value is the curves'
 * own continuation, not a growth rate chosen apart), every stream follows its curve, and leakage and
 * the API margin keep eroding. That terminal value is shown as its own part of the value.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

const MODELSCOPE = {
	url: 'https://technode.com/2023/08/01/alibabas-modelscope-attracts-over-2-million-developers-amid-ai-frenzy/',
	title: 'Alibaba’s ModelScope attracts over 2 million developers amid AI frenzy',
	date: '2023-08-01',
	quote: 'over 2 million AI developers… more than 1,000 large models'
};

const QWEN_2026 = {
	url: 'https://yourai.pro/alibabas-qwen-leads-the-global-open-source-ai-community-with-700-million-downloads-xinhua-news-agency/',
	title: 'Alibaba’s Qwen leads the global open-source AI community with 700 million downloads (Xinhua)',
	date: '2026-01',
	quote: 'resulting in more than 180,000 derivative versions.'
};

/** Canalys's estimates for the September quarter of 2023, as reported. */
const CANALYS_Q3_2023 = {
	url: 'https://techempiresolutions.com/chinas-cloud-infrastructure-spending-reached-us9-2-billion-in-the-third-quarter-with-relentless-focus-on-artificial-intelligence',
	title:
		'China’s cloud infrastructure spending reached US$9.2 billion in the third quarter (Canalys estimates)',
	date: 'Q3 2023'
};

/** Canalys's estimates for the March quarter of 2025, as reported. */
const CANALYS_Q1_2025 = {
	url: 'https://advancedainews.com/alibaba-huawei-dominate-chinas-growing-cloud-market-alibaba-gr-hldgs-nysebaba',
	title: 'Alibaba, Huawei dominate China’s growing cloud market (citing Canalys)',
	date: 'Q1 2025',
	quote: 'Alibaba Group BABA Cloud led the market with a 33% share and 15% revenue growth.'
};

/** Omdia's estimate of China's AI cloud services market, first half of 2025, as reported. */
const OMDIA_AI_CLOUD = {
	url: 'https://news.nestia.com/detail/Alibaba-outpaces-ByteDance,-Tencent-in-China%E2%80%99s-AI-cloud:-report/13791032',
	title: 'Alibaba outpaces ByteDance, Tencent in China’s AI cloud: report (Tech in Asia)',
	date: '2025-09-11',
	quote:
		'Alibaba Cloud held 35.8% of China’s AI cloud services market in H1 2025, according to research firm Omdia'
};

const GLOBAL_SHARE = {
	url: 'https://www.ainvest.com/news/alibaba-cloud-transformation-global-aspirations-strategic-positioning-global-cloud-computing-race-2509',
	title: 'Alibaba’s cloud transformation and global aspirations (AInvest, citing Synergy Research)',
	date: '2025-09',
	quote: 'Despite holding a modest 4% global market share in Q2 2025'
};

export const openSourceModels: ModelDef = {
	id: 'open-source-models',
	revision: 4,
	history: [
		{
			revision: 2,
			note: 'the share of adopters who pay Alibaba Cloud is now the share of adopting teams that rent cloud compute from anyone, times Alibaba’s share of the market they work in; with that share at 100 % (below) the two are the same',
			renamed: { from: 'conversion', to: 'cloudRun' }
		},
		{
			revision: 2,
			note: 'it now counts teams that rent from any cloud, and Alibaba’s share is applied apart',
			defaultChanged: { id: 'cloudRun', before: 0.05 }
		},
		{
			revision: 2,
			note: 'the old model credited a whole account’s bill to each developer',
			added: { id: 'teamSize', before: 1 }
		},
		{
			revision: 2,
			note: 'the old model applied one market share to every adopter, wherever they work',
			added: { id: 'chinaDevs', before: 1 }
		},
		{
			revision: 2,
			note: 'the old conversion share counted only those who pay Alibaba, as if it had all of the market',
			added: { id: 'aliShareChina', before: 1 }
		},
		{
			revision: 2,
			note: 'Alibaba’s share outside China; it does not matter when every adopter is in China',
			added: { id: 'aliShareAbroad', before: 0.01 }
		},
		{
			revision: 2,
			note: 'the old model let the paid API keep its margin whatever rival open models did',
			added: { id: 'rivalCatchUp', before: 0 }
		},
		{
			revision: 2,
			note: 'the old model had no option that publishes the weights and sells an API; at 100 % that option earns exactly what open weights alone earn',
			added: { id: 'cannibal', before: 1 }
		},
		{
			revision: 2,
			note: 'the old model counted nothing after 2033; −100 % does the same',
			added: { id: 'growth', before: -1 }
		},
		{
			revision: 3,
			note: 'developers now stop using the models at a yearly churn in every year, before 2033 as after, and those who leave can be won again; after 2033 the same curves run on towards the level where new adopters replace them (the API margin still eroding), where before nobody left until 2033 and everything faded after it',
			reworked: true
		},
		{
			revision: 3,
			note: 'the fade after 2033 is now the yearly churn of developers, which applies in every year',
			dropped: { id: 'growth', label: 'Long-run growth after 2033' }
		},
		{
			revision: 3,
			note: 'the old model credited Alibaba with its whole share of the adopters’ compute, as if Qwen’s users chose it no more often than others; at 1× they do not',
			added: { id: 'cloudLift', before: 1 }
		},
		{
			revision: 3,
			note: 'the old model credited the open weights with compute Alibaba would have won anyway on another model',
			added: { id: 'anyway', before: 0 }
		},
		{
			revision: 3,
			note: 'the old model also counted a paid-API developer as a team renting compute to run the weights',
			added: { id: 'overlap', before: 0 }
		},
		{
			revision: 4,
			note: 'what leaks to rivals now shrinks as their own open models catch up, at the pace that erodes the API’s margin; before, the same catch-up eroded the API’s margin but never what rivals gain from Qwen’s weights, which was lost in full for ever',
			reworked: true
		}
	],
	title: 'Qwen: open the weights, sell a paid API, or both?',
	question:
		'Should Alibaba give away the weights of its foundation models (Qwen) to build a developer ecosystem, sell access through a paid API only, or do both?',
	summary:
		'Developers adopt along an S-curve (Bass diffusion), and every year some stop and may be won again. A paid API earns a margin per developer, eroded as rival open models catch up; open weights reach more developers faster, and earn on the Alibaba Cloud compute that teams running them rent beyond what Alibaba would have won anyway, plus community R&D savings, less the value competitors take, which shrinks as their own open models catch up. Doing both earns both, less the API users the free weights take, counting each developer once. Training costs the same either way and is left out. Present value at 2024, USD bn, with the value after 2033 shown apart.',
	periods: { count: 10, unit: 'year', start: 2024 },
	flags: { weights: 1, api: 0 },
	options: [
		{
			id: 'open',
			label: 'Open weights',
			description:
				'Publish the Qwen weights for anyone to download, fine-tune and run, and sell no API; earn from the workloads they bring to Alibaba Cloud that it would not have won anyway.',
			set: { weights: 1, api: 0 }
		},
		{
			id: 'proprietary',
			label: 'Proprietary API',
			description:
				'Keep the weights closed and sell access through a paid API only; earn a margin on every developer who uses it, as long as rival open models leave it one.',
			set: { weights: 0, api: 1 }
		},
		{
			id: 'both',
			label: 'Open weights and a paid API',
			description:
				'Publish the weights and also sell a paid API (a flagship model and a hosted service); earn from cloud accounts and API margins, less the API users who run the free weights instead, with each developer counted once.',
			set: { weights: 1, api: 1 }
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
				'The crux: the share of teams using the open weights that rent cloud compute (any provider) to train or serve them, from the year after they adopt. Alibaba Cloud gains the part of that compute it would not have won anyway (see its pull on Qwen’s users and the compute rented anyway).',
			uncertain: { dist: 'pert', low: 0.08, high: 0.4 },
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
			uncertain: { dist: 'lognormal', low: 2, high: 15 },
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
			uncertain: { dist: 'lognormal', low: 1000, high: 4000 },
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
			uncertain: { dist: 'pert', low: 0.2, high: 0.6 },
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
			uncertain: { dist: 'pert', low: 0.33, high: 0.42 },
			sources: [
				{
					...CANALYS_Q3_2023,
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
					url: 'https://canalys.com/newsroom/mainland-china-cloud-market-q2-2023',
					title: 'Mainland China cloud market, Q2 2023 (Canalys)',
					date: 'Q2 2023',
					quote:
						'Alibaba Cloud announced that it would now include cloud consumption within the Alibaba Group (for example, Taobao and Cainiao) as part of its cloud revenue.',
					role: 'context',
					note: 'So the 39 % counts the group’s own use of its cloud; among outside teams Alibaba’s share is somewhat lower.'
				},
				{
					...CANALYS_Q1_2025,
					role: 'context',
					note: 'The low end of the interval: by early 2025 its share had fallen to 33 %.'
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
			uncertain: { dist: 'lognormal', low: 0.003, high: 0.03 },
			sources: [
				{ ...GLOBAL_SHARE, role: 'context' },
				{ ...CANALYS_Q3_2023, quote: 'accounting for 12% of global cloud spending', role: 'context' },
				{
					assumption:
						'1 %: no public figure gives Alibaba’s share outside China. Its global share is about 4 % (Synergy, Q2 2025); China is about 12 % of the world’s cloud spending and Alibaba holds about 39 % of it (Canalys, Q3 2023), i.e. 0.12 × 0.39 ≈ 4.7 % of world spending, already all of its global share (the trackers and dates differ). Little is left for the rest of the world: 1 % is generous rather than measured.'
				}
			]
		},
		{
			id: 'cloudLift',
			label: 'Alibaba Cloud’s pull on teams running Qwen',
			unit: '×',
			default: 1.25,
			min: 1,
			max: 3,
			step: 0.05,
			description:
				'Alibaba Cloud’s share of the compute rented by teams running Qwen, as a multiple of its share of their market: above 1× when running Qwen draws teams to the cloud that makes it (its own hosting, each release there first, tools tuned to it).',
			uncertain: { dist: 'pert', low: 1, high: 1.8 },
			sources: [
				{
					...OMDIA_AI_CLOUD,
					role: 'context',
					note: 'In AI cloud, where open models’ workloads run, Alibaba’s share (35.8 %, Omdia, H1 2025) is only a little above its share of all cloud in China (33 %, Canalys, Q1 2025): about 1.1×, across every AI workload, Qwen’s or not.'
				},
				{ ...CANALYS_Q1_2025, role: 'context' },
				{
					assumption:
						'1.25×: no public figure gives Alibaba’s share among the teams that run Qwen. Alibaba hosts each release on its own cloud first, with tools tuned to it, so its pull on Qwen’s users should exceed the 1.1× it has across all AI workloads; but the weights run on every cloud (rival clouds in China and abroad host Qwen too). The interval runs from 1× (no pull) to 1.8×; the share is capped at 100 % of the market.'
				}
			]
		},
		{
			id: 'anyway',
			label: 'Compute the adopting teams would have rented anyway',
			unit: '%',
			default: 0.75,
			min: 0,
			max: 1,
			step: 0.01,
			description:
				'Had Qwen stayed closed, the share of the compute its adopting teams rent that they would have rented anyway to run another open model (Llama, Mistral, DeepSeek and others), of which Alibaba Cloud would have won its ordinary share. Only the compute above that is the open weights’ doing; the rest are workloads Qwen brought into being.',
			uncertain: { dist: 'pert', low: 0.5, high: 0.9 },
			sources: [
				{
					assumption:
						'75 %: no public figure. By 2024 several open models of similar quality could be downloaded (Meta’s Llama, Mistral, DeepSeek, Zhipu’s GLM and others), so most teams would have built anyway on one of them and rented the same compute; some would not have built at all without a free model this good, in Chinese especially. The interval runs from 50 % to 90 %.'
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
			uncertain: { dist: 'lognormal', low: 100, high: 400 },
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
			uncertain: { dist: 'pert', low: 0.05, high: 0.45 },
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
			uncertain: { dist: 'pert', low: -0.1, high: 0.5 },
			sources: [
				{
					assumption:
						'20 %: no public figure. The paid API sells the flagship model, which stays closed, and a hosted service; the free weights are a tier below, good enough for some who would have paid. Developers who start on the free weights and later want the flagship pull the other way; the interval runs from −10 % to 50 %.'
				}
			]
		},
		{
			id: 'overlap',
			label: 'Paid-API developers also counted among the weights’ users',
			unit: '%',
			default: 1,
			min: 0,
			max: 1,
			step: 0.05,
			description:
				'Only when Alibaba both publishes the weights and sells an API: the share of the API’s paying developers who are also in the open weights’ curve. They pay the API margin, so they are not counted again among the teams renting compute to run the weights.',
			sources: [
				{
					assumption:
						'100 %: the API’s market is sized as ModelScope’s developers and the weights’ market as five times as many, so the first lies inside the second; a team that pays for the hosted API does not also rent compute to run the same model. Lower it for API developers the free weights would never reach.'
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
			description:
				'The Bass market M for open weights: the developers the weights can win, using them or not; those who stop using them stay in it and can be won again.',
			uncertain: { dist: 'lognormal', low: 6, high: 18 },
			sources: [
				{
					...MODELSCOPE,
					role: 'context',
					note: 'A scale, not a measure of the market: developers on Alibaba’s own model-sharing platform, mostly in China, two years into the generative-AI boom.'
				},
				{
					assumption:
						'10 m developers, about five times the 2 m ModelScope had drawn by August 2023: open weights can be downloaded and run anywhere in the world, not only from Alibaba’s platform. No public figure counts the developers who could build on Qwen; the multiple is a judgement, and the interval runs from 6 m to 18 m (three to nine times ModelScope).'
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
			description: 'The Bass market M for the paid API: the developers it can win, using it or not.',
			uncertain: { dist: 'lognormal', low: 1, high: 4 },
			sources: [
				{
					...MODELSCOPE,
					role: 'context',
					note: 'Developers who come to Alibaba’s own platform, mostly to download open models: a scale for a paid API’s reach, not a count of its customers.'
				},
				{
					assumption:
						'2 m developers, about as many as ModelScope had drawn by August 2023: a paid API mostly reaches developers who already use Alibaba’s platforms, and competes with other paid APIs for the rest. No public figure counts the developers who would pay for Qwen’s API; the interval runs from 1 m to 4 m.'
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
			uncertain: { dist: 'pert', low: 0.02, high: 0.1 },
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
			uncertain: { dist: 'pert', low: 0.4, high: 0.75 },
			sources: [
				{
					doc: DOC_TOWSON,
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
			uncertain: { dist: 'pert', low: 0.2, high: 0.5 },
			sources: [
				{
					assumption:
						'0.35: about the 0.38 that published Bass fits average (Sultan, Farley and Lehmann, 1990); a paid API cannot be passed around, forked or fine-tuned by others.'
				}
			]
		},
		{
			id: 'churn',
			label: 'Developers who stop using the models each year',
			unit: '%',
			default: 0.2,
			min: 0,
			max: 0.5,
			step: 0.01,
			description:
				'Each year, before 2033 as after, this share of the developers using either offer stop: their project ends, or they move to a rival model. They can be won again like anyone not using it, so the curve levels off where new adopters replace those who leave. Cloud accounts and community work follow the developers.',
			uncertain: { dist: 'pert', low: 0.08, high: 0.35 },
			sources: [
				{
					assumption:
						'20 % a year, so a developer stays about five years: a model generation is out of date within a year or two and developers switch between model families (Llama, Qwen, DeepSeek) easily, but a workload that runs on a cloud stays there for some years. No public figure measures it; the interval runs from 8 % to 35 %. Revision 2 used the same 20 % as a fade that began only after 2033.'
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
			uncertain: { dist: 'pert', low: 0.05, high: 0.5 },
			sources: [
				{
					doc: DOC_TOWSON,
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
				'What Alibaba loses in the first year of the release because rivals build products and cloud services on its weights for free. It shrinks each year as rivals’ own open models close the gap, at the pace that erodes the API’s margin: what rivals gain from Qwen’s weights is their lead over what they would have had anyway.',
			uncertain: { dist: 'pert', low: 0.05, high: 0.4 },
			sources: [
				{
					assumption:
						'USD 0.15 bn in the first year: rival model makers and clouds save part of their own training cost and compete on price with Alibaba’s own models. No public figure measures it.'
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
			uncertain: { dist: 'normal', low: 0.085, high: 0.115 },
			sources: [
				{ ...groupWacc, role: 'context' },
				{
					assumption:
						'10 %: the group’s 7.9 % plus about 2 points, a judgement, for one unit whose payoff rides on a fast-moving technology and on policy. No risk is counted twice: the model carries no separate probability of losing chips or access. Interval 8.5–11.5 %.'
				}
			]
		}
	],
	series: {
		weightUsers: {
			label: 'Developers using the open weights',
			unit: 'm developers',
			formula:
				'weights * (prev(weightUsers, 0) * (1 - churn) + (innovation + qOpen * prev(weightUsers, 0) / marketOpen) * (marketOpen - prev(weightUsers, 0)))'
		},
		apiReach: {
			label: 'Developers the paid API would reach on its own',
			unit: 'm developers',
			formula:
				'api * (prev(apiReach, 0) * (1 - churn) + (innovation + qApi * prev(apiReach, 0) / marketApi) * (marketApi - prev(apiReach, 0)))'
		},
		apiUsers: {
			label: 'Developers paying for the API',
			unit: 'm developers',
			formula: 'apiReach * (1 - weights * cannibal)'
		},
		selfRun: {
			label: 'Developers running the weights, not paying for the API',
			unit: 'm developers',
			formula: 'max(0, weightUsers - weights * overlap * apiUsers)'
		},
		payingShare: {
			label: 'Adopting teams whose cloud bill the weights add to Alibaba’s',
			unit: '%',
			formula:
				'cloudRun * (chinaDevs * (min(1, cloudLift * aliShareChina) - anyway * aliShareChina) + (1 - chinaDevs) * (min(1, cloudLift * aliShareAbroad) - anyway * aliShareAbroad))'
		},
		accounts: {
			label: 'Alibaba Cloud accounts the open weights add',
			unit: 'm accounts',
			formula: 'weights * payingShare * prev(selfRun, 0) / teamSize'
		},
		cloud: { label: 'Cloud profit', unit: 'USD bn', formula: 'accounts * cloudProfit / 1000' },
		apiMargin: {
			label: 'API margin per developer',
			unit: 'USD/yr',
			formula: 'apiProfit * (1 - rivalCatchUp)^t'
		},
		licence: { label: 'API profit', unit: 'USD bn', formula: 'apiUsers * apiMargin / 1000' },
		community: {
			label: 'R&D saved less value leaked',
			unit: 'USD bn',
			formula: 'weights * (rdSaving * weightUsers / marketOpen - leakage * (1 - rivalCatchUp)^t)'
		},
		cash: { label: 'Value to Alibaba in the year', unit: 'USD bn', formula: 'cloud + licence + community' },
		pv: {
			label: 'Cumulative present value to Alibaba',
			unit: 'USD bn',
			formula: 'prev(pv, 0) + cash / (1 + rate)^t'
		},
		settleOpen: {
			label: 'Share of its market the open weights hold once new adopters replace those who leave',
			unit: '%',
			formula:
				'2 * innovation / (innovation + churn - qOpen + sqrt((innovation + churn - qOpen)^2 + 4 * qOpen * innovation))'
		},
		settleApi: {
			label: 'Share of its market the paid API holds once new adopters replace those who leave',
			unit: '%',
			formula:
				'2 * innovation / (innovation + churn - qApi + sqrt((innovation + churn - qApi)^2 + 4 * qApi * innovation))'
		},
		gapOpen: {
			label: 'Part of the distance to that share left a year later, open weights',
			unit: '%',
			formula: '1 - churn - innovation + qOpen * (1 - 2 * settleOpen)'
		},
		gapApi: {
			label: 'Part of the distance to that share left a year later, paid API',
			unit: '%',
			formula: '1 - churn - innovation + qApi * (1 - 2 * settleApi)'
		},
		aheadOpen: {
			label: 'Developers using the weights in the years after, discounted to the year',
			unit: 'm developer-years',
			formula:
				'weights * marketOpen * settleOpen / rate + (weightUsers - weights * marketOpen * settleOpen) * gapOpen / (1 + rate - gapOpen)'
		},
		aheadApi: {
			label: 'Developers the paid API reaches in the years after, discounted to the year',
			unit: 'm developer-years',
			formula:
				'api * marketApi * settleApi / rate + (apiReach - api * marketApi * settleApi) * gapApi / (1 + rate - gapApi)'
		},
		eroded: {
			label: 'Discount rate with the API margin’s erosion',
			unit: '%',
			formula: '(1 + rate) / (1 - rivalCatchUp) - 1'
		},
		aheadApiPaid: {
			label: 'Developers the paid API reaches in the years after, discounted with its margin’s erosion',
			unit: 'm developer-years',
			formula:
				'api * marketApi * settleApi / eroded + (apiReach - api * marketApi * settleApi) * gapApi / (1 + eroded - gapApi)'
		},
		cloudAfter: {
			label: 'Cloud profit in the years after, discounted to the year',
			unit: 'USD bn',
			formula:
				'weights * payingShare / teamSize * cloudProfit / 1000 * (selfRun + max(0, aheadOpen - weights * overlap * (1 - weights * cannibal) * aheadApi)) / (1 + rate)'
		},
		licenceAfter: {
			label: 'API profit in the years after, discounted to the year',
			unit: 'USD bn',
			formula: '(1 - weights * cannibal) * apiMargin / 1000 * aheadApiPaid'
		},
		communityAfter: {
			label: 'R&D saved less value leaked in the years after, discounted to the year',
			unit: 'USD bn',
			formula: 'weights * (rdSaving * aheadOpen / marketOpen - leakage * (1 - rivalCatchUp)^t / eroded)'
		},
		beyond: {
			label: 'Value after 2033, in the last year',
			unit: 'USD bn',
			formula: 't == periods - 1 ? (cloudAfter + licenceAfter + communityAfter) / (1 + rate)^t : 0'
		}
	},
	outputs: {
		value: {
			label: 'Value to Alibaba, 2024 onwards',
			unit: 'USD bn',
			formula: 'last(pv) + last(beyond)',
			description:
				'Present value in 2024 of what the option adds: 2024–2033 year by year, and after 2033 as the same dynamics run on (the curves settling where new adopters replace those who leave, the API margin and the leakage still eroding). The training cost, the same for all, is left out.'
		},
		developers: {
			label: 'Developers using the open weights in 2033',
			unit: 'm developers',
			formula: 'last(weightUsers)'
		},
		apiDevelopers: {
			label: 'Developers paying for the API in 2033',
			unit: 'm developers',
			formula: 'last(apiUsers)'
		},
		payingShare: {
			label: 'Adopting teams whose cloud bill the weights add to Alibaba’s',
			unit: '%',
			formula: 'last(payingShare)'
		},
		customers: {
			label: 'Alibaba Cloud accounts the open weights add, in 2033',
			unit: 'm accounts',
			formula: 'last(accounts)'
		},
		cloudValue: { label: 'Cloud profit, 2024–2033', unit: 'USD bn', formula: 'npv(cloud, rate)' },
		licenceValue: { label: 'API profit, 2024–2033', unit: 'USD bn', formula: 'npv(licence, rate)' },
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
				'What every stream earns after 2033, in present value at 2024: the same dynamics run on, each developer curve closing in on the level where new adopters replace those who leave, and leakage and the API margin eroding at the rivals’ pace.'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'terminalValue' },
	chart: { series: 'pv' },
	breakdown: { add: ['cloudValue', 'licenceValue', 'communityValue', 'terminalValue'] },
	card: {
		includes: [
			'Developer adoption of each offer along a discrete Bass curve (innovators and imitators): free weights reach a larger market and spread faster than a paid API. Every year a share of the developers using either offer stop (churn) and can be won again, so each curve levels off where new adopters replace those who leave.',
			'Cloud profit from open weights, counting only what Alibaba would not have won anyway: the teams running the weights that rent compute, counted in accounts (developers per account), at Alibaba’s share among teams using Qwen (its share of the market where they work, lifted by Qwen’s pull) less its ordinary share of the compute they would have rented anyway to run another model.',
			'A paid API’s margin per developer, eroded each year as rival open models, which anyone can host at serving cost, close the quality lead the margin is paid for.',
			'The option Alibaba runs, open weights and a paid API: it earns both, less the API users who run the free weights instead (net cannibalisation), and counts a developer who pays for the API once, not again as a team renting compute to run the weights.',
			'Community R&D savings that grow with the developers using the weights, and value leaked to rivals from the day of release, shrinking as rival open models catch up at the pace that erodes the API’s margin.',
			'Value after 2033 as a terminal value that follows the same dynamics: each developer curve keeps closing in on the level where new adopters replace those who leave, at the pace it closes in near that level, each stream follows its curve, and leakage and the API margin keep eroding; shown as its own part of the value, at an explicit discount rate.'
		],
		leavesOut: [
			{
				what: 'The cost of training the models',
				why: 'it is the same under every option, so it cancels from every comparison; the values are what each option adds on top of it. After 2033 the strategy is taken to run on as before, new releases included, paid for alike under every option.'
			},
			{
				what: 'A fade of the whole position after 2033',
				why: 'developers leave at the same yearly churn after 2033 as before, and the same market replaces them; a room that expects Qwen’s standing to fade can raise the churn, which lowers the curves before 2033 as well. Each curve’s path after 2033 is taken at the pace it closes in near its settled level: within a fraction of a per cent of running the curves on year by year at the defaults, and up to about an eighth off for a curve still far from settled in 2033 (slow to spread, slow to lose users).'
			},
			{
				what: 'Different use of public cloud in China and abroad',
				why: 'one share of adopting teams rents compute everywhere. An executive’s figures (28 % of computing power on public cloud in China, 60 % in the United States) would lower the weight of China, where Alibaba’s share is large, and so favour the closed API; they are a claim, not a measure of AI teams.'
			},
			{
				what: 'Rival open models eroding what Qwen earns for Alibaba, not only what it leaks and what the API charges',
				why: 'the catch-up erodes two things in the model: the API’s margin and what rivals gain from Qwen’s weights, both Qwen’s lead over rivals’ own open models. The community’s R&D savings and Qwen’s pull on cloud customers are held as they are, on the view that the community’s work saves Alibaba its own cost whatever rivals release. That view carries the verdict: most of doing both’s lead over the closed API is R&D savings after 2033 (about USD 0.59 bn of 0.74), and if those savings also fade faster than about 12 % a year the closed API comes first again (at the rivals’ 20 % it leads, USD 0.27 bn against 0.12). Opening the weights may also speed the rivals themselves; the effect is small (doing both about USD 0.95 bn instead of 1.01).'
			},
			{
				what: 'Rival open models shrinking Qwen’s market',
				why: 'the developers who move to a rival model are part of the yearly churn, and the open-weights market (M) is a judgement of the developers Qwen can reach against its rivals; only the closed API’s margin is capped explicitly, because that is where rivals change what the decision earns.'
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
		carries: ['leakage', 'rdSaving', 'rivalCatchUp', 'cloudRun', 'churn', 'cloudLift', 'anyway', 'teamSize'],
		actual:
			'Alibaba publishes the weights of most Qwen models and sells a paid API for its flagship and hosted models: the third option. At the sourced defaults the model explains that choice: doing both comes first, open weights alone second and the closed API last, and doing both stays ahead of open weights alone in about 89 % of the simulated futures. The explanation rests on the years after 2033. Doing both loses money to 2026, passes the closed API’s yearly value in 2028 and its cumulative value only in 2033; nearly all of its lead over the API (about USD 0.74 bn) is value after 2033, where the community’s R&D savings run on while what leaks to rivals fades as their own open models catch up. Doing both beats open weights alone because the API earns more on its developers than the cloud bills they would have brought by running the weights themselves. The closed API would come first if more leaks to rivals (above about USD 0.35 bn in the first year, inside its interval), if the community’s work is worth less (below about USD 0.06 bn a year at full reach), or if rivals catch up more slowly than about 4 % a year, below its interval; no share of teams renting compute flips it. Revision 3 held what leaks to rivals constant for ever while the same rivals eroded the API’s margin, and so ranked the closed API first; revision 4 lets one catch-up erode both.',
		answers: [
			{
				finding:
					'Leakage never erodes, though the API margin erodes because rivals catch up: if rivals close Qwen’s lead, what they gain from Qwen’s weights should shrink at least as fast. This alone decided revision 3’s verdict.',
				answer:
					'Followed in revision 4: what leaks to rivals shrinks at the pace that erodes the API’s margin, before and after 2033, because both are the same lead over rivals’ own open models. A room that thinks rivals gain from Qwen’s weights for reasons a catch-up does not remove (its data, its licence, its Chinese-language strength) can raise the first year’s leakage: the closed API comes first above about USD 0.35 bn. The verdict changed from the closed API to doing both; no default was moved. A re-review found the correction one-sided: the same catch-up could erode the community’s R&D savings and Qwen’s pull on cloud customers, and an erosion of the savings faster than about 12 % a year hands the verdict back to the closed API. That is stated in what the model leaves out, with the figures, for a room to argue.'
			},
			{
				finding:
					'Adopters never churn before 2033, then fade at −20 % a year only after it: model churn consistently in all years, with the terminal value following the same dynamics.',
				answer:
					'Followed for the churn, which now applies in every year at the 20 % revision 2 used after 2033. Not followed for a fade after 2033: a developer who stops is one of those the offer can still win, as in diffusion models of subscription services with churn, so new adopters replace leavers before 2033 and after it, and after 2033 each curve runs on towards the level where the two balance rather than fading (the API margin alone keeps eroding). Treating every leaver as lost for good would make the developer base shrink to nothing after the market is reached, whatever new models Alibaba releases. With churn at 0 the curves to 2033 are revision 2’s.'
			},
			{
				finding:
					'The cloud credit counts business Alibaba would have won anyway: only conversion above the baseline share is value created by the open weights.',
				answer:
					'Followed in part. The compute adopting teams would have rented anyway to run another open model (75 % assumed) is credited only above Alibaba’s ordinary share of it; the rest is compute that exists because Qwen does, and it is credited at Alibaba’s share among Qwen’s users, since without Qwen Alibaba would not have won any of it. A room that believes every workload would have existed anyway sets that share to 100 %: with no pull the cloud credit is then zero.'
			}
		]
	},
	teach: {
		context: [
			{
				text: 'Unlike rivals that kept their best models closed, Alibaba has published the weights of successive Qwen models. An observer reads it as a bet that a GenAI business backed by a profitable commerce group can afford to give the models away and earn elsewhere.',
				after: 'outcome',
				sources: [
					{
						doc: DOC_TOWSON,
						quote:
							'So, unlike some competitors who rely heavily on proprietary AI models, Alibaba has made a strategic decision to focus on open source for generative AI.',
						role: 'context'
					},
					{
						doc: DOC_TOWSON,
						quote:
							'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.',
						role: 'context'
					}
				]
			},
			{
				text: 'An observer names the measure to watch: developers. ModelScope, Alibaba’s model-sharing platform, had drawn over 2 million of them by August 2023; the model uses that figure for the scale of each option’s market.',
				sources: [
					{
						doc: DOC_TOWSON,
						quote:
							'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.',
						role: 'context'
					},
					{ ...MODELSCOPE, role: 'context' }
				]
			},
			{
				text: 'In hindsight, and after the years this model starts from: by January 2026 Qwen counted 700 million downloads and more than 180,000 derivative models. That is reach; what share of it pays Alibaba Cloud is still the open question.',
				after: 'outcome',
				sources: [
					{ ...QWEN_2026, role: 'context' },
					{
						doc: DOC_TOWSON,
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
				text: 'Does the share of the teams using the open weights that rent Alibaba Cloud compute decide it? If not, what does the answer rest on?',
				param: 'cloudRun'
			},
			{
				id: 'overtake',
				text: 'Publishing the weights starts behind the closed API. Does it ever catch up, by 2033 or after it? What would a CFO say in the years before?'
			},
			{
				id: 'curves',
				text: 'How fast must developers copy one another onto the open weights (the imitation rate) before publishing them stops beating the closed API, and is that pace plausible?',
				param: 'qOpen'
			},
			{
				id: 'leakage',
				text: 'How much value can leak to competitors before giving the weights away stops paying?',
				param: 'leakage'
			},
			{
				id: 'cashMachine',
				text: 'Would a company without an “ecommerce cash machine” make the same choice? Move the discount rate, then set the teams renting cloud compute to zero, and see.'
			},
			{
				id: 'rivals',
				text: 'Rival open models exist whatever Alibaba does. How fast must they catch up before keeping the weights closed stops paying?',
				param: 'rivalCatchUp'
			}
		]
	}
};
