/**
 * Finds markup in published files that could run script or load from elsewhere: what the
 * untrusted-content gate requires to be absent. HTML is parsed as a browser would (parse5 via
 * hast-util-from-html), so text that merely looks like a tag (escaped, or inside an attribute
 * value) is not mistaken for one.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Elements that embed or re-point documents; no template of ours uses them. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet', 'portal']);
/** Attributes that hold a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'poster',
  'background',
  'cite',
  'srcDoc',
  'xLinkHref',
];
/** Schemes that run script or carry a document. Browsers ignore tabs, newlines and case in them. */
const BAD_SCHEME = /^(javascript|vbscript|data):/i;

// Browsers drop ASCII control characters and spaces from a URL's scheme ("jav&#x09;ascript:").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const normaliseUrl = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();

/** A JSON data block (JSON-LD): never executed, harmless as long as it is one whole JSON value. */
function isJsonDataBlock(el: Element, content: string): boolean {
  const type = String(el.properties.type ?? '').toLowerCase();
  if (type !== 'application/ld+json' && type !== 'application/json') return false;
  try {
    JSON.parse(content);
    return true;
  } catch {
    return false;
  }
}

/**
 * Problems in an HTML document or fragment. A <script> or <style> is a problem when it mentions
 * `marker` (what every payload contains); our own scripts and styles do not.
 */
export function dangerousMarkup(html: string, marker: string): string[] {
  const problems: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') check(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    // <template> content lives in its own fragment.
    if (node.type === 'element' && node.content) walk(node.content as Nodes);
  };
  const text = (el: Element): string =>
    el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
  const check = (el: Element) => {
    const name = el.tagName;
    if (EMBEDDING.has(name)) problems.push(`<${name}> element`);
    if (name === 'script' && text(el).includes(marker) && !isJsonDataBlock(el, text(el))) {
      problems.push('<script> with a payload');
    }
    if (name === 'style' && text(el).includes(marker)) problems.push('<style> with a payload');
    if (name === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'refresh')
      problems.push('refresh <meta>');
    for (const [key, value] of Object.entries(el.properties)) {
      if (/^on[A-Z]/.test(key)) problems.push(`<${name}> with event handler ${key}`);
      if (key === 'style' && String(value).includes(marker)) problems.push(`<${name}> style attribute with a payload`);
    }
    for (const key of URL_ATTRIBUTES) {
      const value = el.properties[key];
      if (value === undefined || value === null) continue;
      const values = Array.isArray(value) ? value.map(String) : [String(value)];
      for (const v of values)
        if (BAD_SCHEME.test(normaliseUrl(v))) problems.push(`<${name} ${key}="${v.slice(0, 40)}">`);
    }
  };
  walk(fromHtml(html));
  return problems;
}
