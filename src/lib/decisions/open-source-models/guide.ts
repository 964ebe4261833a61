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
		'Locate where an open strategy earns its money: Alibaba Cloud compute that teams running the weights rent and would not have rented from it anyway (an account’s bill, at Alibaba’s share of the market where they work) and community R&D, less the value that leaks to rivals; and why rival open models cap what a closed API can charge.',
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
			what: 'The closed API earns a margin on every developer who uses it, for as long as its quality lead over rival open models lasts. Open weights earn nothing directly: they earn when adopting teams rent Alibaba Cloud compute it would not have won anyway, and through the community’s work, while rivals use the weights for free. Doing both, as Alibaba does, earns both, less the API users who run the free weights instead, counting each developer once. The training cost is the same either way and is left out.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions and the S-curves',
			slide: 'assumptions',
			what: 'Show the key assumptions, then sketch the S-curves on the board: how many developers each offer can reach, how fast they follow one another, and how many leave each year, so that each curve levels off below its market. Stress that the share of adopting teams that rent cloud compute has no public figure; it is the crux, with the value leaked to rivals.'
		},
		{
			id: 'outcome',
			minutes: 7,
			title: 'The outcome: the closed API ahead',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of value over time: publishing the weights and selling an API is behind the closed API in every year’s cumulative value, and its larger value after 2033 does not make up for the years before. Take the CFO prompt with the whole room: Alibaba chose otherwise, so what does the model leave out, or get wrong?',
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
			text: 'More than the interval allows: publishing the weights and selling an API beats the closed API only once more than {flip:cloudRun} of the teams using the weights rent cloud compute, against the {value:cloudRun} assumed, which no public figure measures. Alibaba Cloud gains only what it would not have won anyway: its share among teams running Qwen ({value:cloudLift} its share of their market, which is {value:aliShareChina} in China and {value:aliShareAbroad} elsewhere, with {value:chinaDevs} of adopters in China), less its ordinary share of the {value:anyway} of their compute they would have rented anyway to run another model. So at the defaults the weights add the cloud bill of {output:both.payingShare} of adopting teams, and a bill is an account’s, shared by {value:teamSize}: {output:open.customers} in 2033 from {output:open.developers} using the weights; a pull above {flip:cloudLift} would also do it. The weights run just as well on rival clouds and on developers’ own machines, so the teams that deploy on Alibaba Cloud because of Qwen are the number to watch, more than downloads.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.'
				}
			]
		},
		overtake: {
			text: 'Not at the defaults: publishing the weights and selling an API is behind the closed API in cumulative value in every year to 2033, and still behind by {margin} once the value after it is counted. Its yearly value turns positive only in the second half of the ten years, as cloud accounts arrive a year after developers adopt, and passes the closed API’s by the end, as the API’s margin erodes; its value after 2033 ({output:both.terminalValue} against {output:proprietary.terminalValue} for the closed API) is larger, but does not fill the hole dug before. From the day of release the weights bear leakage to rivals ({value:leakage}), so a CFO would see a cost centre whose return appears slowly in the cloud unit’s accounts. The observer’s point is that a group with another source of cash can afford to wait; the model says waiting alone does not pay, and asks what else Alibaba counted.',
			quotes: [CASH_MACHINE]
		},
		curves: {
			text: 'The developers who leave, then the market. Below {flip:churn} leaving a year, against {value:churn} assumed, doing both leads; so it does with a market of {flip:marketOpen}, against {value:marketOpen}. No imitation rate for the open weights, from {never:qOpen}, flips the verdict: imitation only speeds the share of the market reached, and with developers leaving each year the curve levels off below the whole market whatever the rate, while a larger market brings more teams renting compute at the same share. No imitation rate for the API, from {never:qApi}, flips it either.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This fosters a community-driven approach to AI development and accelerates the pace of innovation.'
				}
			]
		},
		leakage: {
			text: 'Less than assumed: giving the weights away pays only if leakage stays below {flip:leakage}, against {value:leakage}, or if the community’s R&D savings at full reach pass {flip:rdSaving}, against {value:rdSaving}. No public figure measures either, and together they move the answer more than anything else. Leakage starts on release day, before any cloud profit, and goes on as long as new weights come out, so it weighs more in present value than its size suggests. It is also the other face of adoption: the rival clouds that host the models spread the same openness that makes developers follow one another, so the defence is to make Alibaba Cloud the easiest place to run the models, not to close them.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This goal is to encourage collaboration, innovation, and wider adoption of their AI technologies.'
				}
			]
		},
		cashMachine: {
			text: 'Patience is not enough here: no discount rate from {never:rate} puts publishing the weights ahead, because what leaks to rivals goes on as long as the weights do. What a company without a cash machine lacks most is a place to earn: with no teams renting its cloud the closed API leads by {margin@cloudRun=0}, against {margin} with them. So open weights suit a company that owns the platform the models run on and can carry years of losses; a model maker without one would sooner sell an API, or open its weights only to sell something else. Even for Alibaba the model finds that the choice pays on profit only if rivals take less, or the community gives more, than assumed.',
			quotes: [CASH_MACHINE]
		},
		rivals: {
			text: 'At no pace in range: from {never:rivalCatchUp}, the closed API keeps the lead. Faster catch-up shrinks what the closed API earns (with no catch-up at all it leads by {margin@rivalCatchUp=0}), but it shrinks the paid API that doing both sells as well, and leaves the open weights’ own loss to leakage as it is. A closed API can charge above serving cost only for its quality lead, because any developer can host a rival’s open model at cost; the faster rivals close the lead, the less closing Qwen protects, yet at the defaults the open weights earn too little to take its place.'
		}
	}
};
