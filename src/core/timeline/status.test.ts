import { describe, expect, it } from 'vitest';
import { classifyStatus, hasFrenchFuture } from './status';

const fr = (clause: string, start = '2022-04-19') =>
  classifyStatus({ clause, reportingOnly: false, lang: 'fr', start, dct: '2022-04-22' });
const en = (clause: string, start = '2022-04-19') =>
  classifyStatus({ clause, reportingOnly: false, lang: 'en', start, dct: '2022-04-22' });

describe('classifyStatus', () => {
  it('reads the French simple future as planned', () => {
    expect(fr('Antonio Guterres se rendra à Moscou mardi', '2022-04-26')).toBe('planned');
    expect(fr('Antonio Guterres poursuivra ces discussions')).toBe('planned');
    expect(fr('Le sommet doit avoir lieu en mai')).toBe('planned');
    expect(fr('La réunion est prévue jeudi')).toBe('planned');
  });
  it('reads calls and requests as demanded, even in the past tense', () => {
    expect(fr('António Guterres a également appelé à une pause humanitaire')).toBe('demanded');
    expect(fr('M. Guterres a demandé mardi à M. Poutine de le recevoir')).toBe('demanded');
    expect(en('The UN chief urged both sides to stop')).toBe('demanded');
    expect(en('He called for a truce on Tuesday')).toBe('demanded');
  });
  it('reads denials', () => {
    expect(fr('Elle nie avoir ciblé des civils')).toBe('denied');
    expect(en('Moscow denied targeting civilians')).toBe('denied');
  });
  it('reads the past as happened', () => {
    expect(fr('La Russie a réduit des villes en ruines')).toBe('happened');
    expect(en('Russian troops entered Ukraine')).toBe('happened');
    expect(en('He met Putin')).toBe('happened');
  });
  it('reads English future cues as planned', () => {
    expect(en('Guterres will travel to Moscow')).toBe('planned');
    expect(en('The talks are scheduled for Tuesday')).toBe('planned');
  });
  it('reads a day gone, told with a past act, as happened even beside a look ahead', () => {
    expect(fr('Le CAC 40, qui a clôturé mardi au plus haut, devrait ouvrir en baisse')).toBe('happened');
    expect(en('The vote, which May scrapped on Monday, will be held in January')).toBe('happened');
    // A plan for a day that has gone stays a plan; so does a future day.
    expect(fr('La réunion est prévue jeudi')).toBe('planned');
    expect(en('The talks were scheduled for Tuesday and will resume')).toBe('planned');
    expect(fr('Le CAC 40, qui a clôturé mardi, devrait ouvrir en baisse', '2022-04-26')).toBe('planned');
  });
  it('settles verbless claims by the calendar', () => {
    expect(fr("l'invasion de l'Ukraine", '2022-02-24')).toBe('happened');
    expect(fr('la visite', '2022-05-02')).toBe('planned');
  });
  it('marks a bare reporting tail as reported', () => {
    expect(
      classifyStatus({
        clause: 'a déclaré M. Kaneko',
        reportingOnly: true,
        lang: 'fr',
        start: '2022-04-22',
        dct: null,
      }),
    ).toBe('reported');
  });
  it('does not take nouns for futures', () => {
    expect(hasFrenchFuture('une caméra et un opéra à Ankara')).toBe(false);
    expect(hasFrenchFuture('il rencontrera le président')).toBe(true);
  });
});

describe('hasFrenchFuture', () => {
  it('keeps the passé simple out', () => {
    expect(hasFrenchFuture('il rencontra le président et déclara')).toBe(false);
    expect(hasFrenchFuture('il se rendra, il devra, il partira, il mettra')).toBe(true);
  });
});

describe('classifyStatus, causes', () => {
  it('does not take "due to" (a cause) for a schedule', () => {
    expect(
      classifyStatus({
        clause: 'The qualifier has been postponed due to heavy snow',
        reportingOnly: false,
        lang: 'en',
        start: '2013-03-21',
        dct: '2013-03-22',
      }),
    ).toBe('happened');
  });
  it('keeps a day after publication planned even under a past verb', () => {
    expect(
      classifyStatus({
        clause: 'The qualifier has been postponed until Saturday',
        reportingOnly: false,
        lang: 'en',
        start: '2013-03-23',
        dct: '2013-03-22',
      }),
    ).toBe('planned');
  });
});
