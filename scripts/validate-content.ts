/**
 * Fails (exit 1) when any entry in the content folder breaks the content model, printing one
 * line per problem: file, field, Swedish label, what is wrong. Run first by `npm run build`.
 * A production build (`CONTEXT=production`, as Netlify sets it) also refuses a placeholder site address.
 */
import path from 'node:path';
import { contentDir, siteCacheDir } from '../src/config/site.ts';
import { isProductionBuild } from '../src/config/site-url.ts';
import { formatContentError, productionProblems, validateContentDir } from '../src/content-model/validate.ts';
import { ValidatedFiles } from '../src/content-model/validated-files.ts';

const dir = contentDir();
const production = isProductionBuild();
// Files that passed before with the same text and context are not checked again (validated-files.ts).
const validated = new ValidatedFiles(path.join(siteCacheDir(dir), 'validated-files.json'));
const errors = [...validateContentDir(dir, process.cwd(), validated), ...(production ? productionProblems(dir) : [])];
validated.save();
if (errors.length > 0) {
  console.error(`Content in ${dir} has ${errors.length} problem(s)${production ? ' for a production build' : ''}:`);
  for (const error of errors) console.error(`  ${formatContentError(error)}`);
  process.exit(1);
}
console.log(`Content in ${dir} is valid${production ? ' for a production build' : ''}.`);
