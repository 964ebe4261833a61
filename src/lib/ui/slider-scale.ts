/**
 * How a parameter's slider writes its values: shares as percent, with as many decimals as the step needs
 * to be exact (0.25 needs two), so that the slider's grid is the model's. The page reads a slider's value
 * back with `fromShown`; the sweeps made ahead of a key press (state/sweeps-ahead.ts) are found only where
 * that equals the parameter's snapped step (slider-scale.test.ts).
 */
import type { ParamDef } from '$lib/engine/types';
import { decimalsOf } from './format';

export interface SliderScale {
	/** 100 for a share shown as percent, else 1. */
	scale: number;
	decimals: number;
	toShown: (v: number) => number;
	fromShown: (v: number) => number;
}

export function sliderScale(p: Pick<ParamDef, 'unit' | 'step'>): SliderScale {
	const scale = p.unit === '%' ? 100 : 1;
	const decimals = decimalsOf(p.step * scale);
	return {
		scale,
		decimals,
		toShown: (v) => Number((v * scale).toFixed(decimals)),
		fromShown: (v) => Number((v / scale).toFixed(decimals + 2))
	};
}
