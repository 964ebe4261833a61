/**
 * The two benchmark models written by hand in Squiggle, formula for formula. Parameters come first,
 * generated from the ModelDef (uncertain ones through squiggleDist); prev() becomes a List.reduce over
 * periods that carries last period's values. Each program returns { <option id>: { <output>: dist } },
 * and all options share the same draws, as in our engine.
 */
import { withDefaults } from '../../src/lib/engine/model';
import type { ModelDef, ParamValues } from '../../src/lib/engine/types';
import { squiggleDist } from './squiggle-dists';

function parameters(def: ModelDef, values: ParamValues): string {
	const v = withDefaults(def, values);
	const lines = def.params.map((p) => `${p.id} = ${p.uncertain ? squiggleDist(p, v[p.id]).code : v[p.id]}`);
	return [...lines, `periods = ${def.periods.count}`].join('\n');
}

/** src/lib/decisions/cainiao-ownership/model.ts: options ipo (own = 0) and own (own = 1). */
export const cainiaoSquiggle = (def: ModelDef, values: ParamValues): string => `
${parameters(def, values)}
option(own) = {
  share = own == 1 ? 1 : stake * valuation * (1 - discount) / (valuation * (1 - discount) + raise)
  period(acc, t) = {
    revenue = revenue0 * (1 + growth) ^ t
    operating = t == 0 ? 0 : revenue * (margin - own * subsidy)
    benefit = uplift * ecomProfit * (1 + longGrowth) ^ t * min(1, t / rampYears) * (own == 1 ? 1 : capture)
    upfront = t == 0 ? (own == 1 ? -(1 - stake) * valuation : share * raise * (1 - fees)) : 0
    cash = share * operating + benefit + upfront
    pv = acc.pv + cash / (1 + rate) ^ t
    continuing = t == periods - 1 ? (share * operating + benefit) * (1 + longGrowth) / (rate - longGrowth) / (1 + rate) ^ t : 0
    { pv: pv, continuing: continuing }
  }
  end = List.reduce(List.upTo(0, periods - 1), { pv: 0, continuing: 0 }, period)
  { value: end.pv + end.continuing }
}
{ ipo: option(0), own: option(1) }
`;

/** tests/bench/reference-model.ts: options build (build = 1) and license (build = 0). */
export const referenceSquiggle = (def: ModelDef, values: ParamValues): string => `
${parameters(def, values)}
smin(a, b) = SampleSet.map2(a, b, {|x, y| min(x, y)})
option(build) = {
  period(acc, t) = {
    revenue = smin(revenue0 * (1 + growth) ^ t, cap)
    profit = build == 1 ? revenue * margin - fixedCost : royalty * revenue
    afterTax = SampleSet.map(profit, {|x| x > 0 ? x * (1 - tax) : x})
    cash = afterTax - (t == 0 ? build * upfront : 0)
    balance = acc.balance + cash
    trough = smin(acc.trough, balance)
    pv = acc.pv + cash / (1 + rate) ^ t
    { balance: balance, trough: trough, pv: pv }
  }
  start = { balance: startCash, trough: SampleSet.fromNumber(startCash), pv: 0 }
  end = List.reduce(List.upTo(0, periods - 1), start, period)
  { value: end.pv, lowest: end.trough }
}
{ build: option(1), license: option(0) }
`;
