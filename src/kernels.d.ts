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
