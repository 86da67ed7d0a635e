import type { z } from 'zod';
import { MentoringSettings } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { parseJson } from './rows';

export type MentoringSettingsValue = z.output<typeof MentoringSettings>;

/** Field fit and the mentee's wishes count most; capacity least. Coordinators adjust these. */
export const DEFAULT_MENTORING_SETTINGS: MentoringSettingsValue = {
  weights: { field: 3, languages: 2, place: 2, availability: 1, capacity: 1, preferences: 2 },
  quietDays: 30,
  followUpMonths: 6,
  neighbours: [],
};

const KEY = 'mentoring';

/** The mentoring settings, defaults filled in; a stored value that no longer fits is replaced by defaults. */
export function readMentoringSettings(db: Db): MentoringSettingsValue {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const stored = MentoringSettings.partial().safeParse(parseJson(row?.value ?? null, {}));
  const value = stored.success ? stored.data : {};
  return { ...DEFAULT_MENTORING_SETTINGS, ...value, weights: { ...DEFAULT_MENTORING_SETTINGS.weights, ...value.weights } };
}

export function writeMentoringSettings(db: Db, patch: Partial<MentoringSettingsValue>): MentoringSettingsValue {
  const next = { ...readMentoringSettings(db), ...patch };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(next),
  );
  return next;
}
