/**
 * The projector's words for one verdict: "“Own it fully” leads “List Cainiao” by USD 0.5 bn", and the
 * chance it stays ahead ("64 %" of "10,000 simulated futures"). The chance is the engine's
 * probabilityAhead, the figure the decision page says for the same scenario. The options' names are
 * quoted: they are phrases ("Spin off the cloud unit", "Keep it in the group") that would otherwise run
 * into each other and into the verb between them.
 */
import type { Verdict } from '$lib/engine/analysis';
import type { UncertaintyReport } from '$lib/engine/report';
import { formatPercent, formatValue } from '$lib/ui/format';

export interface VerdictWords {
	verdict: string;
	/** "64 %": null while the simulation runs, or when it is of another pair than the verdict's. */
	chance: string | null;
	/** "10,000 simulated futures" */
	futures: string | null;
	/** What joins the verdict to its chance: "but stays ahead in only" when the leader trails in most futures. */
	joiner: string;
	p: number | null;
}

export function verdictWords(
	v: Pick<Verdict, 'best' | 'runnerUp' | 'margin'>,
	report: UncertaintyReport | null,
	name: (option: string) => string,
	outcomeUnit: string
): VerdictWords {
	const [a, b] = [v.best, v.runnerUp].map((o) => `“${name(o)}”`);
	const verdict =
		v.margin === 0
			? `${a} and ${b} are worth the same at these values`
			: `${a} leads ${b} by ${formatValue(v.margin, outcomeUnit)}`;
	if (!report || report.best !== v.best || report.runnerUp !== v.runnerUp)
		return { verdict, chance: null, futures: null, joiner: '', p: null };
	const p = report.ahead.p;
	const futures = `${report.samples.toLocaleString('en')} simulated futures`;
	const joiner = p < 0.5 ? 'but stays ahead in only' : 'and stays ahead in';
	return { verdict, chance: formatPercent(p), futures, joiner, p };
}
