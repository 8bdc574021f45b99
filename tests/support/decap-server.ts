/**
 * decap-server (Decap's local backend) for browser tests: a temporary git repository that holds a
 * copy of a content folder at the path the generated CMS config names (`content/<kommun>/`), and
 * the real decap-server process working in it on a free port.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SOURCE_CONTENT } from './content-copy.ts';

export interface ContentRepo {
  /** The repository root (decap-server's working directory). */
  root: string;
  /** The content folder inside it, e.g. `<root>/content/norrkoping`. */
  contentDir: string;
  remove: () => void;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A fresh git repository (branch `main`) with a copy of the content folder, committed. */
export function createContentRepo(source = SOURCE_CONTENT, siteContent = path.basename(source)): ContentRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'trygg-cms-repo-'));
  const contentDir = path.join(root, 'content', siteContent);
  mkdirSync(path.dirname(contentDir), { recursive: true });
  cpSync(source, contentDir, { recursive: true });
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'config', 'user.name', 'Test');
  git(root, 'config', 'user.email', 'test@example.invalid');
  git(root, 'config', 'commit.gpgsign', 'false');
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '-m', 'Content');
  return { root, contentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Files git sees as changed or new in the repository (porcelain status lines). */
export function gitStatus(repo: ContentRepo): string {
  return git(repo.root, 'status', '--porcelain');
}

/** The repository's branches (the editorial workflow keeps each unpublished entry on a `cms/…` branch). */
export function gitBranches(repo: ContentRepo): string[] {
  return git(repo.root, 'branch', '--format=%(refname:short)').split('\n').filter(Boolean);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface DecapServer {
  port: number;
  /** Everything the server printed, for failure messages. */
  log: () => string;
  stop: () => Promise<void>;
}

const DECAP_SERVER = path.resolve('node_modules/decap-server/dist/index.js');

/**
 * Starts decap-server in `repoRoot`. `mode` is decap-server's `MODE`: `git` commits (and supports
 * the editorial workflow), `fs` only writes files.
 */
export async function startDecapServer(repoRoot: string, mode: 'git' | 'fs' = 'git'): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [DECAP_SERVER], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: repoRoot,
      MODE: mode,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening') && output.includes(String(port))) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server exited with ${code}:\n${output}`)));
    setTimeout(() => reject(new Error(`decap-server did not start within 20 s:\n${output}`)), 20_000);
  });
  await ready;
  return {
    port,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
