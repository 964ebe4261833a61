import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

const CASH_MACHINE = {
	doc: DOC_TOWSON,
	quote:
		'That’s a really good strategy for a GenAI business that has an ecommerce cash machine in their back pocket.'
};

export const openSourceModelsGuide: RoomGuide = {
	modelId: 'open-source-models',
	goals: [
		'Describe developer adoption as an S-curve (Bass diffusion: innovators and imitators) and explain why open weights reach more developers, sooner, than a paid API.',
		'Locate where an open strategy earns its money: teams that rent Alibaba Cloud compute (an account’s bill, at Alibaba’s share of the market where they work) and community R&D, less the value that leaks to rivals; and why rival open models cap what a closed API can charge.',
		'Find the share of adopting teams that must rent cloud compute for publishing the weights to beat a closed API, and argue whether that share is plausible.',
		'Explain why giving a product away suits a company that owns the platform the product runs on, and why selling an API beside the free weights costs little.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question. Ask the room: would you give away a model that cost a fortune to train? Take a quick vote and note it.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three ways to earn from a model',
			slide: 'options',
			what: 'The closed API earns a margin on every developer who uses it, for as long as its quality lead over rival open models lasts. Open weights earn nothing directly: they earn when adopting teams rent Alibaba Cloud compute, and through the community’s work, while rivals use the weights for free. Doing both, as Alibaba does, earns both, less the API users who run the free weights instead. The training cost is the same either way and is left out.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions and the S-curves',
			slide: 'assumptions',
			what: 'Show the key assumptions, then sketch the S-curves on the board: how many developers each offer can reach, and how fast they follow one another. Stress that the share of adopting teams that rent cloud compute has no public figure; it is the crux, with the value leaked to rivals.'
		},
		{
			id: 'outcome',
			minutes: 7,
			title: 'The outcome: a lead that lies after 2033',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of value over time: publishing the weights is still behind the closed API in 2033 and leads only on the value after it. Take the CFO prompt with the whole room.',
			prompts: ['overtake']
		},
		{
			id: 'groups',
			minutes: 11,
			title: 'Small groups: one assumption each',
			slide: 'groups',
			what: 'Each group takes one prompt, moves the assumptions it names on the decision page, and prepares one sentence with one number.',
			prompts: ['cloudRun', 'curves', 'leakage', 'rivals']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the cloud-compute group first. Reveal each break-even value as it is named; ask which ones lie within what the room would bet on.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close: who can afford to give it away?',
			slide: 'discuss',
			vote: 'again',
			what: 'End on the cash-machine prompt: ask who else could make the same choice, and who could not.',
			prompts: ['cashMachine']
		}
	],
	answers: {
		cloudRun: {
			text: 'Publishing the weights and selling an API beats the closed API once more than {flip:cloudRun} of the teams using the weights rent cloud compute, against the {value:cloudRun} assumed, which no public figure measures. Alibaba Cloud wins only its share of that compute where the teams work ({value:aliShareChina} in China, {value:aliShareAbroad} elsewhere, with {value:chinaDevs} of adopters in China), so at the defaults {output:both.payingShare} of adopting teams pay it, and a bill is an account’s, shared by {value:teamSize}: {output:both.customers} paying accounts by 2033 from {output:open.developers} developers. It is fragile because the weights run just as well on rival clouds and on developers’ own machines, so the teams that deploy on Alibaba Cloud are the number to watch, more than downloads.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.'
				}
			]
		},
		overtake: {
			text: 'Not by 2033: in cumulative value over the ten years, publishing the weights and selling an API is still behind the closed API. Its lead, {margin}, comes from the value after 2033 ({output:both.terminalValue} against {output:proprietary.terminalValue} for the closed API), because cloud accounts arrive a year after developers adopt and stay, while the API’s margin erodes as rivals catch up. Before that the weights bear leakage to rivals ({value:leakage}) from the day of release, so a CFO would see a cost centre whose return appears in the cloud unit’s accounts, and only if the accounts stay; the observer’s point is that a group with another source of cash can afford to wait.',
			quotes: [CASH_MACHINE]
		},
		curves: {
			text: 'The imitation rate, now. Publishing the weights stops leading when imitation falls from {value:qOpen} to {flip:qOpen}, or the market from {value:marketOpen} to {flip:marketOpen}, and imitation has to fall less, in proportion. The community’s R&D savings grow with the share of the market reached, which imitation speeds and the market’s size does not change, while cloud accounts grow with both. No imitation rate for the API, from {never:qApi}, flips the verdict.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This fosters a community-driven approach to AI development and accelerates the pace of innovation.'
				}
			]
		},
		leakage: {
			text: 'Giving the weights away keeps paying until leakage reaches {flip:leakage}, against {value:leakage} assumed, with the community’s R&D savings (up to {value:rdSaving} at full reach) offsetting part of it. No public figure measures either, and together they move the answer more than anything else. Leakage starts on release day, before any cloud profit, so it weighs more in present value than its size suggests. It is also the other face of adoption: the rival clouds that host the models spread the same openness that makes developers follow one another, so the defence is to make Alibaba Cloud the easiest place to run the models, not to close them.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This goal is to encourage collaboration, innovation, and wider adoption of their AI technologies.'
				}
			]
		},
		cashMachine: {
			text: 'Patience matters: above a discount rate of {flip:rate} the closed API leads, because the open strategy’s value comes late, much of it after 2033. But what a company without a cash machine lacks most is a place to earn: with no teams renting its cloud the cloud profit is zero, and {best@cloudRun=0} leads by {margin@cloudRun=0}. So open weights suit a company that owns the platform the models run on; a model maker without one would sooner sell an API, or open its weights only to sell something else.',
			quotes: [CASH_MACHINE]
		},
		rivals: {
			text: 'Quite slowly. If rival open models closed the closed API’s lead by less than {flip:rivalCatchUp} a year, against {value:rivalCatchUp} assumed, keeping the weights closed would lead; with no catch-up at all, {best@rivalCatchUp=0} leads by {margin@rivalCatchUp=0}. A closed API can charge above serving cost only for its quality lead, because any developer can host a rival’s open model at cost; the faster rivals close the lead, the less closing Qwen protects, and the more the decision turns on what the open weights earn instead.'
		}
	}
};
