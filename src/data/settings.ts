/** Typed access to the settings files (singletons). */
import { getEntry } from 'astro:content';

async function singleton<
  C extends
    | 'installningar-webbplats'
    | 'installningar-pressrum'
    | 'installningar-fem-i-tolv-priset'
    | 'installningar-tillganglighet',
>(collection: C, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Settings file ${id}.yml is missing from the content folder`);
  return entry.data;
}

export const getSiteSettings = () => singleton('installningar-webbplats', 'webbplats');
export const getPressSettings = () => singleton('installningar-pressrum', 'pressrum');
export const getAwardSettings = () => singleton('installningar-fem-i-tolv-priset', 'fem-i-tolv-priset');
export const getAccessibilitySettings = () => singleton('installningar-tillganglighet', 'tillganglighet');
