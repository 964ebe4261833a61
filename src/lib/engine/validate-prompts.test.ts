/**
 * A prompt's `param` is the one slider a group given it may move: validation refuses a name that is no
 * parameter (a flag, an output, a typo) and a parameter that every option sets, which no slider moves.
 */
import { describe, expect, it } from 'vitest';
import { model, param } from './testing/fixtures';
import type { ModelDef, Prompt } from './types';
import { validateModel } from './validate';

const withPrompts = (prompts: Prompt[]): ModelDef => ({
	...model({
		params: [param('x'), param('y')],
		flags: { on: 0 },
		series: { s: 'x * on + y' },
		outputs: { total: 'last(s)' },
		options: [
			{ id: 'a', label: 'A', description: 'Option A', set: { on: 0, y: 1 } },
			{ id: 'b', label: 'B', description: 'Option B', set: { on: 1, y: 2 } }
		]
	}),
	teach: { context: [], prompts }
});

describe('a prompt’s assumption', () => {
	it('accepts a parameter the options leave free, and a prompt without one', () => {
		expect(
			validateModel(
				withPrompts([
					{ id: 'p', text: 'Move x.', param: 'x' },
					{ id: 'q', text: 'Judge.' }
				])
			)
		).toEqual([]);
	});

	it('refuses a flag, an unknown name and a parameter every option sets', () => {
		const problems = validateModel(
			withPrompts([
				{ id: 'flag', text: '…', param: 'on' },
				{ id: 'typo', text: '…', param: 'z' },
				{ id: 'fixed', text: '…', param: 'y' }
			])
		);
		expect(problems).toEqual([
			"Prompt 'flag' names 'on', which is not a parameter.",
			"Prompt 'typo' names 'z', which is not a parameter.",
			"Prompt 'fixed' names 'y', which every option sets, so moving it changes nothing."
		]);
	});
});
