/**
 * What an MDX page body may contain: Markdown, and the components editors may use
 * (`src/markdown/component-names.ts`) with their own attributes written as plain text. Anything else
 * (HTML or other JSX, `{…}` expressions, `import`/`export`) is refused at validation time with the
 * line it is on, so an editor learns why instead of seeing it vanish; the renderer's sanitiser
 * (`src/markdown/sanitize-content.ts`) removes the same things should they ever reach a build.
 */
import { createProcessor } from '@mdx-js/mdx';
import {
  USER_COMPONENT_ATTRIBUTES,
  USER_COMPONENT_NAMES,
  type UserComponentName,
} from '../markdown/component-names.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const ALLOWED = USER_COMPONENT_NAMES.join(', ');
const isComponent = (name: string): name is UserComponentName =>
  USER_COMPONENT_NAMES.includes(name as UserComponentName);

/** Problems in one MDX body, each with its line in the body; empty when the body is fine. */
export function mdxBodyProblems(body: string): string[] {
  let tree: MdxNode;
  try {
    tree = createProcessor({ format: 'mdx' }).parse(body) as unknown as MdxNode;
  } catch (error) {
    return [`cannot be read as MDX: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const walk = (node: MdxNode) => {
    const line = node.position ? ` (line ${node.position.start.line} of the text)` : '';
    if (node.type === 'mdxjsEsm') problems.push(`import/export is not allowed${line}`);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push(`{…} expressions are not allowed${line}`);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!isComponent(name)) {
        problems.push(`<${name}> is not allowed${line}; use Markdown, or one of: ${ALLOWED}`);
      } else {
        const accepted: readonly string[] = USER_COMPONENT_ATTRIBUTES[name];
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !accepted.includes(attribute.name)) {
            const what = attribute.name ?? '{…}';
            problems.push(
              `<${name} ${what}> is not allowed${line}; ${name} accepts: ${accepted.join(', ') || 'nothing'}`,
            );
          } else if (typeof attribute.value !== 'string') {
            problems.push(`<${name} ${attribute.name}> must be plain text in quotes${line}`);
          }
        }
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}
