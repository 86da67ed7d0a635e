import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../../shared/languages';
import { log } from '../logger';
import { writeFileAtomic } from './atomic-write';

// The device profile: which registers this device knows and the interface language. It holds no
// register content, only folder paths, so it lives unencrypted in the app's user-data folder.

const ProfileFile = z.object({
  language: z.enum(LANGUAGES).nullable().catch(null),
  registers: z.array(z.object({ dir: z.string(), lastOpenedAt: z.string().nullable(), lastUser: z.string().max(64).optional() })).catch([]),
});
export type ProfileData = z.infer<typeof ProfileFile>;

export class Profile {
  private data: ProfileData;
  private readonly file: string;

  /** The profile folder; other per-device files (backups.json) live beside profile.json. */
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = path.join(dir, 'profile.json');
    this.data = Profile.load(this.file);
  }

  private static load(file: string): ProfileData {
    if (!existsSync(file)) return { language: null, registers: [] };
    try {
      return ProfileFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A damaged profile only costs the list of recent registers; the registers themselves are untouched.
      log.warn('profile.unreadable');
      return { language: null, registers: [] };
    }
  }

  get language(): Language | null {
    return this.data.language;
  }

  get registers(): ProfileData['registers'] {
    return this.data.registers;
  }

  setLanguage(language: Language): void {
    this.data = { ...this.data, language };
    this.save();
  }

  /**
   * Moves a register to the top of the list, stamped with now. `user` is the opaque users.id that
   * unlocked it (never a name), so the next unlock tries that key slot first.
   */
  touch(dir: string, user?: string): void {
    const rest = this.data.registers.filter((r) => r.dir !== dir);
    const entry = { dir, lastOpenedAt: new Date().toISOString(), ...(user ? { lastUser: user } : {}) };
    this.data = { ...this.data, registers: [entry, ...rest].slice(0, 20) };
    this.save();
  }

  /** The user who last unlocked `dir` on this device, if known. */
  lastUserOf(dir: string): string | undefined {
    const wanted = path.resolve(dir);
    return this.data.registers.find((r) => r.dir === wanted)?.lastUser;
  }

  forget(dir: string): void {
    this.data = { ...this.data, registers: this.data.registers.filter((r) => r.dir !== dir) };
    this.save();
  }

  private save(): void {
    writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}
