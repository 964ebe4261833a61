import { describe, expect, it } from 'vitest';
import { clockOffset, countdownText, remaining, spokenMinutes } from './countdown';

const AT = '2025-03-01T10:00:00.000Z';
const t = (iso: string) => Date.parse(iso);

describe('clockOffset', () => {
	it('is the server’s clock minus the page’s as the view arrived', () => {
		expect(clockOffset('2025-03-01T10:00:05.000Z', t('2025-03-01T10:00:00.000Z'))).toBe(5000);
		expect(clockOffset('2025-03-01T10:00:00.000Z', t('2025-03-01T10:00:02.500Z'))).toBe(-2500);
	});

	it('is 0 when the view has no clock (a server before stepAt/now) or an unreadable one', () => {
		expect(clockOffset(undefined, 123)).toBe(0);
		expect(clockOffset('soon', 123)).toBe(0);
	});
});

describe('remaining', () => {
	it('counts the segment’s minutes down from the step’s start, on the server’s clock', () => {
		// Seven minutes from 10:00; the page's clock runs 30 s behind the server's.
		const offset = 30_000;
		expect(remaining(AT, 7, offset, t('2025-03-01T10:00:00.000Z') - offset)).toBe(7 * 60_000);
		expect(remaining(AT, 7, offset, t('2025-03-01T10:04:00.000Z') - offset)).toBe(3 * 60_000);
	});

	it('runs negative past the end', () => {
		expect(remaining(AT, 7, 0, t('2025-03-01T10:08:20.000Z'))).toBe(-80_000);
	});

	it('is null without a start or without minutes', () => {
		expect(remaining(undefined, 7, 0, t(AT))).toBeNull();
		expect(remaining('not a date', 7, 0, t(AT))).toBeNull();
		expect(remaining(AT, undefined, 0, t(AT))).toBeNull();
		expect(remaining(AT, 0, 0, t(AT))).toBeNull();
	});
});

describe('countdownText', () => {
	it('shows minutes and seconds left, rounding a part second up', () => {
		expect(countdownText(7 * 60_000)).toBe('7:00');
		expect(countdownText(245_000)).toBe('4:05');
		expect(countdownText(244_001)).toBe('4:05');
		expect(countdownText(1)).toBe('0:01');
		expect(countdownText(12 * 60_000)).toBe('12:00');
	});

	it('reads 0:00 at the end, then counts the overtime up', () => {
		expect(countdownText(0)).toBe('0:00');
		expect(countdownText(-999)).toBe('0:00');
		expect(countdownText(-1000)).toBe('+0:01 over');
		expect(countdownText(-80_000)).toBe('+1:20 over');
		expect(countdownText(-80_999)).toBe('+1:20 over');
	});
});

describe('spokenMinutes', () => {
	it('says the minutes begun, changing only on whole minutes', () => {
		expect(spokenMinutes(5 * 60_000)).toBe('5 minutes left');
		expect(spokenMinutes(4 * 60_000 + 1000)).toBe('5 minutes left');
		expect(spokenMinutes(4 * 60_000)).toBe('4 minutes left');
		expect(spokenMinutes(60_000)).toBe('1 minute left');
		expect(spokenMinutes(1000)).toBe('1 minute left');
	});

	it('says when time is up and how long it has run over', () => {
		expect(spokenMinutes(0)).toBe('Time is up');
		expect(spokenMinutes(-59_999)).toBe('Time is up');
		expect(spokenMinutes(-60_000)).toBe('1 minute over');
		expect(spokenMinutes(-150_000)).toBe('2 minutes over');
	});

	it('changes as often as the minute does: the 60 seconds of a minute, one sentence', () => {
		const said = new Set<string>();
		for (let s = 240; s > 180; s--) said.add(spokenMinutes(s * 1000));
		expect([...said]).toEqual(['4 minutes left']);
	});
});
