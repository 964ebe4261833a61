import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { tooLong } from './person-name';
import { Join, MAX_PERSON_NAME } from './protocol';

const device = 'a'.repeat(16);
const accepted = (name: string) => v.safeParse(Join, { device, name }).success;

describe('tooLong', () => {
	it('refuses, with its length, exactly the names the server would refuse', () => {
		for (const name of [
			'x'.repeat(MAX_PERSON_NAME),
			`  ${'x'.repeat(MAX_PERSON_NAME)}  `,
			'x'.repeat(MAX_PERSON_NAME + 1),
			// An emoji is two of the server's characters.
			`${'x'.repeat(MAX_PERSON_NAME - 1)}🙂`,
			'Ana'
		])
			expect(tooLong('Your name', name) === null, name).toBe(accepted(name));
		expect(tooLong('Your name', 'Maximiliane Alexandra von Hohenzollern-Sigmaringen')).toBe(
			'Your name has 50 characters; the room keeps at most 40. Shorten it by 10.'
		);
	});
});
