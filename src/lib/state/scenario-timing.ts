/** The address bar follows the scenario this long after the last change (a module of its own, so browser tests can read it). */
export const ADDRESS_DELAY_MS = 400;
