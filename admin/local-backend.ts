/**
 * Which decap-server the CMS talks to when it is opened on this machine. `npm start` runs it on the
 * default port; a page address with `?decap-server=<port>` names another (the browser tests start
 * their own on a free port). Decap itself ignores any local backend unless the CMS page is on
 * localhost or 127.0.0.1, so this cannot redirect editors in production.
 */
export function localBackendFromQuery(search: string, fallback: string): string {
  const port = new URLSearchParams(search).get('decap-server');
  if (port === null) return fallback;
  if (!/^[0-9]{2,5}$/.test(port) || Number(port) > 65535) {
    throw new Error(`?decap-server= must be a port number, got "${port}"`);
  }
  return `http://127.0.0.1:${port}/api/v1`;
}
