/**
 * The components editors may use in page bodies (MDX), with the attributes each accepts. The one
 * list both the renderer (`index.ts`) and the sanitiser (`src/markdown/sanitize-content.ts`) read;
 * plain data, so `astro.config.mjs` can import it without loading `.astro` files.
 */
export const USER_COMPONENT_ATTRIBUTES = {
  FactBox: ['title'],
  GraffitiReportForm: [],
  Phone: ['number'],
  Steps: [],
} as const satisfies Record<string, readonly string[]>;

export type UserComponentName = keyof typeof USER_COMPONENT_ATTRIBUTES;

export const USER_COMPONENT_NAMES = Object.keys(USER_COMPONENT_ATTRIBUTES) as UserComponentName[];
