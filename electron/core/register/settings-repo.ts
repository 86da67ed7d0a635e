import type { z } from 'zod';
import type { Settings } from '../../../shared/contract';
import type { Db } from '../db/driver';

type SettingsValue = z.output<typeof Settings>;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** Reads the register's settings, filling defaults for keys never written. */
export function readSettings(db: Db): SettingsValue {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    organisationName: (map.get('organisationName') as string | undefined) ?? '',
    defaultLanguage: (map.get('defaultLanguage') as SettingsValue['defaultLanguage'] | undefined) ?? 'en',
    autoLockMinutes: (map.get('autoLockMinutes') as number | undefined) ?? DEFAULT_AUTO_LOCK_MINUTES,
  };
}

/** Writes the given settings keys. */
export function writeSettings(db: Db, patch: Partial<SettingsValue>): void {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
}
