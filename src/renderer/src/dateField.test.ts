import { describe, expect, it } from 'vitest';
import { formatDateField, parseDateField } from './dateField';

describe('date fields in the interface’s format', () => {
  it('show French dates as dd/mm/yyyy and English ones year first', () => {
    expect(formatDateField('2022-04-26', 'fr')).toBe('26/04/2022');
    expect(formatDateField('2022-04-26', 'en')).toBe('2022-04-26');
    expect(formatDateField(null, 'fr')).toBe('');
  });

  it('read what a French user types, and ISO in both languages', () => {
    expect(parseDateField('26/04/2022', 'fr')).toBe('2022-04-26');
    expect(parseDateField(' 6/4/2022 ', 'fr')).toBe('2022-04-06');
    expect(parseDateField('26.04.2022', 'fr')).toBe('2022-04-26');
    expect(parseDateField('2022-04-26', 'fr')).toBe('2022-04-26');
    expect(parseDateField('2022-04-26', 'en')).toBe('2022-04-26');
    expect(parseDateField('0945-05-08', 'en')).toBe('0945-05-08');
  });

  it('refuse days that do not exist and forms that could be read two ways', () => {
    expect(parseDateField('31/04/2022', 'fr')).toBeNull();
    expect(parseDateField('29/02/2023', 'fr')).toBeNull();
    expect(parseDateField('29/02/2024', 'fr')).toBe('2024-02-29');
    expect(parseDateField('04/05/2022', 'en')).toBeNull();
    expect(parseDateField('2022-13-01', 'en')).toBeNull();
    expect(parseDateField('mardi', 'fr')).toBeNull();
    expect(parseDateField('', 'en')).toBeNull();
  });
});
