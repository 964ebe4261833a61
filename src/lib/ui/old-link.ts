/**
 * What a decision page adds for an old link (one made before its model was corrected): what the sender
 * saw beside what today's model says. Loaded with the page only when its link is one (routes'
 * +page.ts), so that the page every other link opens does not carry it.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import SenderVerdict from './SenderVerdict.svelte';
import { SenderReport } from '$lib/state/sender-report.svelte';

export { SenderReport, SenderVerdict };

/** An old link's frozen model, with the parts that show it. */
export interface OldLink {
	sender: CompiledModel;
	SenderReport: typeof SenderReport;
	SenderVerdict: typeof SenderVerdict;
}
