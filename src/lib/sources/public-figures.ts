/** Sources more than one decision cites: written once, so a correction reaches every model. */
import type { PublicSource } from '$lib/engine/types';

/** Alibaba Group's cost of capital, the starting point of every model's discount rate. */
export const groupWacc: PublicSource = {
	url: 'https://valueinvesting.io/BABA/valuation/wacc',
	title: 'Alibaba Group WACC',
	date: '2024',
	quote: 'The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.'
};
