/**
 * Every fixed list the content model uses, written once. Schemas, the CMS and templates all
 * read them from here (labels included), so nothing retypes a list.
 */
import type { Option } from './fields.ts';

export const PRESS_KINDS = [
  { value: 'pressmeddelande', label: 'Pressmeddelande' },
  { value: 'pressinbjudan', label: 'Pressinbjudan' },
] as const satisfies readonly Option[];

export const DOCUMENT_KINDS = [
  { value: 'riktlinje', label: 'Riktlinje' },
  { value: 'handlingsplan', label: 'Handlingsplan' },
  { value: 'lagesbild', label: 'Lägesbild' },
  { value: 'atgardsplan', label: 'Åtgärdsplan' },
  { value: 'overenskommelse', label: 'Överenskommelse' },
  { value: 'rapport', label: 'Rapport' },
] as const satisfies readonly Option[];

export const MEASURE_STATUSES = [
  { value: 'planerad', label: 'Planerad' },
  { value: 'pagar', label: 'Pågår' },
  { value: 'genomford', label: 'Genomförd' },
] as const satisfies readonly Option[];

export const PROMISE_STATUSES = [
  { value: 'ej-paborjad', label: 'Inte påbörjat' },
  { value: 'pagar', label: 'Pågår' },
  { value: 'genomfort', label: 'Genomfört' },
  { value: 'forsenat', label: 'Försenat' },
] as const satisfies readonly Option[];

/** Warning levels, mildest first. The label is what the banner says, so colour is never alone. */
export const WARNING_LEVELS = [
  { value: 'info', label: 'Information' },
  { value: 'gul', label: 'Gul varning' },
  { value: 'orange', label: 'Orange varning' },
  { value: 'rod', label: 'Röd varning' },
] as const satisfies readonly Option[];

/** Navigation sections a page can belong to, in menu order. */
export const SECTIONS = [
  { value: 'fa-hjalp', label: 'Få hjälp och anmäl' },
  { value: 'engagera-dig', label: 'Engagera dig' },
  { value: 'sa-arbetar-vi', label: 'Så arbetar vi' },
  { value: 'om-webbplatsen', label: 'Om webbplatsen' },
] as const satisfies readonly Option[];

export const ACCESSIBILITY_STATUSES = [
  { value: 'fullt', label: 'Fullt förenlig med lagkraven' },
  { value: 'delvis', label: 'Delvis förenlig med lagkraven' },
  { value: 'inte', label: 'Inte förenlig med lagkraven' },
] as const satisfies readonly Option[];

export type OptionValue<T extends readonly Option[]> = T[number]['value'];

/** The Swedish label of a stored value. */
export function labelOf(options: readonly Option[], value: string): string {
  const option = options.find((o) => o.value === value);
  if (!option) throw new Error(`Unknown value "${value}" (expected one of ${options.map((o) => o.value).join(', ')})`);
  return option.label;
}
