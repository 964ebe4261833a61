/**
 * The model card's rows that need the model, not only the card: each carried assumption with its value
 * and what stands behind it (the figure of a source that supports it, or the assumption's reason).
 */
import { isAssumption, type ModelDef, type ParamDef } from '$lib/engine/types';
import { formatValue } from './format';
import { derivationOf } from './source-role';

export interface CarriedRow {
	param: ParamDef;
	/** The default with its unit: "USD 10.3 bn". */
	value: string;
	/** "From “$10.3 billion”: a quarter's figure times four" or "Assumption: …". */
	basis: string;
}

export function carriedRows(def: ModelDef): CarriedRow[] {
	return (def.card?.carries ?? []).flatMap((id) => {
		const param = def.params.find((p) => p.id === id);
		// The card names only parameters of its model (a test holds every decision's card to it).
		if (!param) return [];
		const d = param.sources.map(derivationOf).find((x) => x !== null);
		const reason = param.sources.find(isAssumption)?.assumption;
		const basis = d
			? `From “${d.figure}”: ${d.says}.`
			: `Assumption${reason ? `: ${reason}` : ', with no figure behind it.'}`;
		return [{ param, value: formatValue(param.default, param.unit, param.step), basis }];
	});
}

/** Ids the card carries that are not parameters of its model: empty when the card holds. */
export const unknownCarried = (def: ModelDef): string[] =>
	(def.card?.carries ?? []).filter((id) => !def.params.some((p) => p.id === id));
