import { describe, expect, it } from 'vitest';
import { parseDay } from './calendar';
import type { ResolveContext } from './resolve';
import { durationValue, resolve } from './resolve';
import type { Reading } from './types';

const FRI = parseDay('2022-04-22')!; // Friday 22 April 2022
const ctx = (over: Partial<ResolveContext> = {}): ResolveContext => ({
  dct: FRI,
  tense: null,
  previous: null,
  ...over,
});
const past = { tense: 'past' as const, cue: 'a demandé' };
const future = { tense: 'future' as const, cue: 'se rendra' };
const tuesday: Reading = { type: 'DATE', weekday: 2 };

describe('a bare weekday', () => {
  it('in a future clause is the next one: « se rendra à Moscou mardi » → Tue 26 Apr', () => {
    const r = resolve(tuesday, ctx({ tense: future }));
    expect(r.value).toBe('2022-04-26');
    expect(r.explanation).toBe('future tense « se rendra » → next Tuesday after Fri 22 Apr 2022');
  });
  it('in a past clause is the last one: « a demandé mardi » → Tue 19 Apr', () => {
    expect(resolve(tuesday, ctx({ tense: past })).value).toBe('2022-04-19');
  });
  it('keeps the other direction as the alternative reading', () => {
    const r = resolve(tuesday, ctx({ tense: past }));
    expect(r.alternative).toMatchObject({
      value: '2022-04-26',
      interval: { start: '2022-04-26', end: '2022-04-26' },
      explanation: 'the Tuesday after: Tue 26 Apr 2022',
    });
  });
  it('equal to the DCT weekday in a past report is the DCT itself: « a déclaré vendredi »', () => {
    expect(resolve({ type: 'DATE', weekday: 5 }, ctx({ tense: past })).value).toBe('2022-04-22');
  });
  it('equal to the DCT weekday in a future clause is a week later', () => {
    expect(resolve({ type: 'DATE', weekday: 5 }, ctx({ tense: future })).value).toBe('2022-04-29');
  });
  it('in a headline present is upcoming', () => {
    expect(resolve(tuesday, ctx({ tense: { tense: 'present', cue: 'headline' } })).value).toBe('2022-04-26');
  });
  it('after « à partir de » counts forward from the narrated day: Tuesday 19 → Thursday 21', () => {
    const r = resolve(
      { type: 'DATE', weekday: 4 },
      ctx({ tense: past, forwardFrom: { day: parseDay('2022-04-19')!, text: 'Mardi' } }),
    );
    expect(r.value).toBe('2022-04-21');
  });
  it('with « dernier » is strictly before, with « prochain » strictly after', () => {
    expect(resolve({ type: 'DATE', weekday: 5, direction: 'past' }, ctx()).value).toBe('2022-04-15');
    expect(resolve({ type: 'DATE', weekday: 5, direction: 'future' }, ctx()).value).toBe('2022-04-29');
  });
  it('without a DCT keeps X placeholders and no interval, never a guess', () => {
    const r = resolve(tuesday, ctx({ dct: null, tense: future }));
    expect(r.value).toBe('XXXX-WXX-2');
    expect(r.interval).toBeNull();
  });
});

describe('a year-less date', () => {
  it('in a future clause is the next one: « sera votée le 3 février » in April → 2023', () => {
    expect(resolve({ type: 'DATE', month: 2, day: 3 }, ctx({ tense: future })).value).toBe('2023-02-03');
  });
  it('in a past clause is the latest one: « envahi le 24 février » → 2022', () => {
    expect(resolve({ type: 'DATE', month: 2, day: 24 }, ctx({ tense: past })).value).toBe('2022-02-24');
  });
  it('with no cue is the closest occurrence', () => {
    expect(resolve({ type: 'DATE', month: 6, day: 3 }, ctx()).value).toBe('2022-06-03');
    expect(resolve({ type: 'DATE', month: 12, day: 3 }, ctx()).value).toBe('2021-12-03');
  });
  it('with a stated weekday takes the year (within one) where they agree, whatever the tense', () => {
    expect(resolve({ type: 'DATE', month: 4, day: 26, weekday: 2 }, ctx({ tense: past })).value).toBe(
      '2022-04-26',
    );
    expect(resolve({ type: 'DATE', month: 2, day: 3, weekday: 4 }, ctx({ tense: future })).value).toBe(
      '2022-02-03',
    );
  });
  it('with a weekday that fits no nearby year falls back to the tense', () => {
    expect(resolve({ type: 'DATE', month: 11, day: 7, weekday: 4 }, ctx({ tense: past })).value).toBe(
      '2021-11-07',
    );
  });
  it('takes a year stated earlier in the sentence: « en 97 (en janvier …) »', () => {
    expect(resolve({ type: 'DATE', month: 1 }, ctx({ yearFrom: { year: 1997, text: '97' } })).value).toBe(
      '1997-01',
    );
  });
  it('without a DCT keeps XXXX', () => {
    expect(resolve({ type: 'DATE', month: 2, day: 24 }, ctx({ dct: null })).value).toBe('XXXX-02-24');
  });
  it('counted forward from the DCT keeps a date less than a month back: "from April 21 to 24"', () => {
    const forwardFrom = { day: FRI, text: 'the publication date', lenient: true };
    expect(resolve({ type: 'DATE', month: 4, day: 21 }, ctx({ forwardFrom })).value).toBe('2022-04-21');
    expect(resolve({ type: 'DATE', month: 2, day: 28 }, ctx({ forwardFrom })).value).toBe('2023-02-28');
  });
});

describe('relative expressions', () => {
  it('« hier » is the day before the DCT, « demain » the day after', () => {
    expect(resolve({ type: 'DATE', shift: { unit: 'day', offset: -1 } }, ctx()).value).toBe('2022-04-21');
    expect(resolve({ type: 'DATE', shift: { unit: 'day', offset: 1 } }, ctx()).value).toBe('2022-04-23');
  });
  it('« la semaine dernière » is the previous ISO week, Monday to Sunday', () => {
    const r = resolve({ type: 'DATE', shift: { unit: 'week', offset: -1 } }, ctx());
    expect(r.value).toBe('2022-W15');
    expect(r.interval).toEqual({ start: '2022-04-11', end: '2022-04-17' });
  });
  it('« ce week-end » is Saturday and Sunday of the DCT week', () => {
    const r = resolve({ type: 'DATE', shift: { unit: 'weekend', offset: 0 }, weekend: true }, ctx());
    expect(r.value).toBe('2022-W16-WE');
    expect(r.interval).toEqual({ start: '2022-04-23', end: '2022-04-24' });
  });
  it('"the weekend" in a past clause written on a weekday is the weekend just gone, else the coming one', () => {
    const weekend: Reading = { type: 'DATE', shift: { unit: 'weekend', offset: 0 }, weekend: true };
    const monday = parseDay('2022-04-25')!;
    expect(resolve(weekend, ctx({ dct: monday, tense: past })).value).toBe('2022-W16-WE');
    expect(resolve(weekend, ctx({ dct: monday, tense: future })).value).toBe('2022-W17-WE');
    expect(resolve(weekend, ctx({ dct: parseDay('2022-04-24')!, tense: past })).value).toBe('2022-W16-WE');
  });
  it('« le lendemain » counts from the last narrated day, not from the DCT', () => {
    const r = resolve(
      { type: 'DATE', shift: { unit: 'day', offset: 1 }, anchor: 'previous' },
      ctx({ previous: { day: parseDay('2022-03-03')!, text: 'le 3 mars' } }),
    );
    expect(r.value).toBe('2022-03-04');
  });
  it('« l’été dernier » is the summer before the current season', () => {
    expect(resolve({ type: 'DATE', season: 'SU', direction: 'past' }, ctx()).value).toBe('2021-SU');
  });
  it('« cet hiver » reads the tense: past → the winter just gone, future → the coming one', () => {
    expect(resolve({ type: 'DATE', season: 'WI', direction: 'this' }, ctx({ tense: past })).value).toBe(
      '2021-WI',
    );
    expect(resolve({ type: 'DATE', season: 'WI', direction: 'this' }, ctx({ tense: future })).value).toBe(
      '2022-WI',
    );
  });
  it('without a DCT keeps X values', () => {
    expect(resolve({ type: 'DATE', shift: { unit: 'year', offset: -1 } }, ctx({ dct: null })).value).toBe(
      'XXXX',
    );
  });
  it('PRESENT_REF covers the publication day; PAST_REF has no interval', () => {
    expect(resolve({ type: 'TIME', ref: 'PRESENT_REF' }, ctx()).interval).toEqual({
      start: '2022-04-22',
      end: '2022-04-22',
    });
    expect(resolve({ type: 'TIME', ref: 'PAST_REF' }, ctx()).interval).toBeNull();
  });
});

describe('times of day', () => {
  it('a bare « 18 h » is on the narrated day, else on the DCT', () => {
    expect(resolve({ type: 'TIME', hour: 18, minute: 0 }, ctx()).value).toBe('2022-04-22T18:00');
    expect(
      resolve(
        { type: 'TIME', hour: 18, minute: 0 },
        ctx({ previous: { day: parseDay('2022-04-26')!, text: 'mardi' } }),
      ).value,
    ).toBe('2022-04-26T18:00');
  });
  it('« samedi soir » in a past clause is last Saturday evening', () => {
    expect(resolve({ type: 'TIME', weekday: 6, partOfDay: 'EV' }, ctx({ tense: past })).value).toBe(
      '2022-04-16TEV',
    );
  });
});

describe('absolute values', () => {
  it('decades and centuries follow the locale value style', () => {
    expect(resolve({ type: 'DATE', decade: 199 }, ctx()).value).toBe('199');
    expect(resolve({ type: 'DATE', decade: 199 }, ctx({ valueStyle: { decade: 'YYYX' } })).value).toBe(
      '199X',
    );
    expect(resolve({ type: 'DATE', century: 19 }, ctx({ valueStyle: { century: 'YYXX' } })).value).toBe(
      '19XX',
    );
  });
  it('a two-digit year takes the century that keeps it before the DCT: « octobre 98 » → 1998', () => {
    expect(resolve({ type: 'DATE', year: 98, yearTwoDigits: true, month: 10 }, ctx()).value).toBe('1998-10');
    expect(resolve({ type: 'DATE', year: 15, yearTwoDigits: true }, ctx()).value).toBe('2015');
  });
  it('seasons cover their astronomical dates; winter runs into the next year', () => {
    expect(resolve({ type: 'DATE', season: 'WI', year: 2019 }, ctx()).interval).toEqual({
      start: '2019-12-21',
      end: '2020-03-19',
    });
  });
  it('quarters and halves cover their months', () => {
    expect(resolve({ type: 'DATE', half: 1, year: 2023 }, ctx()).interval).toEqual({
      start: '2023-01-01',
      end: '2023-06-30',
    });
    expect(resolve({ type: 'DATE', quarter: 3 }, ctx()).value).toBe('2022-Q3');
  });
});

describe('durations and sets', () => {
  it.each([
    [{ unit: 'day', amount: 4 }, 'P4D'],
    [{ unit: 'week', amount: null }, 'PXW'],
    [{ unit: 'hour', amount: 24 }, 'PT24H'],
    [{ unit: 'second', amount: 30.4 }, 'PT30.4S'],
    [{ unit: 'decade', amount: 1 }, 'P10Y'],
    [{ unit: 'month', amount: 18 }, 'P18M'],
  ] as const)('%o → %s', (duration, value) => {
    expect(durationValue(duration)).toBe(value);
  });
  it('a duration alone is not placed on the calendar', () => {
    expect(resolve({ type: 'DURATION', duration: { unit: 'day', amount: 4 } }, ctx()).interval).toBeNull();
  });
  it('« chaque mardi » → XXXX-WXX-2, « chaque année » → P1Y', () => {
    expect(resolve({ type: 'SET', weekday: 2 }, ctx()).value).toBe('XXXX-WXX-2');
    expect(resolve({ type: 'SET', duration: { unit: 'year', amount: 1 } }, ctx()).value).toBe('P1Y');
  });
});

describe('a year named by a relative word (yearShift)', () => {
  it('applies to seasons: "the spring of next year" → 2023-SP', () => {
    expect(resolve({ type: 'DATE', season: 'SP', yearShift: 1 }, ctx()).value).toBe('2023-SP');
  });
  it('applies to months and quarters whatever the tense: "February this year", "last year’s third quarter"', () => {
    const dec = parseDay('1998-12-03')!;
    expect(resolve({ type: 'DATE', month: 2, yearShift: 0 }, ctx({ dct: dec, tense: future })).value).toBe(
      '1998-02',
    );
    expect(resolve({ type: 'DATE', quarter: 3, yearShift: -1 }, ctx({ tense: future })).value).toBe(
      '2021-Q3',
    );
  });
});

describe('a year-less date in a past clause', () => {
  const nov2 = parseDay('1989-11-02')!;
  it('is the latest past occurrence when recent: « a envahi le 24 février » → 2022-02-24', () => {
    expect(resolve({ type: 'DATE', month: 2, day: 24 }, ctx({ tense: past })).value).toBe('2022-02-24');
  });
  it('is the closest occurrence when the past one is over nine months back: "extended to Nov. 20"', () => {
    const r = resolve({ type: 'DATE', month: 11, day: 20 }, ctx({ dct: nov2, tense: past }));
    expect(r.value).toBe('1989-11-20');
    expect(r.alternative?.value).toBe('1988-11-20');
  });
  it('"stated as past" still goes back a year: "last November"', () => {
    const r = resolve({ type: 'DATE', month: 11, direction: 'past' }, ctx({ dct: nov2 }));
    expect(r.value).toBe('1988-11');
  });
});

describe('a year-less quarter or half', () => {
  const jan8 = parseDay('1998-01-08')!;
  const oct30 = parseDay('1989-10-30')!;
  const q = (quarter: number): Reading => ({ type: 'DATE', quarter });
  it('in a past clause is the latest on or before the DCT: "profit fell in the fourth quarter" → 1997-Q4', () => {
    expect(resolve(q(4), ctx({ dct: jan8, tense: past })).value).toBe('1997-Q4');
    expect(resolve(q(2), ctx({ tense: past })).value).toBe('2022-Q2');
  });
  it('in a future clause is the next one', () => {
    expect(resolve(q(4), ctx({ tense: future })).value).toBe('2022-Q4');
    expect(resolve({ type: 'DATE', half: 2 }, ctx({ tense: future })).value).toBe('2022-H2');
  });
  it('in a future clause, the quarter just ended stays: "will report third-quarter results" in October', () => {
    expect(resolve(q(3), ctx({ dct: oct30, tense: future })).value).toBe('1989-Q3');
  });
  it('with no cue is the closest one', () => {
    expect(resolve(q(4), ctx({ dct: jan8 })).value).toBe('1997-Q4');
    expect(resolve(q(1), ctx()).value).toBe('2022-Q1');
  });
  it('takes a year stated earlier in the sentence', () => {
    const r = resolve(q(4), ctx({ tense: past, yearFrom: { year: 2019, text: '2019' } }));
    expect(r.value).toBe('2019-Q4');
  });
});
