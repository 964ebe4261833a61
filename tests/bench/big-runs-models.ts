/** The decisions the big-run bench simulates: Cainiao (two options) and the four-option last mile. */
import { cainiaoOwnership } from '../../src/lib/decisions/cainiao-ownership/model';
import { lastMile } from '../../src/lib/decisions/last-mile/model';

export const benchModels = [cainiaoOwnership, lastMile];
