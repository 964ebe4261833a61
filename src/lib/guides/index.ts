/** The room guide of each decision, by model id. */
import { cainiaoOwnershipGuide } from '$lib/decisions/cainiao-ownership/guide';
import { cloudPriceCutGuide } from '$lib/decisions/cloud-price-cut/guide';
import { cloudSpinoffGuide } from '$lib/decisions/cloud-spinoff/guide';
import { lastMileGuide } from '$lib/decisions/last-mile/guide';
import { openSourceModelsGuide } from '$lib/decisions/open-source-models/guide';
import type { RoomGuide } from './types';

export const guides: Record<string, RoomGuide> = Object.fromEntries(
	[cainiaoOwnershipGuide, cloudPriceCutGuide, openSourceModelsGuide, cloudSpinoffGuide, lastMileGuide].map(
		(g) => [g.modelId, g]
	)
);

export function getGuide(id: string): RoomGuide | undefined {
	return Object.hasOwn(guides, id) ? guides[id] : undefined;
}
