import { describe, expect, it } from 'vitest';
import { describeFile, formatFileSize } from '../../src/lib/format-file-size.ts';

describe('formatFileSize', () => {
  it('uses decimal units and a decimal comma, as the municipality writes "221,6 kB"', () => {
    expect(formatFileSize(221_600)).toBe('221,6 kB');
    expect(formatFileSize(1_000)).toBe('1,0 kB');
    expect(formatFileSize(1_234_567)).toBe('1,2 MB');
    expect(formatFileSize(512)).toBe('512 byte');
    expect(formatFileSize(0)).toBe('0 byte');
  });

  it('rounds up into the next unit instead of writing 1000,0 kB', () => {
    expect(formatFileSize(999_960)).toBe('1,0 MB');
  });

  it('refuses sizes that are not sizes', () => {
    expect(() => formatFileSize(-1)).toThrow();
    expect(() => formatFileSize(Number.NaN)).toThrow();
  });
});

describe('describeFile', () => {
  it('names the type from the extension', () => {
    expect(describeFile('riktlinje.pdf', 221_600)).toBe('PDF, 221,6 kB');
    expect(describeFile('/a/b/Rapport.DOCX', 2_048)).toBe('DOCX, 2,0 kB');
  });
});
