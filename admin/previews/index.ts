/**
 * Registers the preview templates and the site's own stylesheet (copied to `/admin/preview.css` at
 * build time), so the preview pane looks like the published page.
 */
import { citizenPromises, pages, pressReleases, warnings } from '../../src/content-model/index.ts';
import type { DecapCms } from '../globals.d.ts';
import { CitizenPromisePreview } from './citizen-promise.ts';
import { loadEntryContext, withContext } from './entry-context.ts';
import { pagePreview } from './page.ts';
import { pressReleasePreview } from './press-release.ts';
import { WarningPreview } from './warning.ts';

export const PREVIEW_STYLESHEET = '/admin/preview.css';

export function registerPreviews(cms: DecapCms): void {
  cms.registerPreviewStyle(PREVIEW_STYLESHEET);
  // Contacts, topics and the text about the municipality come from other entries (entry-context.ts).
  cms.registerPreviewTemplate(pressReleases.name, withContext(loadEntryContext, pressReleasePreview));
  cms.registerPreviewTemplate(pages.name, withContext(loadEntryContext, pagePreview));
  cms.registerPreviewTemplate(warnings.name, WarningPreview);
  cms.registerPreviewTemplate(citizenPromises.name, CitizenPromisePreview);
}
