/** The two models the benchmark runs, each with its Squiggle program and what both engines compute. */
import type { ModelDef, ParamValues } from '../../src/lib/engine/types';
import { cainiaoOwnership } from '../../src/lib/decisions/cainiao-ownership/model';
import { referenceModel } from './reference-model';
import { cainiaoSquiggle, referenceSquiggle } from './squiggle-models';

export interface Bench {
	name: string;
	def: ModelDef;
	squiggle: (def: ModelDef, values: ParamValues) => string;
	/** Parameters nudged in the slider test: one without and one with uncertainty. */
	slider: [string, string];
	/**
	 * The outputs the Squiggle program returns for each option. Timed against Squiggle, ours computes
	 * these and stores the chart series per period, as the decision page does; the mean check compares them.
	 */
	compare: string[];
}

export const benches: Bench[] = [
	{
		name: 'reference',
		def: referenceModel,
		squiggle: referenceSquiggle,
		slider: ['upfront', 'margin'],
		compare: ['value', 'lowest']
	},
	{
		name: 'Cainiao',
		def: cainiaoOwnership,
		squiggle: cainiaoSquiggle,
		slider: ['valuation', 'growth'],
		compare: ['value']
	}
];
