/**
 * Opening pages of a served site in Chromium the way the browser gates need it, with everything a
 * page does on the way recorded: CSP violations (the DOM event and Chromium's console report),
 * every request, uncaught errors. `visit` opens one page in a fresh context; `openTab` gives a
 * crawl one page that loads URL after URL (one record each).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface VisitRecord {
  /** `securitypolicyviolation` events and CSP console errors. */
  cspViolations: string[];
  /** Every URL the page requested, the page itself included. */
  requests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** HTTP status of the page. */
  status: number | undefined;
  /** Response headers of the page (lower-case names). */
  headers: Record<string, string>;
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  record: VisitRecord;
  close: () => Promise<void>;
}

export interface LoadOptions {
  waitUntil?: 'load' | 'networkidle';
  /** How long the page may take to load, in ms (Playwright's default, 30 s, when omitted). */
  timeout?: number;
}

/**
 * A page in a fresh context that loads one URL after another, keeping one record per load: what a
 * crawl uses, so Chromium's renderer and its compiled scripts (axe's, for one) are kept between the
 * pages of one crawl instead of being made again for each. The context's request routing turns its
 * HTTP cache off (Playwright does that for every routed context), so each page's requests are all
 * seen, as with a fresh context. What one page stores stays in the context: a crawl that records
 * storage clears it after a page that left some (`clearStorage`).
 */
export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Loads `url` and returns its record, which keeps filling until the next `load`. */
  load: (url: string, options?: LoadOptions) => Promise<VisitRecord>;
  close: () => Promise<void>;
}

export async function openTab(
  browser: Browser,
  origin: string,
  contextOptions: BrowserContextOptions = {},
): Promise<Tab> {
  const context = await browser.newContext(contextOptions);
  // Nothing leaves the machine: a request to another origin is recorded, then refused here.
  await context.route(
    (target) => target.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  let record: VisitRecord = { cspViolations: [], requests: [], pageErrors: [], status: undefined, headers: {} };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/content[ -]security[ -]policy/i.test(message.text())) record.cspViolations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => record.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const load = async (url: string, { waitUntil = 'load', timeout }: LoadOptions = {}): Promise<VisitRecord> => {
    if (new URL(url).origin !== origin) throw new Error(`${url}: this tab serves ${origin} only`);
    record = { cspViolations: [], requests: [], pageErrors: [], status: undefined, headers: {} };
    const current = record;
    const response = await page.goto(url, timeout === undefined ? { waitUntil } : { waitUntil, timeout });
    current.status = response?.status();
    current.headers = response ? await response.allHeaders() : {};
    return current;
  };
  return { context, page, load, close: () => context.close() };
}

/** Cookies, Web Storage, IndexedDB databases and caches of the tab's origin, removed. */
export async function clearStorage(tab: Tab): Promise<void> {
  await tab.context.clearCookies();
  await tab.page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const db of await indexedDB.databases()) {
      const name = db.name;
      if (name)
        await new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = resolve;
          request.onerror = () => reject(request.error);
        });
    }
    for (const name of await caches.keys()) await caches.delete(name);
  });
}

/** One page in a fresh context (no state carried between pages), with its record. */
export async function visit(
  browser: Browser,
  url: string,
  options: BrowserContextOptions & LoadOptions = {},
): Promise<Visit> {
  const { waitUntil, timeout, ...contextOptions } = options;
  const tab = await openTab(browser, new URL(url).origin, contextOptions);
  const loadOptions: LoadOptions = {};
  if (waitUntil !== undefined) loadOptions.waitUntil = waitUntil;
  if (timeout !== undefined) loadOptions.timeout = timeout;
  const record = await tab.load(url, loadOptions);
  return { context: tab.context, page: tab.page, record, close: tab.close };
}
