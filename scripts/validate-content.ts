/**
 * Fails (exit 1) when any entry in the content folder breaks the content model, printing one
 * line per problem: file, field, Swedish label, what is wrong. Run first by `npm run build`.
 */
import { contentDir } from '../src/config/site.ts';
import { formatContentError, validateContentDir } from '../src/content-model/validate.ts';

const dir = contentDir();
const errors = validateContentDir(dir);
if (errors.length > 0) {
  console.error(`Content in ${dir} has ${errors.length} problem(s):`);
  for (const error of errors) console.error(`  ${formatContentError(error)}`);
  process.exit(1);
}
console.log(`Content in ${dir} is valid.`);
