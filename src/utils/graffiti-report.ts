/**
 * The graffiti report form (`/anmal-klotter/`): its fields and the rules a report must meet,
 * written once. The component renders the labels and limits from here, the browser script
 * validates with `validateReport`, and the unit tests check the rules.
 */
import { formatFileSize } from '../lib/format-file-size.ts';
import { findIdentityNumbers } from './identity-numbers.ts';

/** Netlify Forms' limit for one submission, files included (8 MB). */
export const PHOTO_MAX_BYTES = 8_000_000;

/** The limit as people read it: `8 MB`, not `8,0 MB`. */
export const PHOTO_MAX_TEXT = formatFileSize(PHOTO_MAX_BYTES).replace(',0 ', ' ');

export const REPORT_FIELDS = {
  place: {
    label: 'Var finns klottret?',
    hint: 'Till exempel gatuadress, hållplats, park eller byggnad.',
    required: true,
    maxLength: 200,
  },
  description: {
    label: 'Beskriv klottret',
    hint: 'Vad är klottrat, ungefär hur stort och när såg du det?',
    required: true,
    maxLength: 2000,
  },
  photo: {
    label: 'Bild på klottret (frivilligt)',
    hint: `Bara bildfiler, till exempel JPG eller PNG. Högst ${PHOTO_MAX_TEXT}.`,
    required: false,
    maxLength: undefined,
  },
  name: {
    label: 'Ditt namn (frivilligt)',
    hint: 'Fyll i om du vill att kommunen ska kunna kontakta dig om anmälan.',
    required: false,
    maxLength: 120,
  },
  contact: {
    label: 'E-post eller telefonnummer (frivilligt)',
    hint: 'Till exempel namn@exempel.se eller 070-123 45 67.',
    required: false,
    maxLength: 120,
  },
} as const;

export type ReportField = keyof typeof REPORT_FIELDS;

/** The fields in the order the form shows them (and the error summary lists them). */
export const REPORT_FIELD_ORDER = Object.keys(REPORT_FIELDS) as ReportField[];

/** The free-text fields checked for personal identity numbers. */
export const FREE_TEXT_FIELDS: readonly ReportField[] = ['place', 'description', 'name'];

export interface PhotoInfo {
  name: string;
  /** MIME type the browser reports, e.g. `image/jpeg`. */
  type: string;
  size: number;
}

export interface ReportInput {
  place: string;
  description: string;
  name: string;
  contact: string;
  /** Undefined when no file is chosen. */
  photo?: PhotoInfo | undefined;
}

export interface FieldError {
  field: ReportField;
  message: string;
}

/**
 * The error texts of the form in one language. `{max}`, `{size}` and `{length}` are replaced by
 * the numbers. Swedish is here; other languages come from the language settings (`installningar/sprak.yml`).
 */
export interface ReportMessages {
  placeMissing: string;
  descriptionMissing: string;
  notImage: string;
  photoTooBig: string;
  tooLong: string;
  contactInvalid: string;
}

export const SWEDISH_MESSAGES: ReportMessages = {
  placeMissing: 'Skriv var klottret finns',
  descriptionMissing: 'Beskriv klottret',
  notImage: 'Filen måste vara en bild, till exempel JPG eller PNG',
  photoTooBig: 'Bilden får vara högst {max}. Din bild är {size}.',
  tooLong: 'Texten får vara högst {max} tecken. Nu är det {length} tecken.',
  contactInvalid: 'Skriv en e-postadress eller ett telefonnummer, till exempel namn@exempel.se eller 070-123 45 67',
};

/** A message with its `{name}` placeholders filled in. */
export function fillIn(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s-]{7,20}$/;
const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i;

/** True when the file is an image: by its MIME type, or by its extension when the browser gives none. */
export function isImage(photo: PhotoInfo): boolean {
  if (photo.type !== '') return photo.type.startsWith('image/');
  return IMAGE_EXTENSION.test(photo.name);
}

/** Every problem with a report, in the order of the form, each with the message shown next to its field. */
export function validateReport(input: ReportInput, messages?: ReportMessages): FieldError[] {
  const errors: FieldError[] = [];
  const tooLong = (field: ReportField, value: string, what: string) => {
    const max = REPORT_FIELDS[field].maxLength;
    if (max !== undefined && value.length > max) {
      const message = messages
        ? fillIn(messages.tooLong, { max, length: value.length })
        : `${what} får vara högst ${max} tecken. Nu är det ${value.length} tecken.`;
      errors.push({ field, message });
      return true;
    }
    return false;
  };
  const m = messages ?? SWEDISH_MESSAGES;

  const place = input.place.trim();
  if (place === '') errors.push({ field: 'place', message: m.placeMissing });
  else tooLong('place', place, 'Platsen');

  const description = input.description.trim();
  if (description === '') errors.push({ field: 'description', message: m.descriptionMissing });
  else tooLong('description', description, 'Beskrivningen');

  if (input.photo !== undefined) {
    if (!isImage(input.photo)) {
      errors.push({ field: 'photo', message: m.notImage });
    } else if (input.photo.size > PHOTO_MAX_BYTES) {
      errors.push({
        field: 'photo',
        message: fillIn(m.photoTooBig, { max: PHOTO_MAX_TEXT, size: formatFileSize(input.photo.size) }),
      });
    }
  }

  tooLong('name', input.name.trim(), 'Namnet');

  const contact = input.contact.trim();
  if (
    contact !== '' &&
    !tooLong('contact', contact, 'Kontaktuppgiften') &&
    !EMAIL.test(contact) &&
    !PHONE.test(contact)
  ) {
    errors.push({ field: 'contact', message: m.contactInvalid });
  }
  return errors;
}

/** The warning shown under a free-text field that seems to contain a personal identity number. */
export function identityNumberWarning(text: string, warning?: string): string | undefined {
  if (warning !== undefined) return findIdentityNumbers(text).length > 0 ? warning : undefined;
  return findIdentityNumbers(text).length > 0
    ? 'Det ser ut som att du har skrivit ett personnummer. Ta bort det om det inte behövs för anmälan. Du kan ändå skicka anmälan.'
    : undefined;
}
