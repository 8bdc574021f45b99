/**
 * The one place that says how editors log in and publish in production. Everything else in the
 * CMS config is generated from the content model (`generate.ts`).
 *
 * Default: Netlify's git-gateway with Netlify Identity, and the editorial workflow (draft → review
 * → ready → published), so nothing reaches the site before someone sets it to "Klar" and publishes.
 * The GitHub backend is the documented alternative (README, "CMS: production backend"):
 *
 *   backend: { name: 'github', repo: '<owner>/<repo>', branch: 'main' }
 */
export interface BackendSettings {
  readonly backend:
    | { readonly name: 'git-gateway'; readonly branch: string }
    | { readonly name: 'github'; readonly repo: string; readonly branch: string };
  readonly publishMode: 'editorial_workflow' | 'simple';
}

export const PRODUCTION_BACKEND: BackendSettings = {
  backend: { name: 'git-gateway', branch: 'main' },
  publishMode: 'editorial_workflow',
};

/**
 * Where `npm start` runs decap-server (the local backend, no account needed). Decap only talks to a
 * local backend when the CMS itself is opened on localhost or 127.0.0.1, so this never applies in
 * production. A page may name another port with `?decap-server=<port>` (the browser tests do).
 */
export const LOCAL_BACKEND_PORT = 8081;

export function localBackendUrl(port: number = LOCAL_BACKEND_PORT): string {
  return `http://127.0.0.1:${port}/api/v1`;
}
