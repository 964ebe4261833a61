/** The room guide of each decision, by model id. */
import { cainiaoOwnershipGuide } from './cainiao-ownership';
import { cloudPriceCutGuide } from './cloud-price-cut';
import { cloudSpinoffGuide } from './cloud-spinoff';
import { lastMileGuide } from './last-mile';
import { openSourceModelsGuide } from './open-source-models';
import type { RoomGuide } from './types';

export const guides: Record<string, RoomGuide> = Object.fromEntries(
	[cainiaoOwnershipGuide, cloudPriceCutGuide, openSourceModelsGuide, cloudSpinoffGuide, lastMileGuide].map(
		(g) => [g.modelId, g]
	)
);

export function getGuide(id: string): RoomGuide | undefined {
	return Object.hasOwn(guides, id) ? guides[id] : undefined;
}
