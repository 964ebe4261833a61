import type { RoomGuide } from '$lib/guides/types';

const DOC_TOWSON = '001_86fc04a350121958.txt';

const CASH_MACHINE = {
	doc: DOC_TOWSON,
	quote:
		'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
};

export const openSourceModelsGuide: RoomGuide = {
	modelId: 'open-source-models',
	goals: [
		'Describe developer adoption as an S-curve (Bass diffusion: innovators and imitators) and explain why open weights reach more developers, sooner, than a paid API.',
		'Locate where an open strategy earns its money: adopters who become paying cloud customers and community R&D, less the value that leaks to rivals.',
		'Find the share of adopters who must pay Alibaba Cloud for open weights to win, and argue whether that share is plausible.',
		'Explain why giving a product away suits a company that owns the platform the product runs on.'
	],
	runningOrder: [
		{
			minutes: 4,
			title: 'The question',
			step: 'question',
			what: 'Read the question. Ask the room: would you give away a model that cost a fortune to train? Take a quick vote and note it.'
		},
		{
			minutes: 6,
			title: 'Two ways to earn from a model',
			step: 'options',
			what: 'The paid API earns a licence profit on every developer who uses it. Open weights earn nothing directly: they earn when adopters run their workloads on Alibaba Cloud, and through the community’s work, while rivals use the weights for free. The training cost is the same either way and is left out.'
		},
		{
			minutes: 7,
			title: 'The assumptions and the S-curves',
			step: 'assumptions',
			what: 'Show the key assumptions, then sketch two S-curves on the board: how many developers each option can reach, and how fast they follow one another. Stress that the conversion share has no public figure; it is the crux.'
		},
		{
			minutes: 7,
			title: 'The outcome: behind first, ahead later',
			step: 'outcome',
			what: 'Reveal the verdict and the chart of value over time: the open option starts behind and overtakes. Take the CFO prompt with the whole room.',
			prompts: ['overtake']
		},
		{
			minutes: 11,
			title: 'Small groups: one assumption each',
			what: 'Each group takes one prompt, moves the assumptions it names on the decision page, and prepares one sentence with one number.',
			prompts: ['conversion', 'curves', 'leakage']
		},
		{
			minutes: 7,
			title: 'What would flip it',
			step: 'flip',
			what: 'Groups report back, the conversion group first. Reveal each break-even value as it is named; ask which ones lie within what the room would bet on.'
		},
		{
			minutes: 3,
			title: 'Close: who can afford to give it away?',
			step: 'discuss',
			what: 'End on the last prompt, about the cash machine: ask who else could make the same choice, and who could not.',
			prompts: ['cashMachine']
		}
	],
	answers: {
		conversion: {
			text: 'Open weights beat the paid API once more than {flip:conversion} of the developers using them become paying Alibaba Cloud customers, against the {value:conversion} assumed, which no public figure measures. It is plausible because the base is large: open weights reach {output:open.developers} by the model’s last year against {output:proprietary.developers} for the API, so even a small share gives {output:open.customers} paying Alibaba Cloud by then. It is fragile because the weights run just as well on rival clouds and on developers’ own machines, so the share of adopters who deploy on Alibaba Cloud is the number to watch, more than downloads.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.'
				}
			]
		},
		overtake: {
			text: 'On the chart open weights pass the paid API for good in {overtake}. Before that the open option bears leakage to rivals ({value:leakage}) from the day of release, earns its first cloud profit only a year after developers adopt, and gives up the licence profit the API earns from the start, so a CFO would see a cost centre whose return appears in the cloud unit’s accounts rather than the model team’s. The reply is the value over the horizon, {output:open.value} against {output:proprietary.value}, and the observer’s point that a group with another source of cash can afford to wait for it.',
			quotes: [CASH_MACHINE]
		},
		curves: {
			text: 'The market size. Open weights stay ahead until their market falls from {value:marketOpen} to {flip:marketOpen}, or their imitation rate from {value:qOpen} to {flip:qOpen}, and the imitation rate has to fall further in proportion. With innovators at {value:innovation} a year and imitation that strong, the open curve is close to its ceiling by the model’s last year ({output:open.developers}), so imitation mostly changes when developers arrive, which discounting punishes only mildly, while the market size sets how many ever arrive. No imitation rate for the API, from {never:qApi}, flips the verdict.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This fosters a community-driven approach to AI development and accelerates the pace of innovation.'
				}
			]
		},
		leakage: {
			text: 'Giving the weights away keeps paying until leakage reaches {flip:leakage}, against {value:leakage} assumed, with the community’s R&D savings (up to {value:rdSaving} at full reach) offsetting part of it. Leakage starts on release day, before any cloud profit, so it weighs more in present value than its size suggests. It is also the other face of adoption: the rival clouds that host the models and the model makers who build on them spread the same openness that makes developers follow one another, so the defence is to make Alibaba Cloud the easiest place to run the models, not to close them.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This goal is to encourage collaboration, innovation, and wider adoption of their AI technologies.'
				}
			]
		},
		cashMachine: {
			text: 'The discount rate alone does not change the answer: open weights stay ahead at every rate from {never:rate}, though their lead shrinks from {margin} to {margin@rate=max} at the top of the range, because their value comes later. What a company without a cash machine lacks is less patience than a place to earn: with no cloud to turn developers into paying customers the conversion share is zero, and {best@conversion=0} leads by {margin@conversion=0}. So open weights suit a company that owns the platform the models run on; a model maker without one would sooner sell an API, or open its weights only to sell something else.',
			quotes: [CASH_MACHINE]
		}
	}
};
