/**
 * A worker thread's entry (`prepareDictionaryAside` in `swedish-dictionary.ts` starts it): builds
 * nspell's table of dictionary-sv and keeps the list of accepted words (`accepted-words.ts`) in the
 * cache folder it is given, then posts how many words the list holds. Run by Node itself, not
 * bundled: it imports only what Node's type stripping can run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import nspell from 'nspell';
import { splitterDictionary, writeAcceptedWords } from './accepted-words.ts';

const { cacheDir } = workerData as { cacheDir: string };
const { aff, dic } = splitterDictionary();
parentPort?.postMessage(writeAcceptedWords(cacheDir, aff, dic, nspell({ aff, dic })));
