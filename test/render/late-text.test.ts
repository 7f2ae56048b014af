import { describe, expect, it } from 'vitest';
import { lateText } from '../../src/render/due-table.js';

describe('how late an overdue answer is, as the report writes it', () => {
  it.each<[{ lateWorkingDays?: number; lateOfficeMinutes?: number }, string]>([
    [{ lateOfficeMinutes: 30 }, 'terlambat 30 menit'],
    [{ lateOfficeMinutes: 7 }, 'terlambat 7 menit'],
    [{ lateOfficeMinutes: 60 }, 'terlambat 1 jam'],
    [{ lateOfficeMinutes: 150 }, 'terlambat 2 jam 30 menit'],
    [{ lateWorkingDays: 3 }, 'terlambat 3 hari kerja'],
    [{}, ''],
  ])('%j → %s', (item, text) => {
    expect(lateText(item)).toBe(text);
  });
});
