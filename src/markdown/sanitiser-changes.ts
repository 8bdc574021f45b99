/**
 * What the renderer's sanitiser (`sanitize-content.ts`) would remove from a Markdown or MDX body,
 * with the line it is on, so content that would lose something is refused instead of published
 * with a silent gap. The validator (`src/content-model/validate.ts`, run by `npm run build` and
 * `npm run validate`) reports these in English; the CMS preview shows the same findings in Swedish
 * (`admin/previews/body-warning.ts`). Both parse the body as the build does (Markdown with raw HTML
 * kept, or MDX) and run the very sanitiser the build runs, then compare its input and output.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Nodes, Root } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { type Options as ToHastOptions, toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { CONTENT_SCHEMA, MDX_NODE_TYPES, sanitiserInput } from './sanitize-content.ts';

/** One thing the sanitiser would take away. */
export interface SanitiserChange {
  /** Line in the body (1 = the first line of the text), when known. */
  readonly line: number | undefined;
  /** `element`: the tag goes (its text may stay); `attribute`: the tag stays without these; `comment`: an HTML comment goes. */
  readonly kind: 'element' | 'attribute' | 'comment';
  /** Tag name as written, e.g. `iframe`, `a`. */
  readonly tag: string;
  /** For `attribute`: the attributes that go, as written in HTML (`href`, `onclick`). */
  readonly attributes: readonly string[];
}

interface Token {
  readonly key: string;
  readonly node?: Nodes;
}

const CLOBBER = new Set(defaultSchema.clobber ?? []);
const PREFIX = defaultSchema.clobberPrefix ?? '';

/** Attribute name as an editor writes it (`className` → `class`, `onClick` → `onclick`). */
function htmlName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  return property.replace(/^aria(?=[A-Z])/, 'aria-').toLowerCase();
}

function attributeEntries(node: Nodes, sanitised: boolean): [string, string][] {
  if (node.type !== 'element') return [];
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    let written = Array.isArray(value) ? value.join(' ') : String(value);
    // The sanitiser prefixes ids and names (`user-content-`) so they cannot clobber the page's own:
    // a rename, not a loss.
    if (sanitised && CLOBBER.has(name) && written.startsWith(PREFIX)) written = written.slice(PREFIX.length);
    entries.push([name, written]);
  }
  return entries.sort(([a], [b]) => a.localeCompare(b));
}

/** The tree in document order as comparable tokens; adjacent text is joined (removing a tag can merge it). */
function tokens(tree: Nodes, sanitised: boolean): Token[] {
  const out: Token[] = [];
  let text = '';
  const flush = () => {
    if (text.trim() !== '') out.push({ key: `#text ${text.replace(/\s+/g, ' ').trim()}` });
    text = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      text += node.value;
      return;
    }
    if (node.type === 'comment' || node.type === 'element') flush();
    if (node.type === 'comment') out.push({ key: `<!--${node.value}-->`, node });
    if (node.type === 'element') {
      out.push({ key: `<${node.tagName} ${JSON.stringify(attributeEntries(node, sanitised))}>`, node });
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (node.type === 'element') {
      flush();
      out.push({ key: `</${node.tagName}>` });
    }
  };
  walk(tree);
  flush();
  return out;
}

/** The hast tree of a body, as the build's Markdown/MDX pipeline hands it to the sanitiser. */
function bodyTree(body: string, format: 'md' | 'mdx'): Nodes {
  const mdast = createProcessor({ format }).parse(body);
  return toHast(mdast, {
    allowDangerousHtml: true,
    passThrough: MDX_NODE_TYPES as ToHastOptions['passThrough'],
  }) as Nodes;
}

/**
 * What the sanitiser would remove from `body`: the first change only (after it the two versions no
 * longer line up), or none. Throws when the body cannot be parsed (the MDX check reports that).
 */
export function sanitiserChanges(body: string, format: 'md' | 'mdx'): SanitiserChange[] {
  // The file gives raw HTML its line numbers.
  const input = sanitiserInput(bodyTree(body, format) as Root, new VFile(body));
  const before = tokens(input, false);
  const after = tokens(sanitize(input, CONTENT_SCHEMA), true);
  const index = before.findIndex((token, i) => token.key !== after[i]?.key);
  if (index === -1) return [];
  const node = before[index]?.node;
  // A difference on a closing tag or on text follows from an earlier one; there is none, so the
  // nearest element before it is what changed.
  const changed = node ?? before.slice(0, index).findLast((t) => t.node?.type === 'element')?.node;
  if (changed === undefined) return [];
  const line = changed.position?.start.line;
  if (changed.type === 'comment') return [{ line, kind: 'comment', tag: '', attributes: [] }];
  if (changed.type !== 'element') return [];
  const kept = after[index];
  const tag = changed.tagName.replace(/^user-component-(flow|text)-/, '');
  if (kept?.key.startsWith(`<${changed.tagName} `)) {
    const keptValues = new Map(JSON.parse(kept.key.slice(changed.tagName.length + 2, -1)) as [string, string][]);
    const lost = attributeEntries(changed, false)
      .filter(([name, value]) => keptValues.get(name) !== value)
      .map(([name]) => htmlName(name));
    return [{ line, kind: 'attribute', tag, attributes: lost }];
  }
  return [{ line, kind: 'element', tag, attributes: [] }];
}

const at = (line: number | undefined, prefix: string) => (line === undefined ? '' : ` (${prefix} ${line})`);

/** For the build log and `npm run validate`: what would go, and where. */
export function describeChangeEnglish(change: SanitiserChange, of = 'of the text'): string {
  const where = change.line === undefined ? '' : ` (line ${change.line} ${of})`;
  switch (change.kind) {
    case 'comment':
      return `an HTML comment would be removed from the published page${where}; delete it or write it as text`;
    case 'attribute':
      return `<${change.tag} ${change.attributes.join(' ')}> would be removed from the published page${where}: links are kept only to https://, http://, mailto: or a path on the site, and only plain attributes; write it in Markdown`;
    case 'element':
      return `raw HTML <${change.tag}> would be removed from the published page${where}; write it in Markdown instead`;
  }
}

/** For editors in the CMS preview: what would go, and where, in Swedish. */
export function describeChangeSwedish(change: SanitiserChange): string {
  const where = at(change.line, 'rad');
  switch (change.kind) {
    case 'comment':
      return `En HTML-kommentar${where} skulle tas bort från den publicerade sidan. Ta bort den eller skriv den som vanlig text.`;
    case 'attribute':
      return `${change.attributes.map((a) => `"${a}"`).join(', ')} i <${change.tag}>${where} skulle tas bort från den publicerade sidan. Länkar behålls bara till webbadresser (https://), e-post (mailto:) och sidor på webbplatsen. Skriv texten utan HTML.`;
    case 'element':
      return `HTML-koden <${change.tag}>${where} skulle tas bort från den publicerade sidan. Skriv texten utan HTML, med formateringsknapparna.`;
  }
}
