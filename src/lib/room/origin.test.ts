import { describe, expect, it } from 'vitest';
import { isLoopback } from './origin';

describe('isLoopback', () => {
	it('knows the addresses no phone can reach', () => {
		for (const o of [
			'http://localhost:3000',
			'http://127.0.0.1',
			'http://127.1.2.3:8080',
			'http://[::1]:5173',
			'http://0.0.0.0:3000',
			'http://app.localhost'
		])
			expect(isLoopback(o), o).toBe(true);
	});

	it('lets local-network and public origins through', () => {
		for (const o of ['http://192.168.1.20:3000', 'https://lab.example.org', 'http://10.0.0.5', 'not a url'])
			expect(isLoopback(o), o).toBe(false);
	});
});
