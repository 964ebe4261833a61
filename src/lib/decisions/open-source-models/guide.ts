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
		'Find how much value may leak to rivals, and how little the community’s work may be worth, before publishing the weights stops beating a closed API, and argue whether those values are plausible.',
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
			what: 'The closed API earns a margin on every developer who uses it, for as long as its quality lead over rival open models lasts. Open weights earn nothing directly: they earn when adopting teams rent Alibaba Cloud compute it would not have won anyway, and through the community’s work, while rivals use the weights for free. Doing both earns both, less the API users who run the free weights instead, counting each developer once. The training cost is the same either way and is left out.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions and the S-curves',
			slide: 'assumptions',
			what: 'Show the key assumptions, then sketch the S-curves on the board: how many developers each offer can reach, how fast they follow one another, and how many leave each year, so that each curve levels off below its market. Stress that the value leaked to rivals and the community’s R&D savings have no public figure; they are the crux, and the cloud bills the weights bring are smaller than the story suggests.'
		},
		{
			id: 'outcome',
			minutes: 7,
			title: 'The outcome: both ahead, but late',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of value over time: publishing the weights and selling an API trails the closed API’s cumulative value until 2033, and its lead is value after 2033. Tell the room that doing both is what Alibaba runs (the close shows it), and take the CFO prompt with the whole room: what must be true after 2033 for that choice to pay?',
			prompts: ['overtake']
		},
		{
			id: 'groups',
			minutes: 11,
			title: 'Small groups: one assumption each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['leakage', 'rivals', 'curves', 'cloudRun']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the leakage group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Ask which ones lie within what the room would bet on.'
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
			text: 'No share in range decides it: with no team renting cloud compute at all, {best@cloudRun=0} still comes first. Alibaba Cloud gains only what it would not have won anyway: its share among teams running Qwen ({value:cloudLift} its share of their market, which is {value:aliShareChina} in China and {value:aliShareAbroad} elsewhere, with {value:chinaDevs} of adopters in China), less its ordinary share of the {value:anyway} of their compute they would have rented anyway to run another model. So at the defaults the weights add the cloud bill of {output:both.payingShare} of adopting teams, and a bill is an account’s, shared by {value:teamSize}: {output:open.customers} in 2033 from {output:open.developers} using the weights. The answer rests on the community’s work and on what leaks to rivals; the teams that deploy on Alibaba Cloud because of Qwen are still the number to watch, more than downloads, because they are the part of the story the model finds small.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'The key with these is to watch developer adoption. When in doubt about an industry, always follow the developers.'
				}
			]
		},
		overtake: {
			text: 'Yes, but late. Publishing the weights and selling an API trails the closed API’s cumulative value in every year until 2033 and passes it only then; its yearly value turns positive in the fourth year, as cloud accounts arrive a year after developers adopt and leakage fades, and passes the closed API’s in the fifth, as the API’s margin erodes. Nearly all of its lead lies after 2033: {output:both.terminalValue} of value after 2033 against {output:proprietary.terminalValue} for the closed API. A CFO would see a cost centre for years, whose return appears slowly in the cloud unit’s accounts; the model says the choice pays only if the community’s work and the developers it keeps outlast 2033.',
			quotes: [CASH_MACHINE]
		},
		curves: {
			text: 'Only an imitation rate below {flip:qOpen}, against the {value:qOpen} assumed and far below its interval, hands the verdict to the closed API: imitation is what makes the open weights’ curve rise steeply, each team using them bringing others, and with too little of it the weights spread too slowly to earn before rivals’ own open models catch up. Anywhere in its interval the verdict stands. The rest of the curves is not this group’s lever and does not decide it either: no churn from {never:churn}, no market from {never:marketOpen} and no imitation rate for the API from {never:qApi} flips the verdict.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This fosters a community-driven approach to AI development and accelerates the pace of innovation.'
				}
			]
		},
		leakage: {
			text: 'More than assumed, but within the interval: the closed API comes first once the first year’s leakage passes {flip:leakage}, against {value:leakage}, or if the community’s R&D savings at full reach fall below {flip:rdSaving}, against {value:rdSaving}. No public figure measures either. Leakage starts on release day, before any cloud profit, and shrinks as rivals’ own open models catch up, so it weighs most in the first years, when the weights earn least. It is also the other face of adoption: the rival clouds that host the models spread the same openness that makes developers follow one another, so the defence is to make Alibaba Cloud the easiest place to run the models, not to close them.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This goal is to encourage collaboration, innovation, and wider adoption of their AI technologies.'
				}
			]
		},
		cashMachine: {
			text: 'The model cannot say, because it has no financing constraint: no discount rate from {never:rate} flips it, and with no team renting cloud compute {best@cloudRun=0} still comes first, carried by the API and the community’s work. What a cash machine buys lies outside the model: doing both loses money in its first three years and trails the closed API’s cumulative value until 2033, and only a company that can fund the wait, and be believed when it says the value comes later, can choose it. A model maker without one would sooner sell an API, or open its weights only to sell something else.',
			quotes: [CASH_MACHINE]
		},
		rivals: {
			text: 'Faster than about {flip:rivalCatchUp} a year, which is below its interval: if rivals barely catch up, the closed API keeps its margin for longer (with no catch-up at all it leads by {margin@rivalCatchUp=0}) and what leaks to them from Qwen’s weights stays large. The same catch-up that erodes a closed API’s margin shrinks what rivals gain from Qwen’s weights, because both are Qwen’s lead over rivals’ own open models. At the sourced pace, {value:rivalCatchUp}, closing the weights would protect a lead that is melting, while opening them costs less each year.'
		}
	}
};
