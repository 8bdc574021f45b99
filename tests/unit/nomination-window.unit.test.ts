import { describe, expect, it } from 'vitest';
import { NOMINATION_FIELDS, nominationControlId, validateNomination } from '../../src/components/nomination-form.ts';
import { describeNominationWindow, nominationWindow } from '../../src/utils/nomination-window.ts';

const settings = { nominationOpens: '2026-03-01', nominationCloses: '2026-03-31' };
const stateAt = (iso: string) => nominationWindow(settings, new Date(iso)).state;

describe('nominationWindow', () => {
  it('is upcoming before 00.00 Stockholm time on the first day', () => {
    // 2026-03-01 00:00 in Stockholm (winter time, UTC+1) is 2026-02-28 23:00 UTC.
    expect(stateAt('2026-02-28T22:59:59Z')).toBe('upcoming');
    expect(stateAt('2026-02-28T23:00:00Z')).toBe('open');
  });

  it('is open through the whole last day, across the switch to summer time', () => {
    // 2026-03-31 23:59 in Stockholm (summer time since 29 March, UTC+2) is 21:59 UTC.
    expect(stateAt('2026-03-31T21:59:59Z')).toBe('open');
    expect(stateAt('2026-03-31T22:00:00Z')).toBe('closed');
  });

  it('is none without both days', () => {
    expect(nominationWindow({}, new Date()).state).toBe('none');
    expect(nominationWindow({ nominationOpens: '2026-03-01' }, new Date()).state).toBe('none');
  });

  it('a one-day window is open that whole day', () => {
    const oneDay = { nominationOpens: '2026-06-10', nominationCloses: '2026-06-10' };
    expect(nominationWindow(oneDay, new Date('2026-06-09T22:00:00Z')).state).toBe('open');
    expect(nominationWindow(oneDay, new Date('2026-06-10T21:59:59Z')).state).toBe('open');
    expect(nominationWindow(oneDay, new Date('2026-06-10T22:00:00Z')).state).toBe('closed');
  });
});

describe('describeNominationWindow', () => {
  it('says the deadline in words', () => {
    expect(describeNominationWindow(nominationWindow(settings, new Date('2026-03-10T12:00:00Z')))).toBe(
      'Nomineringen är öppen. Sista dag att nominera är 31 mars 2026.',
    );
    expect(describeNominationWindow(nominationWindow(settings, new Date('2026-01-10T12:00:00Z')))).toBe(
      'Nomineringen öppnar 1 mars 2026. Sista dag att nominera är 31 mars 2026.',
    );
    expect(describeNominationWindow(nominationWindow(settings, new Date('2026-05-10T12:00:00Z')))).toBe(
      'Nomineringen stängde 31 mars 2026.',
    );
    expect(describeNominationWindow({ state: 'none' })).toMatch(/ingen nomineringsperiod/);
  });
});

describe('the nomination form rules', () => {
  const empty = { nominee: '', reason: '', name: '', contact: '' };

  it('asks for the nominee and the reason, in the order of the form, each linked to its field', () => {
    expect(validateNomination(empty)).toEqual([
      { id: 'nomination-nominee', message: 'Skriv vem du vill nominera' },
      { id: 'nomination-reason', message: 'Skriv varför de ska få priset' },
    ]);
    expect(validateNomination({ ...empty, nominee: '   ', reason: 'De startade nattvandringen.' })).toEqual([
      { id: nominationControlId('nominee'), message: NOMINATION_FIELDS.nominee.missing },
    ]);
  });

  it('accepts a nomination without the optional name and contact', () => {
    expect(validateNomination({ ...empty, nominee: 'Föreningen', reason: 'De startade nattvandringen.' })).toEqual([]);
  });
});
