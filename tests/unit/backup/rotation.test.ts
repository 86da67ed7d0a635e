import { describe, expect, it } from 'vitest';
import { backupsToRemove, dayKey, KEEP, monthKey, weekKey, type RotationEntry } from '../../../electron/core/backup/rotation';

// The rotation over a simulated year: a backup on every close (several a day), the folder rotated
// after each one as the app does, and what is left checked against 7 daily, 4 weekly, 12 monthly.

const at = (y: number, m: number, d: number, h = 17, min = 0) => new Date(y, m - 1, d, h, min);
const entry = (createdAt: Date, kind: RotationEntry['kind'] = 'auto'): RotationEntry => ({
  name: `${createdAt.toISOString()}-${kind}`,
  createdAt,
  kind,
});

/** Runs the app's loop: add each backup, remove what the rotation says. */
function live(backups: RotationEntry[]): RotationEntry[] {
  let folder: RotationEntry[] = [];
  for (const b of backups) {
    folder.push(b);
    const remove = new Set(backupsToRemove(folder));
    folder = folder.filter((e) => !remove.has(e.name));
  }
  return folder.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

describe('keys', () => {
  it('uses ISO weeks (Monday first) and local days', () => {
    expect(weekKey(at(2026, 1, 1))).toBe('2026-W01'); // a Thursday
    expect(weekKey(at(2027, 1, 1))).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(weekKey(at(2026, 11, 29))).toBe('2026-W48'); // Sunday ends the week …
    expect(weekKey(at(2026, 11, 30))).toBe('2026-W49'); // … Monday starts the next
    expect(dayKey(at(2026, 3, 5, 0, 30))).toBe('2026-03-05');
    expect(monthKey(at(2026, 12, 31, 23, 59))).toBe('2026-12');
  });
});

describe('a year of automatic backups', () => {
  // Three closes a day on weekdays, none at weekends, from 5 Jan 2026 to 27 Nov 2026.
  const backups: RotationEntry[] = [];
  for (let d = at(2026, 1, 5); d <= at(2026, 11, 27); d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    if (d.getDay() === 0 || d.getDay() === 6) continue;
    for (const hour of [9, 12, 16]) backups.push(entry(new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour, 5)));
  }
  const kept = live(backups);

  it('keeps the newest of the last 7 days with backups, one per day', () => {
    const days = kept.map((e) => dayKey(e.createdAt));
    const last7 = [...new Set(backups.map((e) => dayKey(e.createdAt)))].slice(-7).reverse();
    expect(days.slice(0, 7)).toEqual(last7);
    // The newest of each of those days: the 16:05 one.
    for (const e of kept.slice(0, 7)) expect(e.createdAt.getHours()).toBe(16);
  });

  it('keeps one per week for the last 4 weeks and one per month for the last 12', () => {
    const weeks = new Set(kept.map((e) => weekKey(e.createdAt)));
    for (const w of ['2026-W48', '2026-W47', '2026-W46', '2026-W45']) expect(weeks.has(w)).toBe(true);
    const months = new Set(kept.map((e) => monthKey(e.createdAt)));
    // January to November: 11 months have backups, all are kept (fewer than 12).
    expect([...months].sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`));
    // A monthly keeper is that month's newest backup.
    const march = kept.filter((e) => monthKey(e.createdAt) === '2026-03');
    expect(march.map((e) => dayKey(e.createdAt))).toEqual(['2026-03-31']);
  });

  it('never keeps more than 7 + 4 + 12 and never fewer than the rules ask', () => {
    expect(kept.length).toBeLessThanOrEqual(KEEP.daily + KEEP.weekly + KEEP.monthly);
    // 7 days (all in weeks 47–48), weeks 46 and 45 add 2, the months before November add 10.
    expect(kept.length).toBe(7 + 2 + 10);
    expect(kept[0]!.createdAt).toEqual(backups.at(-1)!.createdAt);
  });

  it('drops months beyond 12 after a second year', () => {
    const more: RotationEntry[] = [];
    for (let m = 12; m <= 12 + 14; m++) more.push(entry(new Date(2026, m - 1, 10, 9)));
    const months = new Set(live([...backups, ...more]).map((e) => monthKey(e.createdAt)));
    expect(months.size).toBe(12);
    expect(months.has('2026-01')).toBe(false);
  });
});

describe('manual and pre-migration backups', () => {
  it('keeps the newest 10 of each kind, beside the automatic ones', () => {
    const list: RotationEntry[] = [];
    for (let i = 0; i < 15; i++) list.push(entry(at(2026, 5, 1 + i, 10), 'manual'));
    for (let i = 0; i < 12; i++) list.push(entry(at(2026, 6, 1 + i, 10), 'pre-migration'));
    list.push(entry(at(2026, 7, 1), 'auto'));
    const remove = new Set(backupsToRemove(list));
    const manualKept = list.filter((e) => e.kind === 'manual' && !remove.has(e.name));
    expect(manualKept.map((e) => e.createdAt.getDate())).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(list.filter((e) => e.kind === 'pre-migration' && !remove.has(e.name))).toHaveLength(10);
    expect(remove.size).toBe(5 + 2);
  });

  it('never removes the newest backup, whatever its kind', () => {
    const list = Array.from({ length: 11 }, (_, i) => entry(at(2026, 1, 1 + i), 'manual'));
    expect(backupsToRemove(list)).toEqual([list[0]!.name]);
    expect(backupsToRemove([entry(at(2026, 1, 1), 'manual')])).toEqual([]);
    expect(backupsToRemove([])).toEqual([]);
  });

  it('keeps the later of two automatic backups made in the same minute', () => {
    const a = { name: 'a', createdAt: at(2026, 2, 2, 9, 0), kind: 'auto' as const };
    const b = { name: 'b', createdAt: at(2026, 2, 2, 9, 0), kind: 'auto' as const };
    // Same day: one survives (by name order when the times tie), never both removed.
    expect(backupsToRemove([a, b])).toHaveLength(1);
  });
});
