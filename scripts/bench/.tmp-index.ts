import { buildSearchIndex } from '../../src/search/build-index.ts';
import { siteCacheDir } from '../../src/config/site.ts';
import path from 'node:path';
const t = performance.now();
const stats = await buildSearchIndex(process.argv[2], path.join(siteCacheDir('/tmp/ab10/content'), 'search-index'));
console.log(JSON.stringify(stats), Math.round(performance.now() - t), 'ms');
