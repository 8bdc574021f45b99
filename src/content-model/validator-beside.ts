/**
 * Set to `1` in `astro build`'s environment by `npm run build` (`scripts/build.ts`): the validator
 * runs beside the build and fails it on any problem, so the content layer need not check bodies
 * (`src/content.config.ts`). A module of its own, without imports, so the build script starts
 * Astro without loading the content model first.
 */
export const VALIDATOR_BESIDE_ENV = 'TRYGG_VALIDATOR_BESIDE';
