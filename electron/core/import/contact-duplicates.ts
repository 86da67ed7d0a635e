import type { z } from 'zod';
import type { ImportDuplicate, ImportPossibleDuplicate } from '../../../shared/contract';
import { foldedWords, normaliseEmail, soundKey } from '../../../shared/text';
import type { Db } from '../db/driver';
import { prepared } from '../db/statements';
import { nameKey, phoneKey } from '../partners/rows';
import type { Values } from './values';

// Contact duplicates decided by evidence. A row IS someone already seen when its e-mail
// (trimmed, case-folded) or its phone (digits only) matches, or every field matches. The same
// name at the same organisation with a different e-mail or phone is only a POSSIBLE duplicate:
// two colleagues can share a name, so it is imported and offered for review, never skipped.
// The register is looked up by index for each row (e-mail, phone and name keys are stored), the
// rows before it in Maps, so a row costs O(log n) however big the register is.

export { phoneKey };

type Duplicate = z.output<typeof ImportDuplicate>;
type Possible = z.output<typeof ImportPossibleDuplicate>;

/**
 * A key that two names share exactly when similarNames() in contacts-repo says they are similar:
 * the same number of words with the same sound-alike keys (equal folded words always share them).
 */
export function similarNameKey(name: string): string {
  return similarKeyOfWords(foldedWords(name), soundKey);
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

const none = (): Known | undefined => undefined;

/**
 * The register's contacts, looked up by index for each row: by e-mail key, phone key, name key
 * (every field) and, for an organisation's name key, its members by similar name (read once per
 * organisation). The first match by id, as when the whole register was read into maps.
 */
function registerLookups(db: Db, sound: (word: string) => string) {
  const byEmailKey = prepared(db, "SELECT id, name FROM contacts WHERE email_key = ? AND email_key <> '' ORDER BY id LIMIT 1");
  const byPhoneKey = prepared(db, "SELECT id, name FROM contacts WHERE phone_key = ? AND phone_key <> '' ORDER BY id LIMIT 1");
  const byNameKey = prepared(db, 'SELECT id, name, email, phone, role, notes FROM contacts WHERE name_key = ? ORDER BY id');
  const organisationsOf = prepared(
    db,
    'SELECT o.name_key AS org FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.contact_id = ?',
  );
  const membersOf = prepared(
    db,
    `SELECT DISTINCT c.id, c.name FROM organisations o JOIN memberships m ON m.organisation_id = o.id JOIN contacts c ON c.id = m.contact_id
     WHERE o.name_key = ? ORDER BY c.id`,
  );
  const similarIn = new Map<string, Map<string, Known>>();
  // An empty register (the first import) has nothing to look up.
  const empty = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM contacts) AS empty').get() as { empty: number };
  if (empty.empty) return { email: none, phone: none, fields: none, similar: none };
  return {
    email: (key: string) => byEmailKey.get(key) as Known | undefined,
    phone: (key: string) => byPhoneKey.get(key) as Known | undefined,
    /** The first contact whose every field matches the row's fields key. */
    fields(nameKeyOfRow: string, keyOfRow: () => string): Known | undefined {
      let key: string | undefined;
      const candidates = byNameKey.all(nameKeyOfRow) as {
        id: number;
        name: string;
        email: string;
        phone: string;
        role: string;
        notes: string;
      }[];
      for (const c of candidates) {
        key ??= keyOfRow();
        const orgs = (organisationsOf.all(c.id) as { org: string }[]).map((o) => o.org);
        const name = nameKey(c.name);
        for (const organisation of orgs.length ? orgs : [''])
          if (fieldsKey({ ...c, organisation }, () => name) === key) return { id: c.id, name: c.name };
      }
      return undefined;
    },
    /** The first member of an organisation (by name key) with a similar name. */
    similar(organisation: string, similar: string): Known | undefined {
      let members = similarIn.get(organisation);
      if (!members) {
        members = new Map();
        for (const c of membersOf.all(organisation) as Known[]) {
          const key = similarKeyOfWords(foldedWords(c.name), sound);
          if (!members.has(key)) members.set(key, c);
        }
        similarIn.set(organisation, members);
      }
      return members.get(similar);
    },
  };
}

export interface ContactVerdict {
  duplicate: Duplicate | null;
  possibleDuplicate: Possible | null;
}

/** A detector for one file's rows, in file order: each call compares a row with the register and the rows before it. */
export function contactDuplicateDetector(db: Db): (row: number, values: Values) => ContactVerdict {
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
    if (email) inRegister('same-email', register.email(email));
    if (phone) inRegister('same-phone', register.phone(phone));
    if (!duplicate) {
      const f = {
        name: values.name ?? '',
        email,
        phone: values.phone ?? '',
        role: values.role ?? '',
        organisation,
        notes: values.notes ?? '',
      };
      inRegister(
        'same-fields',
        register.fields(keyOfName(f.name), () => fieldsKey(f, keyOfName)),
      );
    }
    if (email) inFile('same-email', byEmail.get(email));
    if (phone) inFile('same-phone', byPhone.get(phone));
    if (every) inFile('same-fields', byValues.get(every));
    // Only a row that is no duplicate can resemble someone (and be resembled later).
    let similar = '';
    let similarOfName = '';
    if (!duplicate && organisation) {
      // nameKey is the folded words joined by single spaces (a word has none), so it gives them back.
      const name = keyOfName(values.name ?? '');
      similarOfName = similarKeyOfWords(name ? name.split(' ') : [], sound);
      similar = `${organisation}|${similarOfName}`;
    }
    let possibleDuplicate: Possible | null = null;
    if (!duplicate && similar) {
      const known = register.similar(organisation, similarOfName);
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
