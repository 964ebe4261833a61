import type { ModelDef } from '$lib/engine/types';

/** open-source-models as it stood at revision 1, frozen so that old links can be recomputed as their sender saw them. */
export default {
	id: 'open-source-models',
	// Frozen before random streams were keyed by parameter id: it draws by position, as its links did.
	streams: 'by-position',
	title: 'Qwen: open the weights, or sell a paid API?',
	question:
		'Should Alibaba give away the weights of its foundation models (Qwen) to build a developer ecosystem, or sell access through a paid API only?',
	summary:
		'Developers adopt along an S-curve (Bass diffusion). The paid API earns a licence profit per developer; open weights reach more developers faster, and earn when a share of them become paying Alibaba Cloud customers, plus community R&D savings, less the value competitors take. Training costs the same either way and is left out. Present value at 2024, USD bn.',
	periods: {
		count: 10,
		unit: 'year',
		start: 2024
	},
	flags: {
		open: 1
	},
	options: [
		{
			id: 'open',
			label: 'Open weights',
			description:
				'Publish the Qwen weights for anyone to download, fine-tune and run; earn from developers who run their workloads on Alibaba Cloud.',
			set: {
				open: 1
			}
		},
		{
			id: 'proprietary',
			label: 'Proprietary API',
			description:
				'Keep the weights closed and sell access through a paid API only; earn a licence profit on every developer who uses it.',
			set: {
				open: 0
			}
		}
	],
	params: [
		{
			id: 'conversion',
			label: 'Open-weight adopters who become paying cloud customers',
			unit: '%',
			default: 0.05,
			min: 0,
			max: 0.2,
			step: 0.0025,
			description:
				'The crux: the share of developers using the open weights who run their training and inference on Alibaba Cloud, from the year after they adopt.',
			uncertain: {
				dist: 'pert',
				low: 0.02,
				high: 0.1
			},
			sources: [
				{
					doc: '001_86fc04a350121958.txt',
					quote:
						'So, unlike some competitors who rely heavily on proprietary AI models, Alibaba has made a strategic decision to focus on open source for generative AI.'
				},
				{
					url: 'https://canalys.com/newsroom/mainland-china-cloud-service-q1-2024',
					title: 'Mainland China cloud services, Q1 2024',
					date: 'Q1 2024',
					quote: 'collectively growing 22% and capturing 72% of the total market',
					note: 'Alibaba Cloud is one of those top three in China. If about a fifth of adopters deploy to a public cloud and a quarter of those pick Alibaba (roughly its part of the three’s 72 %): 0.2 × 0.25 = 5 %.'
				},
				{
					assumption:
						'5 %: no public figure measures it. Many adopters run the weights on their own machines or on rival clouds; those who deploy at scale in China often use Alibaba Cloud. The interval runs from 2 % to 10 %; find where it flips the answer.'
				}
			]
		},
		{
			id: 'cloudProfit',
			label: 'Cloud profit per paying customer',
			unit: 'USD/yr',
			default: 2000,
			min: 500,
			max: 6000,
			step: 50,
			description:
				'What Alibaba Cloud earns, after the cost of serving it, on a converted developer’s training and inference each year.',
			uncertain: {
				dist: 'lognormal',
				low: 1000,
				high: 4000
			},
			sources: [
				{
					assumption:
						'USD 2,000 a year: a small team’s GPU bill of about USD 10,000 a year at a 20 % contribution margin. Alibaba’s reported adjusted EBITA margin for cloud rose from about 5 % to 9 % between the September quarters of 2023 and 2024 (Alibaba quarterly results); extra workloads on capacity already built earn more than that average.'
				}
			]
		},
		{
			id: 'apiProfit',
			label: 'API licence profit per developer',
			unit: 'USD/yr',
			default: 200,
			min: 50,
			max: 800,
			step: 10,
			description: 'What the paid API earns, after serving costs, on each developer using it each year.',
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
					note: 'Five times the 2 m developers ModelScope had drawn by August 2023, mostly in China, because open weights can be downloaded and run anywhere in the world.'
				},
				{
					assumption:
						'10 m developers: the multiple of five is a judgement; the interval runs from three to nine times ModelScope’s 2 m.'
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
			description: 'The Bass market M for the proprietary API.',
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
					note: 'Taken as the API’s market: about the 2 m developers who already come to Alibaba’s own platform.'
				},
				{
					assumption:
						'2 m developers: a paid API mostly reaches developers who already use Alibaba’s platforms; it competes with other paid APIs for the rest.'
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
				'The Bass coefficient p, the same for both options: the share of developers not yet using the models who start in a year without being told to by others.',
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
						'This fosters a community-driven approach to AI development and accelerates the pace of innovation.'
				},
				{
					assumption:
						'0.6: above the 0.38 that published Bass fits average (Sultan, Farley and Lehmann, 1990), because free weights spread through derivative models, tutorials and word of mouth.'
				}
			]
		},
		{
			id: 'qApi',
			label: 'Imitation, proprietary API',
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
						'This goal is to encourage collaboration, innovation, and wider adoption of their AI technologies.'
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
					assumption: '10 %: the group’s 7.9 % plus a premium for a single unit and for policy risk.'
				}
			]
		}
	],
	series: {
		market: {
			label: 'Developers the option can reach (M)',
			unit: 'm developers',
			formula: 'open ? marketOpen : marketApi'
		},
		imitation: {
			label: 'Imitation (q)',
			unit: '%',
			formula: 'open ? qOpen : qApi'
		},
		adopters: {
			label: 'Developers using the models',
			unit: 'm developers',
			formula:
				'prev(adopters, 0) + (innovation + imitation * prev(adopters, 0) / market) * (market - prev(adopters, 0))'
		},
		paying: {
			label: 'Paying cloud customers from open weights',
			unit: 'm customers',
			formula: 'open * conversion * prev(adopters, 0)'
		},
		cloud: {
			label: 'Cloud profit',
			unit: 'USD bn',
			formula: 'paying * cloudProfit / 1000'
		},
		licence: {
			label: 'API licence profit',
			unit: 'USD bn',
			formula: '(1 - open) * adopters * apiProfit / 1000'
		},
		community: {
			label: 'R&D saved less value leaked',
			unit: 'USD bn',
			formula: 'open * (rdSaving * adopters / market - leakage)'
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
		}
	},
	outputs: {
		value: {
			label: 'Value to Alibaba, 2024–2033',
			unit: 'USD bn',
			formula: 'last(pv)',
			description:
				'Present value in 2024 of what the option adds from 2024 to 2033; the training cost, the same for both, is left out.'
		},
		developers: {
			label: 'Developers reached by 2033',
			unit: 'm developers',
			formula: 'last(adopters)'
		},
		customers: {
			label: 'Paying cloud customers in 2033',
			unit: 'm customers',
			formula: 'last(paying)'
		},
		cloudValue: {
			label: 'Cloud profit, present value',
			unit: 'USD bn',
			formula: 'npv(cloud, rate)'
		},
		licenceValue: {
			label: 'API licence profit, present value',
			unit: 'USD bn',
			formula: 'npv(licence, rate)'
		},
		communityValue: {
			label: 'R&D saved less value leaked, present value',
			unit: 'USD bn',
			formula: 'npv(community, rate)'
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
		add: ['cloudValue', 'licenceValue', 'communityValue']
	},
	teach: {
		context: [
			{
				text: 'Unlike rivals that kept their best models closed, Alibaba has published the weights of successive Qwen models. An observer reads it as a bet that a GenAI business backed by a profitable commerce group can afford to give the models away and earn elsewhere.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'So, unlike some competitors who rely heavily on proprietary AI models, Alibaba has made a strategic decision to focus on open source for generative AI.'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
					}
				]
			},
			{
				text: 'The same observer names the measure to watch: developers. ModelScope, Alibaba’s model-sharing platform, had drawn over 2 million of them by August 2023; the model uses that figure for the scale of each option’s market.',
				sources: [
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.'
					},
					{
						url: 'https://technode.com/2023/08/01/alibabas-modelscope-attracts-over-2-million-developers-amid-ai-frenzy/',
						title: 'Alibaba’s ModelScope attracts over 2 million developers amid AI frenzy',
						date: '2023-08-01',
						quote: 'over 2 million AI developers… more than 1,000 large models'
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
						quote: 'resulting in more than 180,000 derivative versions.'
					},
					{
						doc: '001_86fc04a350121958.txt',
						quote:
							'As they keep rolling out new versions of Qwen, I’m watching to see if they stay open source.'
					}
				]
			}
		],
		prompts: [
			{
				id: 'conversion',
				text: 'What share of open-weight developers must end up paying Alibaba Cloud for open weights to beat the paid API? Is that share plausible?'
			},
			{
				id: 'overtake',
				text: 'Open weights start behind and overtake later. Which year, and what would a CFO say in the years before?'
			},
			{
				id: 'curves',
				text: 'Compare the two developer curves: which assumption, the market size or the imitation rate, makes the bigger difference?'
			},
			{
				id: 'leakage',
				text: 'How much value can leak to competitors before giving the weights away stops paying?'
			},
			{
				id: 'cashMachine',
				text: 'Would a company without an “ecommerce cash machine” make the same choice? Raise the discount rate and see.'
			}
		]
	}
} satisfies ModelDef;
