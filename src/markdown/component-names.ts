/**
 * The components editors may use in page bodies (MDX), with the attributes each accepts. The one
 * list the renderer (`src/user-components/index.ts`), the sanitiser (`sanitize-content.ts`) and the
 * validator's MDX check (`src/content-model/mdx-body.ts`) read; plain data, so it sits in this
 * layer, below the content model, and loads no `.astro` file.
 */
export const USER_COMPONENT_ATTRIBUTES = {
  FactBox: ['title'],
  GraffitiReportForm: [],
  Phone: ['number'],
  Steps: [],
} as const satisfies Record<string, readonly string[]>;

export type UserComponentName = keyof typeof USER_COMPONENT_ATTRIBUTES;

export const USER_COMPONENT_NAMES = Object.keys(USER_COMPONENT_ATTRIBUTES) as UserComponentName[];
