/**
 * The heights, in px at a given width, of the parts of a decision page that arrive after it has loaded,
 * as those parts lay themselves out: a Pending slot holds that height so nothing below it moves. They
 * follow the charts' own sizing (FanChart, ProfileChart, DifferenceChart, Tornado) plus their captions.
 */
import { tornadoLayout } from '$lib/charts/tornado-layout';

/** A chart figure's caption (title and summary) and its key, above and below the plot. */
const CAPTION = 84;

export const pendingHeight = {
	fan: (width: number) => CAPTION + Math.max(240, Math.min(380, width * 0.55)),
	profile: (width: number) => CAPTION + Math.max(240, Math.min(380, width * 0.55)),
	difference: (width: number) => 110 + Math.max(200, Math.min(300, width * 0.42)),
	/**
	 * `rows` rows, each as tall as the tallest wrapped label among `labels`: before the tornado is known,
	 * the labels of every parameter it may show, which can only overstate the height.
	 */
	tornado: (width: number, rows: number, labels: readonly string[]) =>
		CAPTION + tornadoLayout(width, labels, rows).height,
	breakEvenTable: (rows: number) => 70 + rows * 37
};
