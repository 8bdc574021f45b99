import { type CollectionEntry, getCollection } from 'astro:content';
import { yearOf } from '../lib/format-date.ts';
import { NOW } from './now.ts';

export type CitizenPromise = CollectionEntry<'medborgarloften'>;

/** Promises, newest period first. */
export async function getCitizenPromises(): Promise<CitizenPromise[]> {
  const all = await getCollection('medborgarloften');
  return all.sort((a, b) => b.data.endYear - a.data.endYear || b.data.startYear - a.data.startYear);
}

/** True when the promise's period includes the build's year. */
export function isCurrent(promise: CitizenPromise, now: Date = NOW): boolean {
  const year = yearOf(now);
  return promise.data.startYear <= year && year <= promise.data.endYear;
}

/** `2023–2024`, or a single year. */
export function periodOf(promise: CitizenPromise): string {
  const { startYear, endYear } = promise.data;
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}
