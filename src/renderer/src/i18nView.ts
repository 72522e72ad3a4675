// The words of the timeline's view, legend, settings and first screen, in both languages. Kept beside
// i18n.ts (which spreads them into its tables) so the explanations and errors there and these grow apart.

type Words<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export const viewEn = {
  legendTitle: 'Legend',
  legendVague: 'approximate date',
  legendPublished: 'publication date',
} as const;

export const viewFr: Words<typeof viewEn> = {
  legendTitle: 'Légende',
  legendVague: 'date approximative',
  legendPublished: 'date de publication',
};
