import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';
import { reroute } from './hooks';

const at = (path: string) => reroute({ url: new URL(`http://localhost${path}`), fetch });

describe('reroute', () => {
	it('leaves every path of the app as it is', () => {
		for (const path of [
			'/',
			'/decisions/logistics-automation/present/outcome',
			'/sources/towson-alibaba.txt',
			// A group's token, the longest segment the app makes (43 characters).
			'/r/V7QHVA/g/76xAybc0pW1mmXaGuCem7lMlJCoRy6xtbWDgs_CdFe0'
		])
			expect(at(path)).toBeUndefined();
	});

	it('cuts a segment longer than 64 characters to 40, marked “…”, and keeps the rest', () => {
		const long = 'a'.repeat(15_000);
		expect(at(`/sources/${long}`)).toBe(`/sources/${'a'.repeat(40)}${encodeURIComponent('…')}`);
		expect(at(`/decisions/${long}/present/intro`)).toBe(
			`/decisions/${'a'.repeat(40)}${encodeURIComponent('…')}/present/intro`
		);
	});

	it('cuts between characters, not inside an escape or a surrogate pair', () => {
		const name = '%3Cimg%20src%3Dx%3E' + '😀'.repeat(100);
		const cut = decodeURIComponent(at(`/sources/${name}`) as string).slice('/sources/'.length);
		expect(Array.from(cut)).toHaveLength(41);
		expect(cut).toBe('<img src=x>' + '😀'.repeat(29) + '…');
	});

	it('leaves a long-written segment whose text is short as it was', () => {
		const name = encodeURIComponent('菜鸟'.repeat(6));
		expect(name.length).toBeGreaterThan(64);
		expect(at(`/sources/${name}`)).toBeUndefined();
		expect(at(`/sources/${name}/${'a'.repeat(65)}`)).toBe(
			`/sources/${name}/${'a'.repeat(40)}${encodeURIComponent('…')}`
		);
	});

	it('keeps an encoded slash encoded, and a trailing slash', () => {
		const long = 'a%2F'.repeat(30);
		const cut = at(`/sources/${long}/`) as string;
		expect(cut.endsWith('/')).toBe(true);
		expect(cut.split('/')).toHaveLength(4);
		expect(decodeURIComponent(cut.split('/')[2])).toBe('a/'.repeat(20) + '…');
	});

	it('cuts a segment whose escapes are broken as it was written', () => {
		const name = '%E0%A4%ZZ' + 'b'.repeat(100);
		const cut = decodeURIComponent(at(`/sources/${name}`) as string).slice('/sources/'.length);
		expect(cut).toBe(('%E0%A4%ZZ' + 'b'.repeat(100)).slice(0, 40) + '…');
	});
});

describe('where reroute runs', () => {
	it('routes are resolved on the server, the only place the hook cuts a path (it is empty in the browser)', () => {
		expect(config.kit?.router?.resolution).toBe('server');
	});
});
