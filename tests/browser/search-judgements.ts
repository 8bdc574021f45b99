/**
 * The judged query sets for the search page, against Norrköping's content. Each relevance
 * judgement names the page a resident or journalist means, and whether it must come first or in
 * the first five results. Written from what the pages say, not from what the engine returned.
 */

export interface Judgement {
  query: string;
  /** The page that must be found (URL path). */
  page: string;
  /** `1`: must be the first result; `5`: among the first five. */
  within: 1 | 5;
  /** What the judgement exercises. */
  kind:
    | 'word'
    | 'inflection'
    | 'derived'
    | 'no diacritics'
    | 'compound part'
    | 'name'
    | 'phone'
    | 'phrase'
    | 'abbreviation'
    | 'synonym'
    | 'search word';
}

const RELEASE_HAGEBY = '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/';
const RELEASE_VIOLENCE = '/pressmeddelanden/sa-arbetar-norrkopings-kommun-efter-den-senaste-tidens-valdsbrott/';
const INVITATION = '/pressmeddelanden/pressinbjudan-det-oforklarade-tar-plats-pa-norrkopings-konstmuseum/';
const PROMISE = '/medborgarloften/medborgarlofte-2023-2024/';
const GUIDELINE = '/dokument/riktlinje-for-norrkopings-brottsforebyggande-rad/';

export const RELEVANCE: Judgement[] = [
  { query: 'klotter', page: '/anmal-klotter/', within: 1, kind: 'word' },
  { query: 'Klotter', page: '/anmal-klotter/', within: 1, kind: 'word' },
  { query: 'klottret', page: '/anmal-klotter/', within: 1, kind: 'inflection' },
  { query: 'anmäla klotter', page: '/anmal-klotter/', within: 1, kind: 'inflection' },
  { query: 'anmal klotter', page: '/anmal-klotter/', within: 1, kind: 'no diacritics' },
  { query: 'anmälan klotter', page: '/anmal-klotter/', within: 1, kind: 'inflection' },
  { query: 'orolig', page: '/orolig-for-nagon/', within: 5, kind: 'word' },
  { query: 'orolig för någon', page: '/orolig-for-nagon/', within: 1, kind: 'phrase' },
  { query: 'orolig for nagon', page: '/orolig-for-nagon/', within: 1, kind: 'no diacritics' },
  { query: 'socialjouren', page: '/orolig-for-nagon/', within: 5, kind: 'word' },
  { query: 'socialjour', page: '/orolig-for-nagon/', within: 5, kind: 'inflection' },
  { query: 'jouren', page: '/orolig-for-nagon/', within: 5, kind: 'compound part' },
  { query: 'förebyggande', page: '/brottsforebyggande-arbete/', within: 5, kind: 'compound part' },
  { query: 'förebyggande', page: '/nobra/', within: 5, kind: 'compound part' },
  { query: 'forebyggande', page: '/brottsforebyggande-arbete/', within: 5, kind: 'no diacritics' },
  { query: 'brottsförebyggande råd', page: '/nobra/', within: 5, kind: 'phrase' },
  { query: 'brottsförebyggande råd', page: GUIDELINE, within: 5, kind: 'phrase' },
  { query: 'NoBrå', page: '/nobra/', within: 1, kind: 'abbreviation' },
  { query: 'nobra', page: '/nobra/', within: 1, kind: 'no diacritics' },
  { query: 'grannsamverkan', page: '/grannsamverkan/', within: 1, kind: 'word' },
  { query: 'nattvandring', page: '/nattvandring/', within: 1, kind: 'word' },
  { query: 'nattvandra', page: '/nattvandring/', within: 1, kind: 'inflection' },
  { query: 'vandring', page: '/nattvandring/', within: 5, kind: 'compound part' },
  { query: 'Hageby', page: RELEASE_HAGEBY, within: 5, kind: 'name' },
  { query: 'Navestad', page: RELEASE_HAGEBY, within: 5, kind: 'name' },
  { query: 'Sophia Jarl', page: RELEASE_HAGEBY, within: 1, kind: 'name' },
  { query: 'Anna Selander', page: RELEASE_HAGEBY, within: 1, kind: 'name' },
  { query: '011-15 22 83', page: '/orolig-for-nagon/', within: 5, kind: 'phone' },
  { query: '114 14', page: '/anmal-klotter/', within: 5, kind: 'phone' },
  { query: '0724-65 20 54', page: RELEASE_HAGEBY, within: 1, kind: 'phone' },
  { query: 'tib', page: '/tib/', within: 1, kind: 'abbreviation' },
  { query: 'tjänsteperson i beredskap', page: '/tib/', within: 5, kind: 'phrase' },
  { query: 'tjansteperson', page: '/tib/', within: 5, kind: 'no diacritics' },
  { query: 'EST', page: '/est/', within: 1, kind: 'abbreviation' },
  { query: 'effektiv samordning för trygghet', page: '/est/', within: 1, kind: 'phrase' },
  { query: 'fastighetsbolag', page: '/est/', within: 5, kind: 'word' },
  { query: 'SSPF', page: '/sspf/', within: 1, kind: 'abbreviation' },
  { query: 'skola socialtjänst polis fritid', page: '/sspf/', within: 5, kind: 'phrase' },
  { query: 'medborgarlöfte', page: PROMISE, within: 5, kind: 'word' },
  { query: 'medborgarlofte', page: PROMISE, within: 5, kind: 'no diacritics' },
  { query: 'löften', page: PROMISE, within: 5, kind: 'compound part' },
  { query: 'en kommun fri från våld', page: '/en-kommun-fri-fran-vald/', within: 1, kind: 'phrase' },
  { query: 'Jämställdhetsmyndigheten', page: '/en-kommun-fri-fran-vald/', within: 5, kind: 'name' },
  { query: 'valdsbrott', page: RELEASE_VIOLENCE, within: 5, kind: 'no diacritics' },
  { query: 'väktare', page: RELEASE_VIOLENCE, within: 5, kind: 'compound part' },
  { query: 'Jordskugga', page: INVITATION, within: 1, kind: 'name' },
  { query: 'konstmuseum', page: INVITATION, within: 1, kind: 'word' },
  { query: 'museum', page: INVITATION, within: 5, kind: 'compound part' },
  { query: 'främlingsfientlighet', page: '/fem-i-tolv-priset/', within: 5, kind: 'word' },
  { query: 'tillgänglighetsredogörelse', page: '/tillganglighetsredogorelse/', within: 1, kind: 'word' },
  { query: 'riktlinje', page: GUIDELINE, within: 5, kind: 'word' },
  { query: 'belysningsstrategi', page: '/dokument/', within: 5, kind: 'word' },
  { query: 'islandsmodellen', page: '/dokument/', within: 5, kind: 'word' },
  { query: 'kakor', page: '/integritet/', within: 1, kind: 'word' },
  // Issue 13: a stemmed match of a word on the site is no junk; editors' synonyms; derived words.
  { query: 'tryggt', page: RELEASE_HAGEBY, within: 1, kind: 'word' },
  { query: 'nattvandrare', page: '/nattvandring/', within: 1, kind: 'inflection' },
  { query: 'museet', page: INVITATION, within: 5, kind: 'inflection' },
  { query: 'våldsprevention', page: '/dokument/', within: 5, kind: 'derived' },
  { query: 'graffiti', page: '/anmal-klotter/', within: 1, kind: 'synonym' },
  { query: 'BRÅ', page: '/nobra/', within: 5, kind: 'synonym' },
  { query: 'vandalism', page: '/nattvandring/', within: 5, kind: 'synonym' },
  { query: 'polisanmälan', page: '/anmal-klotter/', within: 1, kind: 'search word' },
  { query: 'personuppgifter', page: '/integritet/', within: 1, kind: 'word' },
];

/** Misspellings that must be answered with "Menade du …?" and the right word. */
export const TYPOS: { query: string; suggestion: string }[] = [
  { query: 'klottre', suggestion: 'klotter' },
  { query: 'socialjoren', suggestion: 'socialjouren' },
  { query: 'grannsamverken', suggestion: 'grannsamverkan' },
  { query: 'natvandring', suggestion: 'nattvandring' },
  { query: 'medborgarlöfen', suggestion: 'medborgarlöften' },
  { query: 'brottsförbyggande', suggestion: 'brottsförebyggande' },
  { query: 'skadegörlse', suggestion: 'skadegörelse' },
  { query: 'hagbey', suggestion: 'hageby' },
  { query: 'navstad', suggestion: 'navestad' },
  { query: 'jordskuga', suggestion: 'jordskugga' },
  { query: 'fastighetsbollag', suggestion: 'fastighetsbolag' },
  { query: 'anmäl klottre', suggestion: 'anmäl klotter' },
];

/** Queries that must find nothing and say so (no junk by prefix or by Pagefind's fallbacks). */
export const NONSENSE: string[] = [
  'qwxz',
  'xyzzy',
  'zzzz',
  'k',
  'q',
  'ö',
  'blorftangel',
  'polisxyz',
  'klotterzzz',
  'övervakningsdrönare',
  '999 999 99',
  'asdfghjkl',
];
