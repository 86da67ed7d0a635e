import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CoreError } from '../errors';

// A backup is one file: the encrypted database and the key-slot file, framed so that a truncated
// or changed byte anywhere is found before anything is written.
//
//   magic "BINDELED-BACKUP\n" (16 bytes)
//   header length (uint32 BE) | header (UTF-8 JSON, BackupHeader)
//   each part in header order: its bytes (lengths and SHA-256 per part are in the header)
//   SHA-256 over everything before it (32 bytes)
//
// The header holds no personal data: the register id, the organisation label (already plain in
// keyslots.json), dates, the schema version and the parts' lengths and hashes. The database part
// is SQLCipher ciphertext; the key-slot part holds only wrapped keys.

export const BACKUP_MAGIC = Buffer.from('BINDELED-BACKUP\n', 'ascii');
const TRAILER = 32;
/** A header is a few hundred bytes; anything much larger is not a backup. */
const MAX_HEADER = 64 * 1024;

export const BACKUP_PARTS = ['register.db', 'keyslots.json'] as const;
export type BackupPartName = (typeof BACKUP_PARTS)[number];

const Part = z.object({ name: z.enum(BACKUP_PARTS), length: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const BackupHeader = z.object({
  format: z.literal('bindeled-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  registerId: z.string().min(1),
  label: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  parts: z.array(Part).length(BACKUP_PARTS.length),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Frames the parts into one backup file's bytes. */
export function packBackup(meta: Omit<BackupHeader, 'format' | 'version' | 'parts'>, parts: Record<BackupPartName, Buffer>): Buffer {
  const header: BackupHeader = {
    format: 'bindeled-backup',
    version: 1,
    ...meta,
    parts: BACKUP_PARTS.map((name) => ({ name, length: parts[name].length, sha256: sha256(parts[name]) })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32BE(headerBytes.length, 0);
  const body = Buffer.concat([BACKUP_MAGIC, headerLength, headerBytes, ...BACKUP_PARTS.map((name) => parts[name])]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

const corrupt = (detail: string) => new CoreError('REGISTER_CORRUPT', `backup file: ${detail}`);

/**
 * Checks a backup file's bytes and returns its header and parts. Not a backup at all:
 * FILE_UNREADABLE. Truncated, extended or any byte changed: REGISTER_CORRUPT.
 */
export function unpackBackup(bytes: Buffer): { header: BackupHeader; parts: Record<BackupPartName, Buffer> } {
  if (bytes.length < BACKUP_MAGIC.length || !bytes.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
    throw new CoreError('FILE_UNREADABLE', 'not a Bindeled backup file');
  }
  if (bytes.length < BACKUP_MAGIC.length + 4 + TRAILER) throw corrupt('truncated');
  const body = bytes.subarray(0, bytes.length - TRAILER);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(bytes.subarray(bytes.length - TRAILER))
  ) {
    throw corrupt('checksum does not match (the file is truncated or damaged)');
  }
  const headerLength = body.readUInt32BE(BACKUP_MAGIC.length);
  const headerStart = BACKUP_MAGIC.length + 4;
  if (headerLength > MAX_HEADER || headerStart + headerLength > body.length) throw corrupt('header length');
  let header: BackupHeader;
  try {
    header = BackupHeader.parse(JSON.parse(body.subarray(headerStart, headerStart + headerLength).toString('utf8')));
  } catch {
    throw corrupt('header');
  }
  const parts = {} as Record<BackupPartName, Buffer>;
  let offset = headerStart + headerLength;
  for (const [i, name] of BACKUP_PARTS.entries()) {
    const part = header.parts[i];
    if (part?.name !== name) throw corrupt('parts out of order');
    const data = body.subarray(offset, offset + part.length);
    if (data.length !== part.length || sha256(data) !== part.sha256) throw corrupt(`part ${name}`);
    parts[name] = data;
    offset += part.length;
  }
  if (offset !== body.length) throw corrupt('trailing bytes');
  return { header, parts };
}
