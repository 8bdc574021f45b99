/** The search page and the list of every page A–Ö beside it (the list without JavaScript). */
export const SEARCH_URL = '/sok/';
export const ALL_PAGES_URL = `${SEARCH_URL}alla-sidor/`;
