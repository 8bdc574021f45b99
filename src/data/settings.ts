/** Typed access to the settings files (singletons). */
import { getEntry } from 'astro:content';

function missing(id: string): never {
  throw new Error(`Settings file installningar/${id}.yml is missing from the content folder`);
}

export async function getSiteSettings() {
  return (await getEntry('installningar-webbplats', 'webbplats'))?.data ?? missing('webbplats');
}

export async function getPressSettings() {
  return (await getEntry('installningar-pressrum', 'pressrum'))?.data ?? missing('pressrum');
}

/** The award's settings, or undefined when this municipality has no award (the file is optional). */
export async function getAwardSettings() {
  return (await getEntry('installningar-fem-i-tolv-priset', 'fem-i-tolv-priset'))?.data;
}

/** Search synonyms, or undefined when this municipality has none (the file is optional). */
export async function getSearchSettings() {
  return (await getEntry('installningar-sok', 'sok'))?.data;
}

export async function getAccessibilitySettings() {
  return (await getEntry('installningar-tillganglighet', 'tillganglighet'))?.data ?? missing('tillganglighet');
}
