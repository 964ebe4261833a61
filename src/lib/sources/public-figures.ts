/**
 * Public figures more than one decision cites: written once, so a correction reaches every model. A
 * decision's meta.ts names the ones its model rests on (`shares`), and a test holds the two together.
 */
import type { PublicSource } from '$lib/engine/types';

/** Alibaba Group's cost of capital, the starting point of every model's discount rate. */
export const groupWacc: PublicSource = {
	url: 'https://valueinvesting.io/BABA/valuation/wacc',
	title: 'Alibaba Group WACC',
	date: '2024',
	quote: 'The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.'
};

/** Cloud Intelligence Group's revenue in the December quarter of 2023 (before the 2024 price cuts). */
export const cloudRevenueDecQ2023: PublicSource = {
	url: 'https://reportify.ai/financials/952696089105010688',
	title: 'Alibaba Group results, December quarter 2023',
	date: '2023-12',
	quote: "cloud intelligence group's revenue grew by 3% to RMB 28,066 million"
};

/** Cloud Intelligence Group's revenue in the December quarter of 2024. */
export const cloudRevenueDecQ2024: PublicSource = {
	url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-december-quarter-2024-btdtxwcotad4.html',
	title: 'Alibaba Group announces December quarter 2024 results',
	date: '2024-12',
	quote: 'Cloud revenue increased 13% to RMB31,742 million'
};

/** China's standard enterprise income tax rate, which the models that tax Chinese profits start from. */
export const chinaIncomeTax: PublicSource = {
	url: 'https://www.chinalawandpractice.com/2007/04/01/prc-enterprise-income-tax-law',
	title: 'PRC Enterprise Income Tax Law (China Law & Practice)',
	date: '2007-03-16',
	quote: 'Enterprise income tax rate for both FIEs and domestic companies set at 25%.'
};

/** The shared figures by id: what a decision's meta.ts lists in `shares`. */
export const sharedFigures = {
	'group-wacc': groupWacc,
	'cloud-revenue-dec-q-2023': cloudRevenueDecQ2023,
	'cloud-revenue-dec-q-2024': cloudRevenueDecQ2024,
	'china-income-tax': chinaIncomeTax
} satisfies Record<string, PublicSource>;

export type SharedFigureId = keyof typeof sharedFigures;
