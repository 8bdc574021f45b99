/**
 * The layers of the code, bottom to top, and the rule that no import runs back up (README,
 * "Folder map"). `npm run lint` checks every TypeScript and JavaScript module with
 * dependency-cruiser; `tests/unit/layers.unit.test.ts` checks the front matter of `.astro` files
 * against the same rules and proves that a back-edge fails the check.
 *
 *   src/lib/, src/config/   pure helpers (time, slugs, the URL map) and settings: import nothing of ours
 *   src/markdown/           what a body may contain, and its sanitiser
 *   src/content-model/      the collections, their zod schemas (to-zod.ts) and Decap config (to-decap.ts)
 *   src/utils/              feature logic as pure functions over the content model
 *   src/data/, src/search/  reading the collections for pages; search, built and in the browser
 *   src/components/, then src/user-components/ (the components editors use in bodies), then src/layouts/
 *   src/pages/, src/integrations/, src/content.config.ts, admin/, netlify/, scripts/, tests/, astro.config.mjs
 */

/** Modules of ours: anything outside node_modules. */
const OURS = '^(src|admin|netlify|scripts|tests)/|^astro\\.config\\.mjs$';

/** What every view (component, layout) may import: the layers below it and the stylesheet. */
const VIEW_BASE = [
  'src/lib',
  'src/config',
  'src/markdown',
  'src/content-model',
  'src/utils',
  'src/data',
  'src/search',
  'src/styles',
];

/** A layer's folders, each with the folders it may import (besides itself and third-party packages). */
const LAYERS = [
  { name: 'lib', from: '^src/lib/', allowed: ['src/lib'] },
  { name: 'config', from: '^src/config/', allowed: ['src/lib', 'src/config'] },
  { name: 'markdown', from: '^src/markdown/', allowed: ['src/lib', 'src/config', 'src/markdown'] },
  {
    name: 'content-model',
    from: '^src/content-model/',
    allowed: ['src/lib', 'src/config', 'src/markdown', 'src/content-model'],
  },
  {
    name: 'utils',
    from: '^src/utils/',
    allowed: ['src/lib', 'src/config', 'src/markdown', 'src/content-model', 'src/utils'],
  },
  {
    name: 'data',
    from: '^src/data/',
    allowed: ['src/lib', 'src/config', 'src/markdown', 'src/content-model', 'src/utils', 'src/data'],
  },
  {
    name: 'search',
    from: '^src/search/',
    allowed: ['src/lib', 'src/config', 'src/markdown', 'src/content-model', 'src/utils', 'src/search'],
  },
  { name: 'components', from: '^src/components/', allowed: [...VIEW_BASE, 'src/components'] },
  {
    name: 'user-components',
    from: '^src/user-components/',
    allowed: [...VIEW_BASE, 'src/components', 'src/user-components'],
  },
  {
    name: 'layouts',
    from: '^src/layouts/',
    allowed: [...VIEW_BASE, 'src/components', 'src/user-components', 'src/layouts'],
  },
];

const escapeRegExp = (folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others, form one layer in disguise.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.map((layer) => ({
      name: `layer-${layer.name}`,
      severity: 'error',
      comment: `${layer.from} may import only ${layer.allowed.join(', ')} of ours: a lower layer never imports a higher one.`,
      from: { path: layer.from },
      to: { path: OURS, pathNot: `^(${layer.allowed.map(escapeRegExp).join('|')})/` },
    })),
    {
      name: 'site-not-from-tools',
      severity: 'error',
      comment: 'The site (src/) never imports the CMS app, the Netlify functions, scripts or tests.',
      from: { path: '^src/' },
      to: { path: '^(admin|netlify|scripts|tests)/' },
    },
    {
      name: 'pages-are-top',
      severity: 'error',
      comment: 'Nothing imports a page.',
      from: { pathNot: '^tests/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'A relative import that resolves to no file (a moved file left behind).',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro|content|public)/' },
    tsPreCompilationDeps: true,
    extraExtensionsToScan: ['.astro'],
  },
};

export { LAYERS, OURS };
