/**
 * The keys a scenario's link uses for itself (src/lib/state/url.ts): the format's version, the model's
 * revision, the sample count, the seed, the locked parameters and the scenario's name. Defined here, on
 * the engine's side, because the engine must not import the state code, and validation must refuse any
 * model id that a link would have to leave out.
 */
export const LINK_KEYS = ['v', 'r', 'n', 'seed', 'lock', 'name'] as const;

export const isLinkKey = (key: string): boolean => (LINK_KEYS as readonly string[]).includes(key);

/**
 * A room's pooled belief about a parameter travels under `belief.<id>` (link format 2). A model id cannot
 * hold a dot (validate.ts), so no parameter can collide with these keys.
 */
export const BELIEF_PREFIX = 'belief.';
