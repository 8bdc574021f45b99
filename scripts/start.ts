/**
 * `npm start`: builds the site, then serves it on http://127.0.0.1:4321/ (`astro preview`) together
 * with decap-server, Decap's local backend, so `/admin/` edits the files in `content/` without an
 * account. Ctrl-C (or either process ending) stops both.
 *
 * decap-server runs in its `fs` mode in the repository root: it writes the files an editor saves
 * straight into `content/<kommun>/`, where `git status` shows them, and never commits or switches
 * branches in a developer's clone (its `git` mode would `git add .` and commit everything). Decap
 * then publishes directly instead of through the editorial workflow production uses.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { LOCAL_BACKEND_PORT } from '../src/config/cms-backend.ts';
import { ROOT_DIR } from '../src/config/site.ts';

// Other ports when the defaults are taken: SITE_PORT=4400 DECAP_SERVER_PORT=8090 npm start.
const SITE_PORT = Number(process.env.SITE_PORT || 4321);
const DECAP_PORT = Number(process.env.DECAP_SERVER_PORT || LOCAL_BACKEND_PORT);
const cmsUrl = `http://127.0.0.1:${SITE_PORT}/admin/${DECAP_PORT === LOCAL_BACKEND_PORT ? '' : `?decap-server=${DECAP_PORT}`}`;
const bin = (name: string) => path.join(ROOT_DIR, 'node_modules', '.bin', name);

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT_DIR, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed (see above), so nothing was started.');
  process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [
  spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', String(SITE_PORT)], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  }),
  spawn(process.execPath, [path.join(ROOT_DIR, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(DECAP_PORT),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: ROOT_DIR,
      MODE: 'fs',
    },
  }),
];

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) {
  child.on('exit', (code) => stop(code ?? 0));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(
  `\nThe site: http://127.0.0.1:${SITE_PORT}/\nThe CMS:  ${cmsUrl} ` +
    `(decap-server on port ${DECAP_PORT}; saved changes land in content/)\n`,
);
