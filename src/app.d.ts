// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** True in builds that include the test-only decisions (vite.config.ts). */
	const __FIXTURE_DECISIONS__: boolean;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** /compare: what a pasted scenario link held that the comparison could not use, as sentences. */
			pasted?: string[];
		}
		// interface Platform {}
	}
}

export {};
