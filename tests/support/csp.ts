/** Reading Content-Security-Policy values in tests. */

/** One policy → directive name → its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The policies in a header value: a comma separates policies (RFC: a CSP header may carry
 * several, and the browser enforces each one).
 */
export function splitPolicies(headerValue: string): string[] {
  return headerValue
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The sources that govern a fetch of the given kind, with CSP's fallback to `default-src`. */
export function sourcesFor(policy: Map<string, string[]>, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

const KEYWORDS = new Set([
  "'self'",
  "'none'",
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  "'strict-dynamic'",
  "'report-sample'",
]);

/**
 * Sources in a policy that name another origin: hosts, schemes that load from elsewhere (`https:`,
 * `http:`, `*`). `blob:` and `data:` are local to the page and listed separately by callers.
 */
export function otherOrigins(policy: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [directive, sources] of policy) {
    if (directive === 'upgrade-insecure-requests' || directive.startsWith('report-')) continue;
    for (const source of sources) {
      if (KEYWORDS.has(source) || /^'(sha256|sha384|sha512|nonce)-/.test(source)) continue;
      if (source === 'blob:' || source === 'data:') continue;
      out.push(`${directive} ${source}`);
    }
  }
  return out;
}
