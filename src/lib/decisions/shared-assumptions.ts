/**
 * Assumptions more than one decision rests on. A decision's meta.ts names the ones its model carries
 * (`assumes`: which of its parameters carries it, and how), and the landing page draws the connections
 * from those declarations alone: two decisions connect where they declare the same assumption. A test
 * holds each declaration to a parameter the model has, and every entry here to at least two decisions.
 */
export const SHARED_ASSUMPTIONS = {
	'parcel-cost': {
		label: 'Cainiao’s cost per parcel',
		says: 'What it costs Cainiao to move one parcel: what sets its margin, what partners charge and what owning saves.'
	},
	'late-parcel': {
		label: 'The cost of a late parcel',
		says: 'What a parcel that misses the promised days costs: compensation, and the orders a disappointed buyer no longer places.'
	},
	'cloud-demand': {
		label: 'Demand for Alibaba Cloud',
		says: 'How much compute customers rent from Alibaba Cloud, and how it answers prices, models and rivals.'
	},
	'chip-access': {
		label: 'Access to advanced chips',
		says: 'Whether US export controls tighten further, and what that costs the cloud and the models.'
	},
	'token-price': {
		label: 'The price of AI tokens',
		says: 'What a model’s output sells for, which falls as rivals release models of their own.'
	},
	'marketplace-profit': {
		label: 'The marketplaces’ profit',
		says: 'What Taobao, Tmall and AliExpress earn on an order: the take rate, and the profit that delivery and merchants move.'
	},
	'logistics-labour': {
		label: 'Logistics labour costs',
		says: 'What a sorter, a warehouse worker or a driver costs, which decides what machines and owned fleets save.'
	},
	'cost-of-capital': {
		label: 'The group’s cost of capital',
		says: 'The rate every decision discounts its future cash at, starting from Alibaba Group’s WACC.'
	}
} as const satisfies Record<string, { label: string; says: string }>;

export type SharedAssumptionId = keyof typeof SHARED_ASSUMPTIONS;

/** An assumption every decision carries (its discount rate) says nothing about how two decisions connect. */
export const EVERYWHERE: SharedAssumptionId = 'cost-of-capital';

/** How one decision carries a shared assumption. */
export interface AssumptionUse {
	id: SharedAssumptionId;
	/** The model's parameter that carries it. */
	param: string;
	/** How, in one sentence a reader of the landing page understands. */
	as: string;
}

export interface Connection {
	assumption: SharedAssumptionId;
	label: string;
	says: string;
	/** The decisions that declare it, with how each carries it, in the order given. */
	uses: { decision: string; param: string; as: string }[];
}

/**
 * The connections among decisions, from their declarations: one per shared assumption that two or more of
 * them declare, leaving out the one every decision carries.
 */
export function connections(
	metas: readonly { id: string; assumes: readonly AssumptionUse[] }[]
): Connection[] {
	return (Object.keys(SHARED_ASSUMPTIONS) as SharedAssumptionId[])
		.filter((id) => id !== EVERYWHERE)
		.map((id) => ({
			assumption: id,
			...SHARED_ASSUMPTIONS[id],
			uses: metas.flatMap((m) =>
				m.assumes.filter((u) => u.id === id).map((u) => ({ decision: m.id, param: u.param, as: u.as }))
			)
		}))
		.filter((c) => c.uses.length > 1);
}
