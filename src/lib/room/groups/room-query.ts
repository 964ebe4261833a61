/**
 * The room's scenario read from its link (RoomView.scenario, a decision page's query string), as the
 * console and the projector read it; the server reads it so for a group's page (group-room-scenario.ts).
 */
import type { ModelDef } from '$lib/engine/types';
import { decodeScenario, type Scenario } from '$lib/state/url';

export const roomScenario = (def: ModelDef, query: string): Scenario => decodeScenario(def, query).scenario;
