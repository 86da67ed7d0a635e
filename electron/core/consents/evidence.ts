import { createHash } from 'node:crypto';
import path from 'node:path';
import { EVIDENCE_MAX_BYTES } from '../../../shared/contract/consents';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { now } from '../partners/rows';
import { writeFileAtomic } from '../storage/atomic-write';
import { readChosenFile } from '../storage/read-file';

// A scanned or photographed consent form, kept encrypted inside the register (the `files`
// table), with its SHA-256 so a copy can be shown to be the one that was filed.

export type EvidenceMime = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The file's type from its first bytes (not its name): PDF, JPEG or PNG; null for anything else. */
export function sniffEvidence(bytes: Uint8Array): EvidenceMime | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

function readEvidence(file: string): Buffer {
  const bytes = readChosenFile(file, EVIDENCE_MAX_BYTES);
  if (bytes.length === 0) throw new CoreError('FILE_EMPTY');
  return bytes;
}

/**
 * Files the evidence for a consent, replacing any earlier file. Refuses (and changes nothing)
 * a file over 10 MB (FILE_TOO_LARGE) or one that is not a PDF, JPEG or PNG (UNSUPPORTED_FILE).
 */
export function attachEvidence(db: Db, consentId: number, file: string, actor: string): void {
  const consent = db.prepare('SELECT evidence_file_id FROM consents WHERE id = ?').get(consentId) as
    { evidence_file_id: number | null } | undefined;
  if (!consent) throw new CoreError('NOT_FOUND', `consent ${consentId}`);
  const bytes = readEvidence(file);
  const mime = sniffEvidence(bytes);
  if (!mime) throw new CoreError('UNSUPPORTED_FILE', 'not a PDF, JPEG or PNG');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  db.transaction(() => {
    const fileId = Number(
      db
        .prepare('INSERT INTO files (name, mime, size, sha256, data, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(path.basename(file).slice(0, 255), mime, bytes.length, sha256, bytes, now(), actor).lastInsertRowid,
    );
    db.prepare('UPDATE consents SET evidence_file_id = ?, updated_at = ? WHERE id = ?').run(fileId, now(), consentId);
    // The replaced scan goes: secure_delete overwrites its pages.
    if (consent.evidence_file_id !== null) db.prepare('DELETE FROM files WHERE id = ?').run(consent.evidence_file_id);
    appendAudit(db, {
      actor,
      action: 'consent.evidence-attached',
      entity: 'consent',
      entityId: String(consentId),
      details: { file: fileId, mime, bytes: bytes.length, replaced: consent.evidence_file_id ?? 0 },
    });
  })();
}

/** Writes the decrypted evidence where the user chose (atomically, owner-only); audited as an export. */
export function saveEvidenceCopy(db: Db, consentId: number, file: string, actor: string): { path: string; bytes: number } {
  const row = db.prepare('SELECT f.id, f.data FROM consents c JOIN files f ON f.id = c.evidence_file_id WHERE c.id = ?').get(consentId) as
    { id: number; data: Buffer } | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `evidence of consent ${consentId}`);
  const target = path.resolve(file);
  writeFileAtomic(target, row.data);
  appendAudit(db, {
    actor,
    action: 'consent.evidence-copied',
    entity: 'consent',
    entityId: String(consentId),
    details: { file: row.id, bytes: row.data.length },
  });
  return { path: target, bytes: row.data.length };
}
