import { describe, expect, it } from 'vitest';
import { date, dateTime, labelFor } from '../../admin/previews/helpers.ts';
import { WARNING_LEVELS } from '../../src/content-model/enums.ts';

describe('preview formatting (as the site writes dates and labels)', () => {
  it('writes a stored Swedish date-time like the site, and a midnight one as a date', () => {
    expect(dateTime('2025-03-10T09:30')).toBe('10 mars 2025 kl. 09.30');
    expect(dateTime('2023-12-01T00:00')).toBe('1 december 2023');
    expect(dateTime('2023-12-01')).toBe('1 december 2023');
  });

  it('shows nothing for an empty or half-typed value instead of failing', () => {
    expect(dateTime('')).toBe('');
    expect(dateTime('2025-13-40T09:30')).toBe('');
    expect(date('2025-03')).toBe('');
    expect(date('2025-03-10')).toBe('10 mars 2025');
  });

  it('shows the Swedish label of an option, or the raw value while it is not one yet', () => {
    expect(labelFor(WARNING_LEVELS, 'rod')).toBe('Röd varning');
    expect(labelFor(WARNING_LEVELS, 'lila')).toBe('lila');
  });
});
