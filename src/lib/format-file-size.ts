const UNITS = ['byte', 'kB', 'MB', 'GB'] as const;

/**
 * A byte count the way Swedish public sites write it, decimal units and a decimal comma:
 * 221 600 → `221,6 kB`. Whole bytes below 1 000 are written `512 byte`.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a file size: ${bytes}`);
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${bytes} byte`;
  // Round first, so 999 950 bytes reads "1 MB", not "1000,0 kB".
  if (Math.round(value * 10) / 10 >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1).replace('.', ',')} ${UNITS[unit]}`;
}

/** `PDF, 221,6 kB` from a file name and its size. */
export function describeFile(fileName: string, bytes: number): string {
  const ext = fileName.split('.').pop()?.toUpperCase() ?? 'FIL';
  return `${ext}, ${formatFileSize(bytes)}`;
}
