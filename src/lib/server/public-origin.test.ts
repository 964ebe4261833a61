import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin';

describe('the configured public origin', () => {
	it('takes an http(s) origin, as written or with a path and a trailing slash', () => {
		expect(publicOrigin('https://lab.example.org')).toBe('https://lab.example.org');
		expect(publicOrigin('https://lab.example.org/some/path/')).toBe('https://lab.example.org');
		expect(publicOrigin('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
	});

	it('has none when unset or not a web origin, so the page never guesses one', () => {
		for (const bad of [undefined, '', 'lab.example.org', 'javascript:alert(1)', 'file:///etc', 'ftp://x']) {
			expect(publicOrigin(bad), String(bad)).toBeNull();
		}
	});
});
