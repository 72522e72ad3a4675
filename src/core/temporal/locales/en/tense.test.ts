import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense';

function tenseOf(sentence: string, mention: string) {
  const start = sentence.indexOf(mention);
  return tenseAt(sentence, start, start + mention.length);
}

describe('English clause tense', () => {
  it('reads "will" and scheduled forms as future', () => {
    expect(tenseOf('The president will speak on Monday.', 'Monday')?.tense).toBe('future');
    expect(tenseOf('He is scheduled to speak Monday.', 'Monday')?.tense).toBe('future');
    expect(tenseOf('Talks are set to resume Monday in Belfast.', 'Monday')?.tense).toBe('future');
    expect(tenseOf('The company plans to list its shares on Tuesday.', 'Tuesday')?.tense).toBe('future');
  });
  it('reads past verbs, regular and irregular, as past', () => {
    expect(tenseOf('The ministry announced on Wednesday that prices rose.', 'Wednesday')?.tense).toBe('past');
    expect(tenseOf('Bush told a news conference on Tuesday.', 'Tuesday')).toEqual({
      tense: 'past',
      cue: 'told',
    });
  });
  it('takes the cue nearest to the mention inside its sentence', () => {
    const s = 'He said Friday that the talks will resume Monday.';
    expect(tenseOf(s, 'Friday')?.tense).toBe('past');
    expect(tenseOf(s, 'Monday')?.tense).toBe('future');
  });
  it("prefers the verb of the date's own clause to a nearer one across a clause break", () => {
    const strike =
      'The union will strike in the coal industry from Sunday after wage talks collapsed this week.';
    expect(tenseOf(strike, 'Sunday')).toEqual({ tense: 'future', cue: 'will' });
    const but = 'United will be without two players on Friday but Solskjaer otherwise reported a clean bill.';
    expect(tenseOf(but, 'Friday')?.tense).toBe('future');
    const added = 'But, she added, Tuesday’s cabinet would discuss the next phase of planning.';
    expect(tenseOf(added, 'Tuesday')?.tense).toBe('future');
    // Within one clause the nearest verb still wins.
    expect(tenseOf('Police arrested him Monday when officers will not say.', 'Monday')?.tense).toBe('past');
  });
  it("reads a schedule's participle as ahead", () => {
    expect(tenseOf('Senators face a vote scheduled for Thursday.', 'Thursday')?.tense).toBe('future');
    expect(tenseOf('NASA cited conditions expected on the flight path Thursday.', 'Thursday')?.tense).toBe(
      'future',
    );
    expect(tenseOf('The results came in as expected on Monday.', 'Monday')?.tense).toBe('past');
  });
  it('does not read adjectives in -ed as past verbs', () => {
    expect(tenseOf('The reduced dividend is payable Jan. 2.', 'Jan. 2')?.tense).toBe('future');
  });
  it('reads verbs ending like "red", "shed", "wed" as past: gathered, published, allowed', () => {
    expect(tenseOf('Protesters gathered on Monday.', 'Monday')?.tense).toBe('past');
    expect(tenseOf('The paper published it on Monday.', 'Monday')?.tense).toBe('past');
    expect(tenseOf('Officials allowed it on Monday.', 'Monday')?.tense).toBe('past');
  });
  it('reads across the break of a hard-wrapped wire line', () => {
    const t = 'The union will strike in the crucial coal\nindustry from Sunday after talks collapsed.';
    expect(tenseOf(t, 'Sunday')?.tense).toBe('future');
    expect(tenseOf('He left\nThe vote is on Friday.', 'Friday')).toBeNull();
  });
  it('stops at the sentence boundary', () => {
    expect(tenseOf('He left. The vote is on Friday.', 'Friday')).toBeNull();
  });
  it('reads a possessive day as already reported', () => {
    expect(tenseOf('a premium over Thursday’s closing price', 'Thursday')?.tense).toBe('past');
  });
  it('reads a headline in the present as upcoming', () => {
    expect(tenseOf('Guterres in Moscow on Tuesday\n\nThe UN chief…', 'Tuesday')).toEqual({
      tense: 'present',
      cue: 'headline',
    });
  });
});
