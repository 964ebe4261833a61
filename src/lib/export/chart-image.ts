/**
 * A chart as a file someone can put in a slide or a report: the chart's SVG with the styles its marks
 * need written onto each element (a downloaded SVG has no page CSS, so `var(--option-0)` must become a
 * colour), on white, with the chart's title and key above and its sources and link below.
 */
import type { KeyItem } from './chart-key';
import { inlineStyles } from './inline-styles';
import { wrapSpaced } from './text';

export interface ChartImageOptions {
	title: string;
	summary: string;
	footnote: string[];
	key?: KeyItem[];
}

export interface ChartImage {
	svg: string;
	width: number;
	height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const INK = '#1c1f24';
const SOFT = '#4a505a';
const PAD = 16;
/** Average glyph width of a sans-serif face, in ems: enough to wrap text without measuring it. */
const EM = 0.56;

function textBlock(
	lines: string[],
	at: { x: number; y: number },
	size: number,
	attrs: Record<string, string>
): { node: SVGTextElement; height: number } {
	const text = document.createElementNS(SVG_NS, 'text');
	const lineHeight = Math.round(size * 1.35);
	for (const [k, v] of Object.entries({ 'font-size': String(size), ...attrs })) text.setAttribute(k, v);
	lines.forEach((line, i) => {
		const span = document.createElementNS(SVG_NS, 'tspan');
		span.setAttribute('x', String(at.x));
		span.setAttribute('y', String(at.y + size + i * lineHeight));
		span.textContent = line;
		text.append(span);
	});
	return { node: text, height: lines.length * lineHeight };
}

/** The legend as swatches and labels, flowed into rows as wide as the image. */
function keyBlock(items: KeyItem[], top: number, width: number): { node: SVGGElement; height: number } {
	const g = document.createElementNS(SVG_NS, 'g');
	const size = 12;
	const rowHeight = 18;
	let [x, y] = [PAD, top];
	for (const item of items) {
		const w = (item.color ? 14 : 0) + item.text.length * size * EM;
		if (x > PAD && x + w > width - PAD) [x, y] = [PAD, y + rowHeight];
		if (item.color) {
			const swatch = document.createElementNS(SVG_NS, 'rect');
			const box = { x: String(x), y: String(y + 3), width: '10', height: '10', fill: item.color, rx: '2' };
			for (const [k, v] of Object.entries(box)) swatch.setAttribute(k, v);
			g.append(swatch);
		}
		const label = textBlock([item.text], { x: x + (item.color ? 14 : 0), y: y - 1 }, size, { fill: SOFT });
		g.append(label.node);
		x += w + 16;
	}
	return { node: g, height: items.length ? y - top + rowHeight + 6 : 0 };
}

/** The chart, titled, keyed and footnoted, as a standalone SVG document and its size in CSS pixels. */
export function chartImage(svg: SVGSVGElement, opts: ChartImageOptions): ChartImage {
	const chartWidth = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
	const chartHeight = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
	const width = Math.ceil(Math.max(chartWidth + 2 * PAD, 360));
	const fontFamily = getComputedStyle(svg).fontFamily || 'system-ui, sans-serif';
	const chars = (size: number) => (width - 2 * PAD) / (size * EM);

	const root = document.createElementNS(SVG_NS, 'svg');
	root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
	root.setAttribute('font-family', fontFamily);
	const title = document.createElementNS(SVG_NS, 'title');
	title.textContent = opts.title;
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('fill', '#ffffff');
	root.append(title, background);

	let y = PAD;
	const heading = textBlock(wrapSpaced(opts.title, chars(16 * 1.08)), { x: PAD, y }, 16, {
		'font-weight': '600',
		fill: INK
	});
	y += heading.height + 2;
	const summary = textBlock(wrapSpaced(opts.summary, chars(13)), { x: PAD, y }, 13, { fill: SOFT });
	y += summary.height + 8;
	const key = keyBlock(opts.key ?? [], y, width);
	y += key.height;
	root.append(heading.node, summary.node, key.node);

	const chart = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, chart);
	for (const [k, v] of Object.entries({ x: PAD, y, width: chartWidth, height: chartHeight }))
		chart.setAttribute(k, String(v));
	chart.setAttribute('overflow', 'visible');
	root.append(chart);
	y += chartHeight + 12;

	const foot = textBlock(
		opts.footnote.flatMap((line) => wrapSpaced(line, chars(11))),
		{ x: PAD, y },
		11,
		{ fill: SOFT }
	);
	root.append(foot.node);
	const height = Math.ceil(y + foot.height + PAD);

	for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` }))
		root.setAttribute(k, String(v));
	background.setAttribute('width', String(width));
	background.setAttribute('height', String(height));
	const xml = new XMLSerializer().serializeToString(root);
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}

/** The chart as SVG text; see chartImage for its size. */
export function chartSvg(svg: SVGSVGElement, opts: ChartImageOptions): string {
	return chartImage(svg, opts).svg;
}
