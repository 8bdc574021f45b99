/**
 * The site address in the settings (`installningar/webbplats.yml`, `siteUrl`) is where the sitemap,
 * feeds, share images and the CMS point. Content folders ship with a placeholder under a reserved
 * name (`https://trygg.<kommun>.example`) until the real address is known; a production build
 * (Netlify sets `CONTEXT=production`) must not publish one.
 */

/** Top-level names reserved for examples and tests (RFC 2606, RFC 6761): never a real site. */
const RESERVED_TLDS = ['example', 'test', 'invalid', 'localhost', 'local'];
/** Second-level names reserved for documentation (RFC 2606). */
const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org'];

/** Why a site address cannot be a production site's address, or undefined when it can. */
export function placeholderSiteUrlProblem(siteUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(siteUrl).hostname.toLowerCase();
  } catch {
    return `"${siteUrl}" is not a web address`;
  }
  const tld = host.split('.').pop() ?? '';
  const placeholder =
    RESERVED_TLDS.includes(tld) ||
    RESERVED_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`)) ||
    /^\d+(\.\d+){3}$/.test(host) ||
    !host.includes('.');
  return placeholder
    ? `"${siteUrl}" is a placeholder address; set the site's real address (https://…) before a production build (CONTEXT=production)`
    : undefined;
}

/** Whether this is a production build: Netlify sets `CONTEXT=production` for the production branch. */
export function isProductionBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.CONTEXT === 'production';
}
