/** Text for people: locales, picking dataset texts, transliteration, Intl formatting, UI messages. */
export * from './locale.ts';
export * from './pick.ts';
export * from './transliterate.ts';
export * from './format.ts';
export * from './messages/catalogue.ts';
