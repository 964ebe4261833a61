import type { RoomGuide } from '$lib/guides/types';
import { DOC_TOWSON } from '$lib/sources/catalog';

export const cloudPriceCutGuide: RoomGuide = {
	modelId: 'cloud-price-cut',
	goals: [
		'Separate what a price cut gives up at once (revenue on every unit sold) from what it wins over years (usage from customers who migrate, and the rest of their bill), and see that in a price war keeping prices is not standing still: rivals who cut anyway take customers from a provider that holds.',
		'Use the board check, cut ÷ (margin − cut), to judge how much extra usage a cut needs, and see why cutting core services only is far cheaper than cutting everything.',
		'Show how rivals answering a deeper undercut give the depth a best point, one set by rivals more than by customers, and turn a share grab into a price war.',
		'Read a payback year, and explain why a strategy can be worth more and still be hard to defend quarter by quarter.'
	],
	runningOrder: [
		{
			id: 'question',
			minutes: 4,
			title: 'The question',
			slide: 'question',
			vote: 'first',
			what: 'Read the question and the context: rivals cutting their core prices, and the board check on what a cut must win. Ask the room to guess: keep prices or cut them, and would a cut pay for itself, and by when? Note the guesses on the board.'
		},
		{
			id: 'options',
			minutes: 5,
			title: 'The options',
			slide: 'options',
			what: 'Keeping prices means moving down the market’s price path with everyone else; cutting means pricing core services below that path. Make sure the room sees that the market-wide decline is common to both options and cancels.'
		},
		{
			id: 'assumptions',
			minutes: 8,
			title: 'The assumptions, and the check on the board',
			slide: 'assumptions',
			what: 'Show the key assumptions: the response of core usage, the share of the rest of the bill that follows it, how fast customers move, the rivals’ own cut and their answer to an undercut, the gross margin. Draw the board check: to keep gross profit unchanged, usage must rise by cut ÷ (margin − cut). Work it for a {value:depth} cut on all revenue at a {value:margin} gross margin (both labelled assumptions), then for the same cut on core services only, {value:core} of revenue: the whole bill then needs far less extra usage, but the core services far more if the rest of the bill does not follow.'
		},
		{
			id: 'outcome',
			minutes: 7,
			title: 'The outcome and the payback year',
			slide: 'outcome',
			what: 'Reveal the verdict, the chart of value over time and the chart of value against depth: the cut loses profit at first and gains only late, and one depth is worth most. Take the payback prompt with the whole room.',
			prompts: ['patience']
		},
		{
			id: 'groups',
			minutes: 11,
			title: 'Small groups: push one lever',
			slide: 'groups',
			what: 'Make the group links on the console: each group gets its own link and QR code, which open its prompt, its one assumption unlocked and the verdict it moves. Each group moves that assumption and prepares one sentence with one number for the room; the console shows each group’s value and verdict as it works.',
			prompts: ['response', 'match', 'attach', 'scale']
		},
		{
			id: 'flip',
			minutes: 7,
			title: 'What would flip it',
			slide: 'flip',
			what: 'Groups report back, the demand-response group first, while the projector shows one row per group with its value, the verdict there and its chance of leading. Then show the answer key from the console: it marks each group’s break-even on the projector and on the group’s page. Ask which of them lie inside what the room finds plausible for Alibaba’s customers.'
		},
		{
			id: 'discuss',
			minutes: 3,
			title: 'Close: what the model leaves out',
			slide: 'discuss',
			vote: 'again',
			what: 'End on the last prompt: read the best depth off the chart of value against depth, ask what would move it, and compare with the cut Alibaba made and what happened after it.',
			prompts: ['depth']
		}
	],
	answers: {
		response: {
			text: 'The cut made pays once core usage responds to Alibaba’s relative price with an elasticity above {flip:elasticity}, against the {value:elasticity} assumed. Rivals cut {value:war} on their own and answer part of any undercut, so a {value:depth} cut leaves Alibaba only {output:cut.gap} cheaper. On core services alone a small cut pays only when that elasticity exceeds the inverse of the gross margin ({value:margin}); the rest of the case comes from the rest of the bill that follows core usage ({value:attach} of it) and from scale. Speed matters as much as size: if less than {flip:speed} of the remaining response arrives each year, keeping prices wins, because revenue is given up at once while customers arrive over years.',
			quotes: [{ doc: DOC_TOWSON, quote: 'And expand adoption with price cuts.' }]
		},
		match: {
			text: 'If rivals’ match is at its top, {value:match@match=max}, they match most of the undercut a {value:depth} cut makes, and {best@match=max} leads by {margin@match=max}; Alibaba ends with {output:cut.share@match=max} of the market cutting, {output:hold.share@match=max} keeping prices. The cut made pays only while their match stays below {flip:match}. Either way, keeping prices is not free: rivals’ own cut leaves Alibaba dearer and takes its share from {value:share0} to {output:hold.share}. Who gains from a price war lies outside the model, which counts neither customers’ savings nor rivals’ profits: the argument is that customers do, and whoever carries thin margins longest, as Alibaba bets it can.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote: 'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability.'
				}
			]
		},
		attach: {
			text: 'No: with none of the rest of the bill following, {best@attach=0} leads by {margin@attach=0}. The cut made needs more than {flip:attach} of the rest to follow core usage. With a response of {value:elasticity} and a gross margin of {value:margin}, cheaper compute and storage do not pay for themselves: the board check, cut ÷ (margin − cut), asks for more extra usage than the response supplies. The case rests on core services being the bait, with customers bringing AI, database and project work sold at full price, and on how much comes along.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote: 'This is evident in their recent price cuts of up to 50% for core cloud services.'
				}
			]
		},
		patience: {
			text: 'The model is set so the cut made earns 2024’s reported {output:cut.ebitaNow} adjusted EBITA margin; the {output:hold.ebitaNow} it then shows for keeping prices follows from that setting, not a report (the reported margin rose with the cut); profit falls from {output:hold.profitNow} to {output:cut.profitNow}. To 2033 the cut stays behind ({output:cut.horizon} against {output:hold.horizon}); after 2033 it is ahead ({output:cut.beyond} against {output:hold.beyond}), as the customers it kept and won stay. A board that watches quarterly profit sees only the cost. What to tell investors: report usage and share ({output:cut.share} against {output:hold.share} by 2033), say plainly that the unit is run for share first, and that holding prices in a price war loses share too.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'They want to expand their capabilities with investment. And expand adoption with price cuts.'
				}
			]
		},
		depth: {
			text: 'Value rises with the depth while the cut only restores parity with rivals ({value:war} below the market’s path), which they do not answer, and falls once they answer more of a deeper undercut and the revenue given up on every unit outruns the customers won. So the best depth, {optimum} here, follows two assumptions about rivals that no source sizes, their own cut and their match, and illustrates the mechanism: {optimum@war=0} with no war, {optimum@war=0.2} with a war of {value:war@war=0.2}; {optimum@match=0.1} at a match of {value:match@match=0.1}, {optimum@match=0.8} at {value:match@match=0.8}, and the deepest cut if they never answer. At the {value:depth} made, {best} leads by {margin}, and a cut deeper than {flip:depth} does not pay; with no scale saving {best@scale=0} wins at any depth. What the model leaves out would lower it further: a finite pool of customers willing to move, capacity bought ahead, customers who learn that list prices were padded.',
			quotes: [
				{
					doc: DOC_TOWSON,
					quote:
						'Alibaba Cloud is definitely prioritizing market share growth over near-term profitability. This is evident in their recent price cuts of up to 50% for core cloud services.'
				}
			]
		},
		scale: {
			text: 'The cut made pays once unit cost falls by more than {flip:scale} for each doubling of usage, against the {value:scale} assumed; the model applies the saving to Alibaba’s usage against a market where nobody cuts, a year behind it, and borrows its size from the shallow end of experience curves, which are measured per doubling of cumulative output and which no source measures for cloud. The saving works both ways and stays small: by 2033 the cut has {output:cut.usage} more usage than a market where nobody cuts and keeping prices {output:hold.usage}, far from a doubling either way, so unit cost moves by little more than a point each way. Keep the value to 2033 apart from the value after it: at the {value:scale} assumed the cut is behind to 2033 ({output:cut.horizon} against {output:hold.horizon}) and ahead only after it ({output:cut.beyond} against {output:hold.beyond}), and with no scale saving it is behind in both ({output:cut.horizon@scale=0} against {output:hold.horizon@scale=0} to 2033, {output:cut.beyond@scale=0} against {output:hold.beyond@scale=0} after), so {best@scale=0} leads by {margin@scale=0} and the best cut is {optimum@scale=0}: none pays. Most of the market’s yearly fall in prices is better hardware that both options get and that cancels between them, so only Alibaba’s own extra scale counts.'
		}
	}
};
