/**
 * How many scenarios a comparison holds. Apart from comparison.ts so that a decision page, which pins
 * scenarios for a comparison (compare/pins.ts), loads these numbers and not the comparison's code.
 */
export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 6;
