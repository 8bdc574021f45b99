/**
 * Opening one page of a served site in Chromium the way the browser gates need it: a fresh
 * context (no state carried between pages), with everything the page does on the way recorded:
 * CSP violations (the DOM event and Chromium's console report), every request, uncaught errors.
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

export async function visit(
  browser: Browser,
  url: string,
  options: BrowserContextOptions & {
    waitUntil?: 'load' | 'networkidle';
    /** How long the page may take to load, in ms (Playwright's default, 30 s, when omitted). */
    timeout?: number;
  } = {},
): Promise<Visit> {
  const { waitUntil = 'load', timeout, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  // Nothing leaves the machine: a request to another origin is recorded, then refused here.
  const origin = new URL(url).origin;
  await context.route(
    (target) => target.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const record: VisitRecord = { cspViolations: [], requests: [], pageErrors: [], status: undefined, headers: {} };
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
  const response = await page.goto(url, timeout === undefined ? { waitUntil } : { waitUntil, timeout });
  record.status = response?.status();
  record.headers = response ? await response.allHeaders() : {};
  return { context, page, record, close: () => context.close() };
}
