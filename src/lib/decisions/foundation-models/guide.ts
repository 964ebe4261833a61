import type { RoomGuide } from '$lib/guides/types';
import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';

export const foundationModelsGuide: RoomGuide = {
	modelId: 'foundation-models',
	goals: [
		'Separate what building a model saves (the vendor’s margin on each token) from what is paid either way (the compute that serves it).',
		'Find the token usage at which training one’s own models pays, and explain why falling token prices push it up in proportion.',
		'Carry a risk once: a yearly chance of losing access to outside models, not also a higher discount rate.',
		'Argue what else justifies building: cloud customers drawn by own models, and control of the stack.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question. Ask the room: would you train your own frontier models, or back the makers and buy their tokens? Take a vote and note it.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three ways to get models',
			slide: 'options',
			what: 'Building pays a training run each generation and a research team. Backing outside makers pays their margin on every token (a stake bought at a fair price returns nothing net) and risks losing access. The hybrid trains cheaper own models and buys only the frontier share. Stress that serving tokens costs the same compute in every option.'
		},
		{
			id: 'assumptions',
			minutes: 7,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show own usage ({value:usage}), the vendor’s price ({value:price}) and margin ({value:margin}), the training cost ({value:trainCost} a generation) and the cloud lift ({value:lift}). None of usage, margin or lift has a public figure; the price is the one Alibaba set after its own cut.'
		},
		{
			id: 'outcome',
			minutes: 7,
			title: 'The outcome',
			slide: 'outcome',
			what: 'Reveal the verdict: {best} leads {runnerUp} by {margin}, and building at the frontier is well behind. Point at the value after 2034: {output:hybrid.beyond} for the hybrid against {output:partner.beyond} for buying, nearly all of the lead. Open the chart of value against usage and take the usage prompt with the whole room.',
			prompts: ['usage']
		},
		{
			id: 'groups',
			minutes: 12,
			title: 'Small groups: one assumption each',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['lift', 'access', 'hybrid', 'margin']
		},
		{
			id: 'flip',
			minutes: 6,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console, which marks each group’s break-even, and read out the break-evens that decide it: buying everything leads below {switch:lift>partner} of cloud lift if a generation costs more than {switch:trainCost>partner} to train, or if the cost of keeping up grows faster than {switch:costGrowth>partner} a year; building at the frontier leads above {switch:lift>build} of lift. Ask which the room would bet on.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close: why build anyway?',
			slide: 'discuss',
			vote: 'again',
			what: 'Vote again. Ask what Alibaba buys by building that the model cannot price from its own tokens: the cloud customers, the control, the stack.'
		}
	],
	answers: {
		usage: {
			text: 'After the price cut no usage from {never:usage} changes the verdict: the vendor’s margin on each token is tiny and falls faster than usage grows, so building at the frontier never comes first. At the price before the cut, {value:price@price=16.7}, it led from {switch:usage>build@price=16.7}, inside the usage interval. Building equals buying everything at {output:build.breakEvenUsage} now, against {output:build.breakEvenUsage@price=16.7} before: the break-even is inversely proportional to the price, so the cut Alibaba made on its own API multiplied it about thirty-three times.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'I expect them to keep flooding money into their own foundation models, models services and cloud offerings.'
				}
			]
		},
		margin: {
			text: 'A bought token’s price pays the vendor’s compute and its margin; building replaces the margin with training and a team, but the compute to serve the token is paid whoever owns the model. So only {value:margin} of {value:price} is saved, {output:partner.marginSpend2025} on all of 2025’s own tokens. No margin from {never:margin} changes the verdict: on Alibaba’s own tokens the margin is too small to decide, and a vendor selling near cost leaves building nothing to save.'
		},
		access: {
			text: 'Because the same risk would then be counted twice: a chance of losing access already lowers the value of buying, and a premium in the rate would lower it again (and wrongly lower building’s too). Chip controls that raise the cost of compute hit building and the vendor alike, so only the loss of access differs between the options. Below {switch:pLoss>partner} a year, inside the interval, buying everything leads; a likelier cut-off widens the hybrid’s lead, its own models being the fallback.',
			quotes: [
				{
					doc: DOC_SCMP,
					quote:
						'it would no longer proceed with a full spin-off of Alibaba Cloud because of US export restrictions on advanced chips.'
				}
			]
		},
		lift: {
			text: 'Most of building’s case: with no lift, building’s value is {output:build.value@lift=0}, all training and team. Below {switch:lift>partner} of cloud revenue, inside the interval, buying everything leads; building at the frontier leads only above {switch:lift>build}, nearly four times the {value:lift} assumed. That is the bet the seed describes: owning the stack so that customers come to the cloud for the models.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This changing tech paradigm is an opportunity to own the tech stack, similar how Chinese EVs have used shifting tech to jump into automotive.'
				}
			]
		},
		hybrid: {
			text: 'The hybrid keeps most of the cloud lift and most of the access protection for {value:followCost} of a frontier effort, and pays a margin only on the frontier share it buys. It beats buying everything unless the frontier share passes {switch:hardShare>partner} or its own models cost more than {switch:followCost>partner} of a frontier effort. It is close to what the seed describes: own models, “rather than relying solely on external providers”.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Alibaba is investing in research and development to create its own foundation models for AI, rather than relying solely on external providers. This gives them greater control over their AI technology and allows them to tailor solutions to their specific needs.'
				}
			]
		}
	}
};
