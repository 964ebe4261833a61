// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readKey, readNotes } from './chart-key';

describe('readKey', () => {
	it('pairs each swatch with the text after it, and keeps a note or side label as its own item', () => {
		document.body.innerHTML = `<div id="key">
			<ul><li><span style="background: rgb(0, 114, 178)"></span>List Cainiao (IPO)</li>
			<li><span style="background: rgb(213, 94, 0)"></span>Own it fully</li>
			<li>Line: median</li></ul>
			<p><span>← Own it fully ahead</span><span>List ahead →</span></p>
		</div>`;
		expect(readKey(document.getElementById('key')!)).toEqual([
			{ text: 'List Cainiao (IPO)', color: 'rgb(0, 114, 178)' },
			{ text: 'Own it fully', color: 'rgb(213, 94, 0)' },
			{ text: 'Line: median' },
			{ text: '← Own it fully ahead' },
			{ text: 'List ahead →' }
		]);
	});
});

describe('readNotes', () => {
	it('turns the lists beside a chart into numbered lines and skips the SVG', () => {
		document.body.innerHTML = `<div id="plot"><svg><text>1</text></svg>
			<ol><li value="1">At 36,181 parcels/day, Buy overtakes Partner.</li><li value="2">At 166,778, Automate.</li></ol>
			<p style="display: none">hidden</p></div>`;
		expect(readNotes(document.getElementById('plot')!)).toEqual([
			'1. At 36,181 parcels/day, Buy overtakes Partner.',
			'2. At 166,778, Automate.'
		]);
	});
});
