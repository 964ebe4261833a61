import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

/**
 * Every assumption at the end of its 90 % interval that hurts the fee, at once (pass-through at its low end,
 * so that merchants bear most of it): the one corner where the verdict turns.
 */
const AGAINST_FEE =
	'exit=0.3,elasticity=0.9,cannibal=0.3,spill=0.6,take=0.05,gmvCost=0.003,buyerElasticity=4,pass=0.3,toolNew=0.2,toolSpend=0.001,feeBase=0.75';

const TOWSON_SME = {
	doc: DOC_TOWSON,
	quote:
		'Alibaba is focusing on attracting a broader selection of merchants to its platforms, particularly small and medium-sized enterprises (SMEs). This strategy is aimed at offering consumers a wider variety of products at lower price points. This is mostly about countering the threat of Pinduoduo which is strong in these low-cost markets.'
};

export const smeMerchantsGuide: RoomGuide = {
	modelId: 'sme-merchants',
	goals: [
		'Apply the board check to a take rate: a cut of Δτ needs GMV to rise by Δτ ÷ (τ − Δτ) before revenue holds.',
		'Estimate how many merchants a small fee loses, and how many would have to leave before it stops paying.',
		'Count only what is new to the group: GMV moved from Tmall, and ad spending moved to new tools, are not gains; a subsidy is a cost.',
		'Say what the revenue arithmetic leaves out that could still argue for lowering merchants’ costs.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question. Ask the room: to win small merchants from Pinduoduo, would you cut their fees, hold, or charge them a small fee with traffic tools? Take a vote and note it.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three answers to Pinduoduo',
			slide: 'options',
			what: 'Defending the take rate is the yardstick. Cutting fees (or paying a subsidy, which costs the same) gives up take on every order to win merchants and lower prices. The small fee earns on every order and sells traffic tools, and loses some merchants.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show the take rate ({value:take}), the SME share of GMV ({value:smeShare}), the share of a fee merchants pass into prices ({value:pass}) and the merchants who leave per point they bear ({value:exit}), how GMV follows them ({value:elasticity}), the shoppers who follow them to Pinduoduo ({value:spill}) and the share of GMV that only moves within the group ({value:cannibal}). Only the fee has a public figure; it is paid on {value:feeBase} of GMV.'
		},
		{
			id: 'outcome',
			minutes: 7,
			title: 'The outcome',
			slide: 'outcome',
			what: 'Reveal the verdict: {best} leads by {margin}, and the cut is worth {output:cut.value}. Take the board-check prompt with the whole room.',
			prompts: ['boardCheck']
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups: one assumption each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['feeExit', 'newGmv', 'transfers']
		},
		{
			id: 'flip',
			minutes: 6,
			title: 'What would flip it',
			slide: 'flip',
			what: `Groups report back while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console and open the chart of value against the merchants who leave per point they bear: the fee stops paying at {switch:exit>fee}, far above the {value:exit} assumed and beyond the interval’s top. Say it plainly: no assumption’s break-even lies inside its plausible range, so no single number the room can defend flips this verdict. Only with every assumption at the end of its interval that hurts the fee, at once, does it turn, and then to the cut ({output:cut.value@${AGAINST_FEE}}, the fee {output:fee.value@${AGAINST_FEE}}). Ask whether any merchant survey could show that many leaving, or all those ends together.`
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close: why did an observer expect a cut?',
			slide: 'discuss',
			vote: 'again',
			what: 'Take the last prompt, then vote again: which assumption, or which thing the model leaves out, moved anyone?',
			prompts: ['pinduoduo']
		}
	],
	answers: {
		boardCheck: {
			text: 'At a take of {value:take} a cut of {value:cut} needs SME GMV to rise by {output:cut.neededLift} just to keep revenue, and more once moved GMV and the costs of serving new orders are counted. The model finds it wins {output:cut.liftReached} by 2034, as merchants join over years and prices fall a little. No cut from {never:cut} pays: giving up a large share of the take asks for a response no merchant base gives.',
			quotes: [TOWSON_SME]
		},
		feeExit: {
			text: 'Merchants pass {value:pass} of the fee into prices and bear the rest. At {value:exit} of merchants per point borne, the fee loses {output:fee.merchantsChange|abs} of SME merchants once they have moved, and their GMV is smaller than the average, with {value:cannibal} of it kept by other group merchants. The fee stops paying only when {switch:exit>fee} leave per point borne, nearly three times the interval’s top, even with shoppers following them to Pinduoduo ({value:spill} of other GMV per % of SME GMV lost). A fee is a take-rate rise, so the board check runs the other way: GMV new to the group can fall a long way before revenue does.'
		},
		newGmv: {
			text: 'A shopper who moves from a Tmall store to a cheaper Taobao merchant buys the same goods from the same group: the take is earned either way, and under a cut the group now earns less on that order. The model counts {value:cannibal} of SME GMV won as moved, not new; with none moved the cut is still worth {output:cut.value@cannibal=0}. No share from {never:cannibal} changes the verdict.'
		},
		transfers: {
			text: 'A subsidy paid to merchants leaves the group, so it costs what the same fee cut costs. Traffic tools bought with money merchants would have spent on the group’s other ads only move revenue between group platforms; the model counts {value:toolNew} of the spending as new, worth {output:fee.toolValue}. With none new the fee is still worth {output:fee.value@toolNew=0}.'
		},
		pinduoduo: {
			text: 'The revenue arithmetic favours the fee, worth {output:fee.value}, while the cut costs {output:cut.value|abs}, even with shoppers who follow lost merchants to Pinduoduo counted. The case for a cut must come from what is left out: a rival made stronger for everyone, and a low-cost market hard to win back once lost. A room that believes in them should ask whether they are worth the sum of those two figures.',
			quotes: [TOWSON_SME]
		}
	}
};
