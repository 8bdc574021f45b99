import { buildTime } from '../utils/build-time.ts';

/** The build clock, read once so every page of one build agrees on what is published. */
export const NOW: Date = buildTime();
