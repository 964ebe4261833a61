/**
 * The answer at the sourced values (every assumption at its default): one model run per option, the same
 * for every visitor of a model, so it is computed once per compiled model and kept. The decision page says
 * it beside a changed scenario's verdict, and the link preview uses its verdict.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import { Reporter, type Report } from '$lib/engine/report';

const answers = new WeakMap<CompiledModel, Report>();

/** The quick answer at the defaults of `reporter`'s model. */
export function sourcedAnswer(reporter: Reporter): Report {
	let answer = answers.get(reporter.cm);
	if (!answer) {
		answer = reporter.quick({});
		answers.set(reporter.cm, answer);
	}
	return answer;
}
