/**
 * Content bodies come from editors through the CMS and are treated as untrusted: this rehype
 * plugin runs `hast-util-sanitize` (the sanitiser behind rehype-sanitize, GitHub's rules) over
 * every Markdown and MDX body, so `<script>`, `<iframe>`, event handlers (`onerror=`), `style`,
 * and `javascript:`/`data:` URLs never reach the built page.
 *
 * Two things rehype-sanitize alone gets wrong for this site, handled here:
 * - In `.md` bodies Astro parses raw HTML only after the user's rehype plugins (`rehype-raw` runs
 *   last), so raw HTML is still an opaque string at this point. It is parsed first, so harmless
 *   markup (`<strong>`) survives sanitised instead of vanishing.
 * - In `.mdx` bodies HTML is JSX (`mdxJsx*` nodes), which the sanitiser does not know and would
 *   drop, including the components editors may use (`<FactBox>`, `<Steps>`, `<Phone>`). JSX
 *   elements are turned into plain elements for the sanitiser: the allowed components under a
 *   reserved tag name (and only their own string attributes), everything else under its own name,
 *   where the usual HTML rules apply. Afterwards the components become JSX again. Expressions
 *   (`{…}`), `import`/`export` and attributes given as expressions are dropped.
 */
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { USER_COMPONENT_ATTRIBUTES, USER_COMPONENT_NAMES, type UserComponentName } from './component-names.ts';

/** Node types of the MDX syntax tree that `hast-util-raw` must leave alone. */
export const MDX_NODE_TYPES = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
];

/** Tag names the sanitiser sees for an allowed component, e.g. `user-component-flow-FactBox`. */
const PREFIX = 'user-component-';
type Placement = 'flow' | 'text';
const JSX_TYPE: Record<Placement, 'mdxJsxFlowElement' | 'mdxJsxTextElement'> = {
  flow: 'mdxJsxFlowElement',
  text: 'mdxJsxTextElement',
};
const componentTag = (placement: Placement, name: UserComponentName) => `${PREFIX}${placement}-${name}`;

/** GitHub's rules plus the editors' components with their own string attributes, nothing more. */
export const CONTENT_SCHEMA: Schema = (() => {
  const tags = USER_COMPONENT_NAMES.flatMap((name) =>
    (['flow', 'text'] as const).map((placement) => [componentTag(placement, name), name] as const),
  );
  return {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []), ...tags.map(([tag]) => tag)],
    attributes: {
      ...defaultSchema.attributes,
      ...Object.fromEntries(tags.map(([tag, name]) => [tag, [...USER_COMPONENT_ATTRIBUTES[name]]])),
    },
  };
})();

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: RootContent[];
}

const isJsx = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const isComponent = (name: string): name is UserComponentName =>
  USER_COMPONENT_NAMES.includes(name as UserComponentName);

/** JSX → plain elements. Only literal string (or bare boolean) attributes are kept. */
function jsxToElements(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  const children = node.children.map((child) => jsxToElements(child as Nodes)) as ElementContent[];
  if (!isJsx(node as { type: string })) return { ...node, children } as Nodes;
  const jsx = node as unknown as JsxElement;
  // A fragment (`<>…</>`) or a member name (`<a.b>`) is not HTML: keep its content only.
  if (jsx.name === null || !/^[A-Za-z][\w-]*$/.test(jsx.name)) {
    return { type: 'element', tagName: 'div', properties: {}, children } satisfies Element;
  }
  const placement: Placement = jsx.type === 'mdxJsxFlowElement' ? 'flow' : 'text';
  const component = isComponent(jsx.name);
  const properties: Properties = {};
  for (const attribute of jsx.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const value = attribute.value === null || attribute.value === undefined ? true : attribute.value;
    if (typeof value !== 'string' && value !== true) continue;
    // Components keep the names they declare; HTML attributes get hast's property names
    // (`onerror` → `onError`, `class` → `className`), which the sanitiser's rules are written in.
    properties[component ? attribute.name : find(html, attribute.name).property] = value;
  }
  const tagName = isComponent(jsx.name) ? componentTag(placement, jsx.name) : jsx.name.toLowerCase();
  return { type: 'element', tagName, properties, children } satisfies Element;
}

/** Sanitised placeholders → the editors' components as JSX again. */
function elementsToJsx(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  const children = node.children.map((child) => elementsToJsx(child as Nodes)) as RootContent[];
  if (node.type !== 'element' || !node.tagName.startsWith(PREFIX)) return { ...node, children } as Nodes;
  const [placement, name] = node.tagName.slice(PREFIX.length).split('-') as [Placement, UserComponentName];
  const attributes = Object.entries(node.properties).map(([attribute, value]) => ({
    type: 'mdxJsxAttribute',
    name: attribute,
    value: value === true ? null : String(value),
  }));
  return { type: JSX_TYPE[placement], name, attributes, children } as unknown as Nodes;
}

// `raw` nodes (HTML kept as a string by remark-rehype) are not in hast's own type union.
const hasRaw = (node: Nodes): boolean =>
  (node as { type: string }).type === 'raw' ||
  ('children' in node && node.children.some((child) => hasRaw(child as Nodes)));

/**
 * The tree exactly as the sanitiser gets it: raw HTML parsed, JSX as plain elements. Exported for
 * `sanitiser-changes.ts`, which compares it with the sanitiser's output to tell editors what would go.
 */
export function sanitiserInput(tree: Root, file?: VFile): Nodes {
  const parsed = hasRaw(tree) ? (raw(tree, { passThrough: MDX_NODE_TYPES, ...(file ? { file } : {}) }) as Root) : tree;
  return jsxToElements(parsed);
}

/** The sanitising step on its own: a hast tree (Markdown or MDX) in, an inert one out. */
export function sanitizeContentTree(tree: Root): Root {
  return elementsToJsx(sanitize(sanitiserInput(tree), CONTENT_SCHEMA)) as Root;
}

/** The rehype plugin for `astro.config.mjs`. */
export function rehypeSanitizeContent() {
  return (tree: Root): Root => sanitizeContentTree(tree);
}
