/**
 * The response headers Netlify sends for a path, from the `[[headers]]` rules in netlify.toml.
 * Parsing and `for` matching are Netlify's own (`@netlify/headers-parser`, which the Netlify CLI
 * uses); what happens when several rules match follows Netlify's CDN: every matching rule applies,
 * in file order, and a header set by more than one of them is sent once with the values joined by
 * ", " (for Content-Security-Policy that means two policies, both enforced).
 */
import path from 'node:path';
import { type Header, parseAllHeaders } from '@netlify/headers-parser';

export type HeaderRule = Header;

/** The rules of a netlify.toml; throws with Netlify's message if one is malformed. */
export async function loadHeaderRules(configPath = path.resolve('netlify.toml')): Promise<HeaderRule[]> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: undefined,
    netlifyConfigPath: configPath,
    configHeaders: undefined,
    minimal: false,
  });
  if (errors.length > 0) throw new Error(`${configPath}: ${errors.map((e) => e.message).join('\n')}`);
  return headers as HeaderRule[];
}

/** The rules whose `for` matches a URL path (query string ignored). */
export function matchingRules(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  const pathname = urlPath.split('?')[0] ?? '/';
  return rules.filter((rule) => rule.forRegExp.test(pathname));
}

/** Header name (lower-case) → value, as the CDN would send them for a URL path. */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(rules, urlPath)) {
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}
