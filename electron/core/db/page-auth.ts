import { createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

// An independent check of every page's authentication code in a SQLCipher 4 file, the same
// promise as SQLCipher's `PRAGMA cipher_integrity_check` (which SQLite3MultipleCiphers lacks).
// SQLCipher 4 layout: 4096-byte pages; each ends in a 16-byte IV and a 64-byte HMAC-SHA512 over
// the page's ciphertext + IV + the page number (little-endian). Page 1 starts with the 16-byte
// salt, which is outside both. With a raw key the HMAC key is PBKDF2-HMAC-SHA512(key,
// salt XOR 0x3a, 2 iterations, 32 bytes). Integrity_check alone never reads free pages; this does.

const PAGE_SIZE = 4096;
const SALT_SIZE = 16;
const IV_SIZE = 16;
const HMAC_SIZE = 64;
const RESERVE = IV_SIZE + HMAC_SIZE;

export interface PageAuthReport {
  ok: boolean;
  pages: number;
  /** Page numbers (1-based) whose HMAC does not match, at most the first ten. */
  badPages: number[];
  /** How many pages authenticated: 0 means the key is not this file's (or the file is not ours). */
  goodPages?: number;
  detail?: string;
}

/** Verifies the HMAC of every page of a SQLCipher 4 database file under a raw 32-byte key. */
export function verifyPageAuthentication(file: string, dataKey: Buffer): PageAuthReport {
  const size = statSync(file).size;
  if (size === 0 || size % PAGE_SIZE !== 0)
    return { ok: false, pages: 0, badPages: [], detail: `file size ${size} is not a whole number of pages` };
  const pages = size / PAGE_SIZE;
  const fd = openSync(file, 'r');
  try {
    const page = Buffer.alloc(PAGE_SIZE);
    readSync(fd, page, 0, PAGE_SIZE, 0);
    const salt = page.subarray(0, SALT_SIZE);
    const hmacSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
    const hmacKey = pbkdf2Sync(dataKey, hmacSalt, 2, 32, 'sha512');
    const badPages: number[] = [];
    let goodPages = 0;
    const pgnoBytes = Buffer.alloc(4);
    for (let pgno = 1; pgno <= pages; pgno++) {
      if (pgno > 1) readSync(fd, page, 0, PAGE_SIZE, (pgno - 1) * PAGE_SIZE);
      const start = pgno === 1 ? SALT_SIZE : 0;
      const macStart = PAGE_SIZE - HMAC_SIZE;
      pgnoBytes.writeUInt32LE(pgno, 0);
      const mac = createHmac('sha512', hmacKey).update(page.subarray(start, macStart)).update(pgnoBytes).digest();
      if (timingSafeEqual(mac, page.subarray(macStart, PAGE_SIZE))) goodPages++;
      else if (badPages.length < 10) badPages.push(pgno);
    }
    return {
      ok: badPages.length === 0,
      pages,
      badPages,
      goodPages,
      detail: badPages.length ? `bad pages: ${badPages.join(', ')}` : `${pages} pages authenticated`,
    };
  } finally {
    closeSync(fd);
  }
}

export const SQLCIPHER4_RESERVE_BYTES = RESERVE;
