import { describe, expect, it } from 'vitest';
import { monthNames, weekdayNames } from './calendarNames';

describe('calendar names from the runtime', () => {
  it('name the months by number in both languages', () => {
    expect(monthNames('en').slice(1, 4)).toEqual(['January', 'February', 'March']);
    expect(monthNames('fr')[8]).toBe('août');
    expect(monthNames('fr')).toHaveLength(13);
  });
  it('name the weekdays by ISO number, Monday first', () => {
    expect(weekdayNames('en')[1]).toBe('Monday');
    expect(weekdayNames('en')[7]).toBe('Sunday');
    expect(weekdayNames('fr')[3]).toBe('mercredi');
  });
});
