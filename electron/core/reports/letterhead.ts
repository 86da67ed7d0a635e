import path from 'node:path';
import type { z } from 'zod';
import type { Letterhead, LetterheadPatch } from '../../../shared/contract/reports';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { readChosenFile } from '../storage/read-file';

// The letterhead printed at the top of every report: postal address, one contact line and a
// logo (PNG or JPEG, at most 1 MB, recognised by its first bytes, not its name). Kept in the
// register's settings table (JSON values), so it travels with backups and stays encrypted.

type LetterheadValue = z.output<typeof Letterhead>;

const TEXT_KEY = 'letterhead';
const LOGO_KEY = 'letterheadLogo';
export const MAX_LOGO_BYTES = 1024 * 1024;

export interface Logo {
  type: 'png' | 'jpg';
  data: Buffer;
  width: number;
  height: number;
}

function readKey(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

function writeKey(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export function readLetterhead(db: Db): LetterheadValue {
  const text = (readKey(db, TEXT_KEY) ?? {}) as { address?: unknown; contactLine?: unknown };
  const logo = readKey(db, LOGO_KEY);
  return {
    address: typeof text.address === 'string' ? text.address : '',
    contactLine: typeof text.contactLine === 'string' ? text.contactLine : '',
    logoDataUrl: typeof logo === 'string' && logo.startsWith('data:image/') ? logo : null,
  };
}

function audit(register: OpenRegister, change: string): void {
  appendAudit(register.db, {
    actor: register.actor,
    action: 'settings.letterhead-updated',
    entity: 'settings',
    entityId: 'letterhead',
    details: { change },
  });
}

export function updateLetterhead(register: OpenRegister, patch: z.output<typeof LetterheadPatch>): LetterheadValue {
  const { db } = register;
  db.transaction(() => {
    const current = readLetterhead(db);
    writeKey(db, TEXT_KEY, { address: patch.address ?? current.address, contactLine: patch.contactLine ?? current.contactLine });
    audit(register, 'text');
  })();
  return readLetterhead(db);
}

/** Width and height of a PNG (IHDR) or baseline/progressive JPEG (SOFn); null when not found. */
export function imageSize(type: Logo['type'], data: Buffer): { width: number; height: number } | null {
  if (type === 'png') {
    if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = data.readUInt16BE(i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return null;
}

/** The image type by its first bytes, or null. */
export function imageType(data: Buffer): Logo['type'] | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg';
  return null;
}

/** Reads the logo file the user chose; refuses anything but a PNG or JPEG of at most 1 MB. */
export function setLogo(register: OpenRegister, file: string): LetterheadValue {
  if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'the path must be absolute');
  const data = readChosenFile(file, MAX_LOGO_BYTES);
  if (data.length === 0) throw new CoreError('FILE_EMPTY');
  const type = imageType(data);
  if (!type) throw new CoreError('UNSUPPORTED_FILE', 'the logo must be a PNG or JPEG image');
  const dims = imageSize(type, data);
  if (!dims || dims.width === 0 || dims.height === 0) throw new CoreError('UNSUPPORTED_FILE', 'the image size cannot be read');
  const mime = type === 'png' ? 'image/png' : 'image/jpeg';
  register.db.transaction(() => {
    writeKey(register.db, LOGO_KEY, `data:${mime};base64,${data.toString('base64')}`);
    audit(register, 'logo');
  })();
  return readLetterhead(register.db);
}

export function clearLogo(register: OpenRegister): LetterheadValue {
  register.db.transaction(() => {
    register.db.prepare('DELETE FROM settings WHERE key = ?').run(LOGO_KEY);
    audit(register, 'logo-removed');
  })();
  return readLetterhead(register.db);
}

/** The stored logo, decoded for a document; null when none. */
export function letterheadLogo(db: Db): Logo | null {
  const url = readLetterhead(db).logoDataUrl;
  const match = url ? /^data:image\/(png|jpeg);base64,(.*)$/s.exec(url) : null;
  if (!match) return null;
  const type = match[1] === 'png' ? 'png' : 'jpg';
  const data = Buffer.from(match[2]!, 'base64');
  const dims = imageSize(type, data);
  return dims ? { type, data, ...dims } : null;
}
