import type { RoomGuide } from '$lib/guides/types';

const DOC_TOWSON = '001_86fc04a350121958.txt';

export const cloudPriceCutGuide: RoomGuide = {
	modelId: 'cloud-price-cut',
	goals: [
		'Separate what a price cut gives up at once (revenue on every unit sold) from what it wins over years (usage from customers who migrate), and explain why the cut pays only if demand responds strongly and soon enough.',
		'Use the board check, cut ÷ (margin − cut), to judge how much extra usage a cut needs, and see why cutting core services only is far cheaper than cutting everything.',
		'Show how rivals matching a cut turn a share grab into a price war whose gains go mostly to customers.',
		'Read a payback year, and explain why a strategy can be worth more and still be hard to defend quarter by quarter.'
	],
	runningOrder: [
		{
			minutes: 4,
			title: 'The question',
			step: 'question',
			what: 'Read the question and the context: Alibaba cut its core cloud prices twice in a year. Ask the room to guess: did the cut pay for itself, and if so by when? Note the guesses on the board.'
		},
		{
			minutes: 5,
			title: 'The options',
			step: 'options',
			what: 'Keeping prices means moving down the market’s price path with everyone else; cutting means pricing core services below that path. Make sure the room sees that the market-wide decline is common to both options and cancels.'
		},
		{
			minutes: 8,
			title: 'The assumptions, and the check on the board',
			step: 'assumptions',
			what: 'Show the key assumptions: the demand response, how fast customers move, the share of the cut rivals match, the gross margin. Draw the board check: to keep gross profit unchanged, usage must rise by cut ÷ (margin − cut). Work it for a cut on all revenue, then for a cut on core services only.'
		},
		{
			minutes: 7,
			title: 'The outcome and the payback year',
			step: 'outcome',
			what: 'Reveal the verdict and the chart of value over time: the cut loses profit at first and overtakes late. Take the payback prompt with the whole room.',
			prompts: ['patience']
		},
		{
			minutes: 11,
			title: 'Small groups: push one lever',
			what: 'Each group takes one prompt, moves the assumption it names on the decision page, and prepares one sentence with one number for the room.',
			prompts: ['response', 'match', 'repriced']
		},
		{
			minutes: 7,
			title: 'What would flip it',
			step: 'flip',
			what: 'Groups report back, the demand-response group first. Reveal each break-even value as it is named, and ask which of them lie inside what the room finds plausible for Alibaba’s customers.'
		},
		{
			minutes: 3,
			title: 'Close: what the model leaves out',
			step: 'discuss',
			what: 'End on the last prompt: deeper cuts look better in this model. Ask what would stop the room at a deeper cut, and compare with what happened after the real cuts.',
			prompts: ['depth']
		}
	],
	answers: {
		response: {
			text: 'The cut pays for itself once the demand response exceeds {flip:elasticity}, against the {value:elasticity} assumed; a response of one means a price gap of a tenth brings roughly a tenth more usage. The gap is smaller than the headline cut, because the cut applies to core services only ({value:core} of revenue) and rivals match {value:match} of it, and at the sourced values usage ends up {output:cut.usage} higher by the model’s last year. Speed matters as much as size: if less than {flip:speed} of the remaining response arrives each year, keeping prices wins, because revenue is given up at once while customers arrive over years. A response near one is plausible for core compute and storage, which are close to commodities, but only over several years of contracts and migrations, which is why the cut overtakes only in {overtake}.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Alibaba Cloud is, in theory, their next huge business. Like AWS is for Amazon. And they are definitely the leading player in Asia. But adoption has been slower than hoped.'
				}
			]
		},
		match: {
			text: 'At a full match the price gap is zero, so the cut wins no customers and only gives away revenue on the core services: {best@match=1} leads by {margin@match=1}, and Alibaba’s market share stays at {output:cut.share@match=1}. The case for cutting holds only while rivals match less than {flip:match} of the cut. In a price war the gains go to customers and to whichever provider can carry thin margins longest; Alibaba’s bet is that its scale and the group’s cash make it that provider, which is what putting share before near-term profit means in practice.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote: 'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability.'
				}
			]
		},
		repriced: {
			text: 'No: once more than {flip:core} of revenue is repriced, keeping prices wins, and with all of it repriced {best@core=1} leads by {margin@core=1}. The revenue given up grows with the share repriced, while the customers won respond to the core price gap alone; repricing everything takes the whole cut out of a gross margin of {value:margin}, and the board check, cut ÷ (margin − cut), then asks for far more extra usage than the demand response supplies. The case rests on core services being the bait: customers come for cheap compute and storage and bring AI, database and project work that is sold at full price.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote: 'This is evident in their recent price cuts of up to 50% for core cloud services.'
				}
			]
		},
		patience: {
			text: 'On the chart the cut passes keeping prices for good only in {overtake}; in the first year profit falls from {output:hold.profitNow} to {output:cut.profitNow} and the gross margin from {output:hold.grossMarginNow} to {output:cut.grossMarginNow}. Most of the cut’s advantage lies beyond the model’s horizon ({output:cut.beyond} against {output:hold.beyond}), so a board that watches quarterly profit will not see the return within its usual view. What to tell investors: report the indicators the cut is meant to move, usage and share ({output:cut.share} against {output:hold.share} at the end of the horizon), and say plainly that the unit is run for share first, as observers already read it.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'They want to expand their capabilities with investment. And expand adoption with price cuts.'
				}
			]
		},
		depth: {
			text: 'The model lets demand respond to any gap with the same constant elasticity and lets rivals match a fixed share of any cut, so a deeper cut always wins more: no depth from {never:depth} makes keeping prices better, and at {value:depth@depth=0.5}, {best@depth=0.5} leads by {margin@depth=0.5}. What it leaves out would stop you: rivals match more of a deeper cut, because it threatens their core business; the pool of customers willing to move is finite, so the response flattens; and extra usage needs data centres and chips bought before the customers arrive. A very deep cut also teaches customers that list prices were padded, and makes it hard ever to raise them again.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability. This is evident in their recent price cuts of up to 50% for core cloud services.'
				}
			]
		}
	}
};
