/**
 * `npm run build`: the content validator (`validate-content.ts`) and `astro build` side by side,
 * each in its own process, instead of one after the other. Astro's build runs on one core for most
 * of its time; the validator (reading and checking every entry) takes the other, so the build
 * no longer waits for it (1,000 entries: about 2 s of a clean build).
 *
 * The build fails when either fails. Astro parses every entry with the same schemas, so invalid
 * fields also stop Astro's own build at its content sync, before it writes a page; the bodies
 * only the validator checks here (Astro is told so, and does not check them again). Astro is
 * never killed halfway, which could leave its cache half written. The validator's problems are
 * printed as one block as soon as it ends, and the verdict again as the build's last line; its
 * all-clear after Astro's log, which it would otherwise split. Arguments go to `astro build`
 * (`--outDir x`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VALIDATOR_BESIDE_ENV } from '../src/content-model/validator-beside.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The exit code of a child process (1 when it was killed or could not start). */
function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const validator = spawn(process.execPath, [path.join(root, 'scripts', 'validate-content.ts')], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let report = '';
validator.stdout?.on('data', (d: Buffer) => {
  report += d.toString();
});
validator.stderr?.on('data', (d: Buffer) => {
  report += d.toString();
});
// Problems as soon as they are known; the all-clear after Astro's log, so it never splits its lines.
const validated = exitOf(validator).then((code) => {
  if (code !== 0) process.stderr.write(report);
  return code;
});

const astro = spawn(
  process.execPath,
  [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    cwd: root,
    // The content layer leaves body checks to the validator (`src/content.config.ts`).
    env: { ...process.env, [VALIDATOR_BESIDE_ENV]: '1' },
    stdio: 'inherit',
  },
);

const [validatorCode, astroCode] = await Promise.all([validated, exitOf(astro)]);
if (validatorCode === 0) process.stdout.write(report);
if (validatorCode !== 0) {
  console.error('The build failed: the content has problems (listed above by the validator).');
} else if (astroCode !== 0) {
  console.error(`The build failed: astro build exited with ${astroCode}.`);
}
process.exit(validatorCode !== 0 ? validatorCode : astroCode);
