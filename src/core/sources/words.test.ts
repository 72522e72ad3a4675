import { describe, expect, it } from 'vitest';
import { formatReading } from './explain';
import { claimKeys, keysOf } from './words';

describe('keysOf: what a claim says, as keys two languages share', () => {
  it('gives « Moscou » and "Moscow", « Poutine » and "Putin" one key each', () => {
    const fr = keysOf('Guterres a été reçu au Kremlin à Moscou par Vladimir Poutine', 'fr');
    const en = keysOf('Guterres was received at the Kremlin in Moscow by Vladimir Putin', 'en');
    for (const k of ['n:moscow', 'n:putin', 'n:guterres', 'n:kremlin', 'n:vladimir']) {
      expect(fr.has(k), `fr ${k}`).toBe(true);
      expect(en.has(k), `en ${k}`).toBe(true);
    }
  });

  it('gives country names of both languages their ISO code (« la Russie », "Russia", « États-Unis d’Amérique »)', () => {
    expect(keysOf('La Russie et le Japon', 'fr')).toEqual(new Set(['n:RU', 'n:JP']));
    expect(keysOf('Russia and Japan', 'en')).toEqual(new Set(['n:RU', 'n:JP']));
    expect(keysOf('les États-Unis d’Amérique', 'fr').has('n:US')).toBe(true);
  });

  it('gives happening words of both languages one key (« obsèques » / "funeral", « séisme » / "quake")', () => {
    expect(keysOf('Les obsèques du pape', 'fr')).toEqual(new Set(['c:funeral', 'c:pope']));
    expect(keysOf("The pope's funeral", 'en')).toEqual(new Set(['c:funeral', 'c:pope']));
    expect(keysOf('Un puissant séisme', 'fr').has('c:earthquake')).toBe(true);
    expect(keysOf('A powerful quake', 'en').has('c:earthquake')).toBe(true);
  });

  it('reads acronyms by their capitals: « l’ONU » and "the UN" match, the article « un » does not', () => {
    expect(keysOf("le chef de l'ONU", 'fr').has('n:un')).toBe(true);
    expect(keysOf('the UN chief', 'en').has('n:un')).toBe(true);
    expect(keysOf('un chef', 'fr').has('n:un')).toBe(false);
  });

  it('takes a capital as a name, not in a headline where every word has one', () => {
    expect(keysOf('Hier, Emmanuel Macron a parlé', 'fr').has('n:macron')).toBe(true);
    expect(keysOf('Guterres a parlé', 'fr').has('n:guterres')).toBe(true);
    expect(keysOf('Funeral Set For Saturday: What Happens Next', 'en').has('n:happens')).toBe(false);
  });

  it('keeps numbers and stems, drops little words', () => {
    const k = keysOf('Les jurés ont délibéré onze heures sur les 30 chefs', 'fr');
    expect(k.has('#30')).toBe(true);
    expect(k.has('c:jury')).toBe(true);
    expect([...k].some((x) => x === 's:les' || x === 's:sur')).toBe(false);
  });

  it('cuts the date expressions out: two claims never share « mardi »', () => {
    const text = 'Le vote aura lieu mardi 15 janvier.';
    const at = text.indexOf('mardi 15 janvier');
    const keys = claimKeys(text, { start: 0, end: text.length }, [{ start: at, end: at + 16 }], 'fr');
    expect(keys).toEqual(new Set(['c:vote', 's:aur', 's:lieu']));
  });
});

describe('formatReading: a reading as a person says it', () => {
  it('says a day with its weekday, then month, quarter, year and ranges', () => {
    expect(formatReading('2022-04-19', '2022-04-19', 'fr', false)).toBe('mar. 19 avr.');
    expect(formatReading('2022-04-19', '2022-04-19', 'en', true)).toBe('Tue Apr 19, 2022');
    expect(formatReading('2024-07-01', '2024-07-31', 'en', true)).toBe('Jul 2024');
    expect(formatReading('2023-10-01', '2023-12-31', 'fr', true)).toBe('4e trimestre 2023');
    expect(formatReading('2023-10-01', '2023-12-31', 'en', true)).toBe('Q4 2023');
    expect(formatReading('2020-01-01', '2020-12-31', 'en', true)).toBe('2020');
    expect(formatReading('2024-07-01', '2024-07-14', 'en', true)).toBe('Jul 1 – Jul 14, 2024');
  });
});
