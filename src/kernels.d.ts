// The built-in decisions' compiled models, written when the app is built (vite-plugin-kernels.ts).
declare module 'virtual:kernels' {
	import type { PrebuiltModel } from '$lib/engine/prebuilt';
	/** Decision `id`'s compiled model as the build wrote it, loaded on first use; undefined for no such id. */
	export function loadKernels(id: string): Promise<PrebuiltModel | undefined>;
}

// The same for the worker: the simulation's kernel and a slim definition (engine/prebuild.ts).
declare module 'virtual:kernels/worker' {
	import type { PrebuiltModel } from '$lib/engine/prebuilt';
	export function loadKernels(id: string): Promise<PrebuiltModel | undefined>;
}

// The same for a live room's phone page: the verdict's kernels and the definition without its sources and
// texts (engine/prebuild.ts, roomDef).
declare module 'virtual:kernels/room' {
	import type { PrebuiltModel } from '$lib/engine/prebuilt';
	export function loadKernels(id: string): Promise<PrebuiltModel | undefined>;
}

// The same for a decision page in the browser: the deterministic and the sweeps' kernels (its simulation
// runs in the worker) and the definition without its long texts (engine/prebuild.ts, pageDef).
declare module 'virtual:kernels/decision' {
	import type { PrebuiltModel } from '$lib/engine/prebuilt';
	export function loadKernels(id: string): Promise<PrebuiltModel | undefined>;
}

// The Monte Carlo worker's script, a chunk of the app's client bundle (vite-plugin-worker-chunk.ts).
declare module 'virtual:simulation-worker' {
	const url: string;
	export default url;
}
