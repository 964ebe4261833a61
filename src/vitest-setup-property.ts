/**
 * Property tests draw fresh cases on every run, so that the suite keeps looking for counterexamples;
 * fast-check prints the seed and path of any failure. FC_SEED (and FC_PATH) replay that failure exactly:
 *   FC_SEED=-1493523813 FC_PATH=104 npx vitest run src/lib/engine/histogram.test.ts
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
const path = process.env.FC_PATH;

fc.configureGlobal({
	...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
	...(path ? { path } : {})
});
