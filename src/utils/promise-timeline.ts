/**
 * Citizen promises as residents read them: the current ones grouped by area, and for every
 * commitment its follow-up statuses over time. Pure functions over the entries' data.
 */
import { labelOf, PROMISE_STATUSES } from '../content-model/enums.ts';

type Status = (typeof PROMISE_STATUSES)[number]['value'];

export interface PromiseData {
  startYear: number;
  endYear: number;
  areas: { name: string }[];
  promises: { id: string; text: string; responsible?: string | undefined }[];
  followUps?:
    | { date: string; text: string; statuses?: { promise: string; status: Status }[] | undefined }[]
    | undefined;
}

export interface StatusAt {
  /** Calendar date of the follow-up (`YYYY-MM-DD`). */
  date: string;
  status: Status;
  label: string;
}

export interface CommitmentTimeline {
  id: string;
  text: string;
  responsible?: string | undefined;
  /** Every follow-up that gave this commitment a status, oldest first. */
  history: StatusAt[];
  /** The most recent status, if any follow-up has given one. */
  latest?: StatusAt | undefined;
}

/** Each commitment with its statuses over time, in the order the promise lists them. */
export function commitmentTimelines(data: PromiseData): CommitmentTimeline[] {
  const followUps = [...(data.followUps ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return data.promises.map((p) => {
    const history = followUps.flatMap((f) =>
      (f.statuses ?? [])
        .filter((s) => s.promise === p.id)
        .map((s) => ({ date: f.date, status: s.status, label: labelOf(PROMISE_STATUSES, s.status) })),
    );
    return { id: p.id, text: p.text, responsible: p.responsible, history, latest: history.at(-1) };
  });
}

/** True when the promise's period includes the year. */
export function isCurrentIn(data: Pick<PromiseData, 'startYear' | 'endYear'>, year: number): boolean {
  return data.startYear <= year && year <= data.endYear;
}

/**
 * The promises current in `year`, grouped by area (areas in Swedish alphabetical order; a promise
 * for several areas is listed under each), newest period first within an area.
 */
export function currentByArea<T extends { data: PromiseData }>(
  promises: readonly T[],
  year: number,
): { area: string; promises: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const promise of promises.filter((p) => isCurrentIn(p.data, year))) {
    for (const { name } of promise.data.areas) groups.set(name, [...(groups.get(name) ?? []), promise]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([area, list]) => ({
      area,
      promises: list.sort((a, b) => b.data.endYear - a.data.endYear || b.data.startYear - a.data.startYear),
    }));
}
