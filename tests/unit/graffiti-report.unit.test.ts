import { describe, expect, it } from 'vitest';
import {
  fillIn,
  identityNumberWarning,
  isImage,
  PHOTO_MAX_BYTES,
  REPORT_FIELDS,
  type ReportInput,
  type ReportMessages,
  validateReport,
} from '../../src/utils/graffiti-report.ts';
import { findIdentityNumbers } from '../../src/utils/identity-numbers.ts';

const valid: ReportInput = {
  place: 'Gångtunneln vid stationen',
  description: 'Svart sprayfärg på väggen, cirka två meter bred. Sågs i morse.',
  name: '',
  contact: '',
};
const fieldsOf = (input: ReportInput) => validateReport(input).map((e) => e.field);

describe('validateReport', () => {
  it('accepts a report with only the required fields', () => {
    expect(validateReport(valid)).toEqual([]);
  });

  it('requires place and description, in the order of the form, and treats blanks as empty', () => {
    expect(validateReport({ ...valid, place: '   ', description: '' })).toEqual([
      { field: 'place', message: 'Skriv var klottret finns' },
      { field: 'description', message: 'Beskriv klottret' },
    ]);
  });

  it('limits the length of text fields and says how long the text is', () => {
    const max = REPORT_FIELDS.place.maxLength;
    expect(fieldsOf({ ...valid, place: 'x'.repeat(max) })).toEqual([]);
    const errors = validateReport({ ...valid, place: 'x'.repeat(max + 1) });
    expect(errors).toEqual([
      { field: 'place', message: `Platsen får vara högst ${max} tecken. Nu är det ${max + 1} tecken.` },
    ]);
  });

  it('accepts an image up to the limit and refuses other files and bigger images, naming the size in Swedish', () => {
    const photo = { name: 'klotter.jpg', type: 'image/jpeg', size: PHOTO_MAX_BYTES };
    expect(validateReport({ ...valid, photo })).toEqual([]);
    expect(validateReport({ ...valid, photo: { ...photo, size: 9_200_000 } })).toEqual([
      { field: 'photo', message: 'Bilden får vara högst 8 MB. Din bild är 9,2 MB.' },
    ]);
    expect(fieldsOf({ ...valid, photo: { name: 'anmalan.pdf', type: 'application/pdf', size: 1000 } })).toEqual([
      'photo',
    ]);
  });

  it('states the limit in the hint', () => {
    expect(REPORT_FIELDS.photo.hint).toContain('Högst 8 MB.');
  });

  it('recognises images by type, or by extension when the browser reports no type', () => {
    expect(isImage({ name: 'a.heic', type: '', size: 1 })).toBe(true);
    expect(isImage({ name: 'a.exe', type: '', size: 1 })).toBe(false);
    expect(isImage({ name: 'a.png', type: 'text/plain', size: 1 })).toBe(false);
  });

  it('accepts an e-mail address or a phone number as contact details, and nothing else', () => {
    expect(fieldsOf({ ...valid, contact: 'namn@exempel.se' })).toEqual([]);
    expect(fieldsOf({ ...valid, contact: '070-123 45 67' })).toEqual([]);
    expect(fieldsOf({ ...valid, contact: '+46 70 123 45 67' })).toEqual([]);
    expect(fieldsOf({ ...valid, contact: 'ring mig' })).toEqual(['contact']);
  });
});

describe('personal identity numbers in free text', () => {
  it('finds valid numbers in the forms people type them, with and without century and separator', () => {
    for (const pin of ['19121212-1212', '121212-1212', '1212121212', '121212+1212', '198112189876']) {
      expect(findIdentityNumbers(`Jag heter Kim, ${pin}, och såg klottret.`), pin).toEqual([pin]);
    }
  });

  it('ignores numbers whose check digit is wrong, phone numbers, years and dates', () => {
    for (const text of ['19121212-1213', 'ring 0701234567', '070-123 45 67', 'år 2023-2024', '20230101']) {
      expect(findIdentityNumbers(text), text).toEqual([]);
    }
  });

  it('warns, in Swedish, without stopping the report', () => {
    expect(identityNumberWarning('121212-1212')).toMatch(/personnummer.*Du kan ändå skicka/);
    expect(identityNumberWarning('Inget nummer här')).toBeUndefined();
    expect(validateReport({ ...valid, description: 'Såg det, mitt nummer är 121212-1212' })).toEqual([]);
  });
});

describe('the form in another language', () => {
  const english: ReportMessages = {
    placeMissing: 'Write where the graffiti is',
    descriptionMissing: 'Describe the graffiti',
    notImage: 'The file must be an image',
    photoTooBig: 'The photo can be at most {max}. Your photo is {size}.',
    tooLong: 'The text can be at most {max} characters. It is {length} characters now.',
    contactInvalid: 'Write an email address or a phone number',
  };

  it('gives every error in that language, with the numbers filled in', () => {
    const errors = validateReport(
      {
        place: '',
        description: 'x'.repeat(2001),
        name: '',
        contact: 'nej',
        photo: { name: 'a.jpg', type: 'image/jpeg', size: 9_000_000 },
      },
      english,
    );
    expect(errors).toEqual([
      { field: 'place', message: 'Write where the graffiti is' },
      { field: 'description', message: 'The text can be at most 2000 characters. It is 2001 characters now.' },
      { field: 'photo', message: 'The photo can be at most 8 MB. Your photo is 9,0 MB.' },
      { field: 'contact', message: 'Write an email address or a phone number' },
    ]);
  });

  it('leaves a placeholder it does not know as written', () => {
    expect(fillIn('{max} och {okänd}', { max: 3 })).toBe('3 och {okänd}');
  });
});
