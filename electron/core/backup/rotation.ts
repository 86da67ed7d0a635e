import type { BackupKind } from '../../../shared/contract/backup';

// Which backups in the folder to keep. Pure, so a year of dates can be tested in milliseconds.
//
// Automatic backups: the newest of each of the last 7 days that have one, of the last 4 weeks
// and of the last 12 months (one file may count for a day, a week and a month at once).
// "Back up now" and pre-migration backups are the user's: kept, but only the newest 10 of each
// kind, so a folder on a small USB stick does not fill up over the years. The newest backup of
// all is never removed. Files that are not this register's backups never reach this function.

export interface RotationEntry {
  name: string;
  createdAt: Date;
  kind: BackupKind;
}

export const KEEP = { daily: 7, weekly: 4, monthly: 12, manual: 10, preMigration: 10 } as const;

const pad = (n: number) => String(n).padStart(2, '0');
/** Local calendar day: a backup at 00:30 belongs to the day the user lived it on. */
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
export const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** ISO 8601 week (weeks start on Monday, as in the Nordic countries), e.g. 2026-W48. */
export function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Keeps the newest entry of each of the first `count` distinct buckets (entries sorted newest first). */
function keepPerBucket(sorted: RotationEntry[], key: (d: Date) => string, count: number, keep: Set<string>): void {
  let last: string | null = null;
  let left = count;
  for (const entry of sorted) {
    if (left === 0) return;
    const k = key(entry.createdAt);
    if (k === last) continue;
    last = k;
    left -= 1;
    keep.add(entry.name);
  }
}

/** The names to delete from `entries` (this register's backups in the folder). */
export function backupsToRemove(entries: readonly RotationEntry[]): string[] {
  const sorted = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].name);
  const auto = sorted.filter((e) => e.kind === 'auto');
  keepPerBucket(auto, dayKey, KEEP.daily, keep);
  keepPerBucket(auto, weekKey, KEEP.weekly, keep);
  keepPerBucket(auto, monthKey, KEEP.monthly, keep);
  for (const e of sorted.filter((x) => x.kind === 'manual').slice(0, KEEP.manual)) keep.add(e.name);
  for (const e of sorted.filter((x) => x.kind === 'pre-migration').slice(0, KEEP.preMigration)) keep.add(e.name);
  return sorted.filter((e) => !keep.has(e.name)).map((e) => e.name);
}
