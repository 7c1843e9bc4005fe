// The list forms' limits, apart from their zod schemas (film-lists.ts): the forms show them as you type, and the
// film page's add-to-list form importing the schemas would ship zod (~31 kB gzipped) to every film page's browser.

export const LIST_TITLE_MAX_LENGTH = 200;
export const LIST_DESCRIPTION_MAX_LENGTH = 5000;
export const LIST_NOTE_MAX_LENGTH = 2000;
