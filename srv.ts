import { serveStatic } from './tests/support/serve.ts';

const s = await serveStatic('dist');
console.log(s.url);
setTimeout(() => s.close(), 600_000);
