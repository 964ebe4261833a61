import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const logisticsAutomationGuide: RoomGuide = {
	modelId: 'logistics-automation',
	goals: [
		'Compute a break-even wage: capital divided by the headcount saved and the growing annuity of a wage.',
		'Explain why the same warehouse automates easily in Europe and only narrowly in China, and what wage growth does to that gap.',
		'Show how demand peaks cut both ways: they make manual labour dearer and machines, sized for the peak, idle the rest of the year.',
		'Weigh a partial step (sorting only) against the full investment by what each saves per unit of capital.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question: one large warehouse, the wages of the people it needs against the capital of the machines that would replace some of them. Ask the room: manual, sorting only, or full automation, for a large warehouse in China? Note the vote.'
		},
		{
			id: 'options',
			minutes: 6,
			title: 'Three options: capital against wages',
			slide: 'options',
			what: 'Walk through the options as capital against the workers they save: sorting only is a part of the capital and a part of the saving; full automation is all of both. Write the break-even wage on the board: capital divided by workers saved times the annuity of a wage.'
		},
		{
			id: 'assumptions',
			minutes: 6,
			title: 'The assumptions',
			slide: 'assumptions',
			what: 'Show the key assumptions: the wage and its growth, the capital, the share of the cut sorting alone gives, and the peak. Point out that the headcount cut is a reported figure and nearly everything else is a labelled judgement.'
		},
		{
			id: 'outcome',
			minutes: 6,
			title: 'The outcome: cost against the wage',
			slide: 'outcome',
			what: 'Reveal the verdict and the chart of cost against the wage, with the wages where the cheapest option changes. Take the break-even wage prompt with the whole room.',
			prompts: ['wage']
		},
		{
			id: 'groups',
			minutes: 13,
			title: 'Small groups',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. The Europe group sets the wage to a western European level and reports what changes. Each prepares one sentence with one number; the console shows each group’s value and verdict as it works.',
			prompts: ['europe', 'peak', 'sorting', 'scale']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, Europe first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Note how near China’s wage lies to the wage at which sorting alone would do.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close',
			slide: 'discuss',
			vote: 'again',
			what: 'Return to the vote. Ask whether the room would automate a new warehouse in Spain first or in China, and why the observer thinks smaller rivals cannot follow.'
		}
	],
	answers: {
		wage: {
			text: 'Full automation costs less than manual work above a wage of {output:full.breakEvenWage} a worker, and less than automating sorting alone above {switch:wage>full}; China’s warehouse wage is taken at {value:wage}, above both, so full automation wins by {margin}. The break-even is the brief’s arithmetic: capital of {value:fullCapital}, with its maintenance and less its tax shield, divided by the {output:full.headcountSaved} saved, the peak load and the growing annuity of a wage, {output:full.annuity}.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'And I expect continued big spending big on new logistics technologies, like smart routing and automated warehouses.'
				}
			]
		},
		europe: {
			text: 'At a western European wage, {value:wage@wage=45}, full automation is cheapest by {margin@wage=45}, against {margin} at China’s wage. The break-even wage belongs to the warehouse, not the country: the same machines save the same workers, and only the wage they are multiplied by changes, so in Europe the decision is not close and in China it turns on the wage and its growth of {value:wageGrowth} a year.'
		},
		peak: {
			text: 'A peak cuts both ways. Manual work staffs it with extra labour at a premium of {value:peakPremium}, which costs {output:manual.peakCost} over the horizon; machines must be sized for it, so at a peak of {value:peakFactor} they are used only {output:full.utilisation} of the year, and their capital grows with the peak. Above a peak of {switch:peakFactor>sorting} full automation’s extra machines cost more than the peak labour they save, and sorting alone becomes the cheaper choice.'
		},
		sorting: {
			text: 'Sorting alone is cheapest between the wages {switch:wage>sorting} and {switch:wage>full}: it saves {output:sorting.headcountSaved} for {output:sorting.capitalCost} of capital, more per unit of capital than full automation, but leaves the rest of the saving on the table. It also wins if full automation’s capital rises above {switch:fullCapital>sorting}, or if sorting delivers more than {switch:sortShare>sorting} of the headcount cut.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'This includes implementing automated sorting systems, robotic warehouses, and smart routing algorithms.'
				}
			]
		},
		scale: {
			text: 'Capital grows more slowly than a warehouse (the six-tenths rule of plant costs, an assumption) while the saving grows with every worker, so a smaller operation pays more capital per worker saved and automates less: below {switch:headcount>full} sorting alone is the cheaper choice. A smaller rival has smaller sites and usually a dearer cost of capital, which also counts against machines: above a discount rate of {switch:rate>sorting} sorting alone beats full automation even in this warehouse.',
			quotes: [{ doc: DOC_TOWSON, quote: 'And smaller competitors cannot really match them in this.' }]
		}
	}
};
