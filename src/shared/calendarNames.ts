// Month and weekday names in the two languages, from the runtime's CLDR data (Intl) rather than hand-kept lists:
// one source for the engine's English explanations, the app's French and English wording and the exports.

export type NamesLang = 'en' | 'fr';

const cache = new Map<string, readonly string[]>();

function names(key: string, make: () => string[]): readonly string[] {
  let list = cache.get(key);
  if (!list) {
    list = Object.freeze(make());
    cache.set(key, list);
  }
  return list;
}

/** Month names by month number: `monthNames('en')[1] === 'January'`, `monthNames('fr')[8] === 'août'`; [0] is ''. */
export function monthNames(lang: NamesLang): readonly string[] {
  return names(`month/${lang}`, () => {
    const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    return ['', ...Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2024, i, 1)))];
  });
}

/** Weekday names by ISO number: `weekdayNames('fr')[1] === 'lundi'`, `[7]` is Sunday; [0] is ''. */
export function weekdayNames(lang: NamesLang): readonly string[] {
  return names(`weekday/${lang}`, () => {
    const f = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    return ['', ...Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2024, 0, 1 + i)))];
  });
}
