import type { z } from 'zod';
import type { ImportDuplicate, ImportPossibleDuplicate } from '../../../shared/contract';
import { foldedWords, normaliseEmail, soundKey } from '../../../shared/text';
import type { Db } from '../../../electron/core/db/driver';
import { nameKey } from '../../../electron/core/partners/rows';
import type { Values } from '../../../electron/core/import/values';

// The test oracle for the import's duplicate checks against the register: the detector as it was
// before the register was looked up by index (commit 48a2a09), reading every contact and
// membership into Maps. duplicates-oracle.test.ts compares the indexed detector with it.
//
// Contact duplicates decided by evidence. A row IS someone already seen when its e-mail
// (trimmed, case-folded) or its phone (digits only) matches, or every field matches. The same
// name at the same organisation with a different e-mail or phone is only a POSSIBLE duplicate:
// two colleagues can share a name, so it is imported and offered for review, never skipped.
// Every lookup is a Map filled once (the register read in three queries), so a row costs O(1).

type Duplicate = z.output<typeof ImportDuplicate>;
type Possible = z.output<typeof ImportPossibleDuplicate>;

/** A phone number as compared for duplicates: its digits, a leading 00 read as +. Empty when too short to mean anything. */
function phoneKey(phone: string): string {
  const digits = phone.replace(/\D+/g, '').replace(/^00/, '');
  return digits.length >= 6 ? digits : '';
}

function similarKeyOfWords(words: readonly string[], sound: (word: string) => string): string {
  return `${words.length}:${words.map(sound).join(' ')}`;
}

/** `fn` remembering its answers: names, organisations and words repeat down a sheet. */
function remembered(fn: (text: string) => string): (text: string) => string {
  const answers = new Map<string, string>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = fn(text)));
    return answer;
  };
}

const folded = (text: string | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The fields a register contact and a row can both have, compared loosely (case, spacing). */
function fieldsKey(
  f: { name: string; email: string; phone: string; role: string; organisation: string; notes: string },
  keyOfName: (name: string) => string = nameKey,
): string {
  return JSON.stringify([keyOfName(f.name), normaliseEmail(f.email), phoneKey(f.phone), folded(f.role), f.organisation, folded(f.notes)]);
}

/** Every value of a row (for rows of one file, which share their columns). */
function allValuesKey(values: Values, keyOfName: (name: string) => string): string {
  const parts = Object.entries(values)
    .map(([field, v]) => {
      if (field === 'email') return [field, normaliseEmail(v)];
      if (field === 'phone') return [field, phoneKey(v) || folded(v)];
      if (field === 'name' || field === 'organisation') return [field, keyOfName(v)];
      return [field, folded(v)];
    })
    .sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1));
  return JSON.stringify(parts);
}

interface Known {
  id: number;
  name: string;
}

/** The register's contacts as lookups, read once. */
function registerLookups(db: Db, sound: (word: string) => string) {
  const byEmail = new Map<string, Known>();
  const byPhone = new Map<string, Known>();
  const byFields = new Map<string, Known>();
  const bySimilar = new Map<string, Known>();
  const contacts = db.prepare('SELECT id, name, email, email_key, phone, role, notes FROM contacts ORDER BY id').all() as {
    id: number;
    name: string;
    email: string;
    email_key: string;
    phone: string;
    role: string;
    notes: string;
  }[];
  const orgsOf = new Map<number, string[]>();
  for (const m of db
    .prepare('SELECT m.contact_id AS id, o.name_key AS org FROM memberships m JOIN organisations o ON o.id = m.organisation_id')
    .all() as { id: number; org: string }[]) {
    const list = orgsOf.get(m.id) ?? [];
    list.push(m.org);
    orgsOf.set(m.id, list);
  }
  const put = (map: Map<string, Known>, key: string, c: Known) => {
    if (key && !map.has(key)) map.set(key, c);
  };
  for (const c of contacts) {
    const known = { id: c.id, name: c.name };
    put(byEmail, c.email_key, known);
    put(byPhone, phoneKey(c.phone), known);
    const orgs = orgsOf.get(c.id) ?? [''];
    const words = foldedWords(c.name);
    const name = words.join(' '); // nameKey(c.name)
    const similar = similarKeyOfWords(words, sound);
    for (const organisation of orgs) {
      put(
        byFields,
        fieldsKey({ ...c, organisation }, () => name),
        known,
      );
      if (organisation) put(bySimilar, `${organisation}|${similar}`, known);
    }
  }
  return { byEmail, byPhone, byFields, bySimilar };
}

export interface ContactVerdict {
  duplicate: Duplicate | null;
  possibleDuplicate: Possible | null;
}

/** A detector for one file's rows, in file order: each call compares a row with the register and the rows before it. */
export function scanningDuplicateDetector(db: Db): (row: number, values: Values) => ContactVerdict {
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number>();
  const byValues = new Map<string, number>();
  const bySimilar = new Map<string, number>();
  const remember = (map: Map<string, number>, key: string, row: number) => {
    if (key && !map.has(key)) map.set(key, row);
  };
  const keyOfName = remembered(nameKey);
  const sound = remembered(soundKey);
  const register = registerLookups(db, sound);
  return (row, values) => {
    const email = normaliseEmail(values.email ?? '');
    const phone = phoneKey(values.phone ?? '');
    const organisation = values.organisation ? keyOfName(values.organisation) : '';
    // Every-field keys only for rows without an e-mail: two rows with all fields equal share
    // their e-mail too, so with one the e-mail check below has already decided.
    const every = email ? '' : allValuesKey(values, keyOfName);
    let duplicate: Duplicate | null = null;
    const inRegister = (reason: Duplicate['reason'], k: Known | undefined) => {
      if (!duplicate && k) duplicate = { kind: 'in-register', id: k.id, name: k.name, reason };
    };
    const inFile = (reason: Duplicate['reason'], ofRow: number | undefined) => {
      if (!duplicate && ofRow !== undefined) duplicate = { kind: 'in-file', ofRow, reason };
    };
    if (email) inRegister('same-email', register.byEmail.get(email));
    if (phone) inRegister('same-phone', register.byPhone.get(phone));
    if (!duplicate && register.byFields.size > 0) {
      const f = {
        name: values.name ?? '',
        email,
        phone: values.phone ?? '',
        role: values.role ?? '',
        organisation,
        notes: values.notes ?? '',
      };
      inRegister('same-fields', register.byFields.get(fieldsKey(f, keyOfName)));
    }
    if (email) inFile('same-email', byEmail.get(email));
    if (phone) inFile('same-phone', byPhone.get(phone));
    if (every) inFile('same-fields', byValues.get(every));
    // Only a row that is no duplicate can resemble someone (and be resembled later).
    let similar = '';
    if (!duplicate && organisation) {
      // nameKey is the folded words joined by single spaces (a word has none), so it gives them back.
      const name = keyOfName(values.name ?? '');
      similar = `${organisation}|${similarKeyOfWords(name ? name.split(' ') : [], sound)}`;
    }
    let possibleDuplicate: Possible | null = null;
    if (!duplicate && similar) {
      const known = register.bySimilar.get(similar);
      const earlier = bySimilar.get(similar);
      if (known) possibleDuplicate = { kind: 'in-register', id: known.id, name: known.name, reason: 'similar-name-same-organisation' };
      else if (earlier !== undefined) possibleDuplicate = { kind: 'in-file', ofRow: earlier, reason: 'similar-name-same-organisation' };
    }
    remember(byEmail, email, row);
    remember(byPhone, phone, row);
    remember(byValues, every, row);
    if (!duplicate) remember(bySimilar, similar, row);
    return { duplicate, possibleDuplicate };
  };
}
