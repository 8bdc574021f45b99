/**
 * The CMS's entry script (bundled to `/admin/cms.js` at build time): loads the config generated from
 * the content model (`/admin/config.json`), completes Decap's Swedish (`locale-sv.ts`, `date-widget.ts`), registers the
 * previews and the site's stylesheet, adds what Decap lacks on a refused save (`form-help.ts`), and
 * starts Decap, which `decap-cms.js` has already put on `window.CMS`.
 */
import type { CmsConfig } from '../src/content-model/to-decap.ts';
import { registerSwedishDates } from './date-widget.ts';
import { installFormHelp } from './form-help.ts';
import { localBackendFromQuery } from './local-backend.ts';
import { registerSwedish } from './locale-sv.ts';
import { registerPreviews } from './previews/index.ts';

async function start(): Promise<void> {
  const response = await fetch('/admin/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`Could not load /admin/config.json (${response.status})`);
  const config = (await response.json()) as CmsConfig;
  const fallback = typeof config.local_backend === 'object' ? config.local_backend.url : '';
  const local = localBackendFromQuery(window.location.search, fallback);
  // In Swedish too; Decap would otherwise start the widget itself, in English.
  window.netlifyIdentity?.init({ locale: 'sv' });
  registerSwedish(window.CMS);
  registerSwedishDates(window.CMS);
  installFormHelp();
  registerPreviews(window.CMS);
  // Working locally (`npm start`), "Visa på webbplatsen" opens the page as built here, not the
  // production address.
  const onThisMachine = ['localhost', '127.0.0.1'].includes(window.location.hostname);
  const site = onThisMachine ? { site_url: window.location.origin, display_url: window.location.origin } : {};
  window.CMS.init({ config: { ...config, ...site, local_backend: { url: local }, load_config_file: false } });
}

start().catch((error: unknown) => {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Redigeringsverktyget kunde inte starta: ${String(error)}`;
  document.body.append(message);
  throw error;
});
