import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../languages';
import { en } from './en';
import { catalogs } from './index';

type Tree = { [key: string]: string | Tree };

/** Every string in a catalog, keyed by its dotted path (keys may themselves contain dots). */
function leaves(tree: Tree, prefix: string[] = [], out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = [...prefix, key];
    if (value !== null && typeof value === 'object') leaves(value, path, out);
    else out.set(JSON.stringify(path), value);
  }
  return out;
}

const show = (path: string): string => (JSON.parse(path) as string[]).join(' › ');

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] as string))].sort();
}

/** Placeholders a translation may leave out because they read unnaturally in some languages. */
const OPTIONAL_PLACEHOLDERS = new Set(['ordinal']);

/**
 * Strings that may read exactly as in English. Anything else identical to English is treated
 * as untranslated. Keep this list short and explain each entry.
 */
const ALLOWED_IDENTICAL: Record<string, readonly string[]> = {
  // Product name: never translated.
  'app.name': ['da', 'nb', 'sv', 'fi'],
  // "Administrator" is the same word in Danish and Norwegian.
  'users.roles.administrator': ['da', 'nb'],
  // "Register" is the same word in Danish, Norwegian and Swedish.
  'unlock.register': ['da', 'nb', 'sv'],
  'recovery.printFor': ['da', 'nb', 'sv'],
  // "Organisation" is the same word in Danish and Swedish.
  'settings.organisation': ['da', 'sv'],
  'partners.organisation': ['da', 'sv'],
  'contacts.organisations': ['da', 'sv'],
  'duplicateReview.fields.organisations': ['da', 'sv'],
  // Danish writes "E-mail", as elsewhere in the Danish catalog.
  'duplicateReview.fields.email': ['da'],
  // "Mentee" is the word Danish and Norwegian coordinators use.
  'search.kinds.mentee': ['da', 'nb'],
  'mentoring.nav.mentees': ['da', 'nb'],
  'mentors.mentees.title': ['da', 'nb'],
  'mentors.referral.mentee': ['da', 'nb'],
  // "Status" is the same word in Danish, Norwegian and Swedish.
  'mentors.col.status': ['da', 'nb', 'sv'],
  // Only placeholders and a comma: "Monday, evening" in every language.
  'mentors.availability.slot': ['da', 'nb', 'sv', 'fi'],
  // "Mentor" is the same word in Danish, Norwegian and Swedish.
  'cases.page.mentor': ['da', 'nb', 'sv'],
  'cases.list.mentor': ['da', 'nb', 'sv'],
  'cases.board.mentor': ['da', 'nb', 'sv'],
  // "Status" is the same word in Danish, Norwegian and Swedish.
  'cases.list.status': ['da', 'nb', 'sv'],
  // Only placeholders: a weekday and a part of the day, "Tue evening", in every language.
  'cases.matching.slot': ['da', 'nb', 'sv', 'fi'],
  // Finland is called Finland in Danish, Norwegian and Swedish too.
  'countries.FI': ['da', 'nb', 'sv'],
  // "Job" is the everyday Danish word for a job (as in "Job, fuld tid").
  'mentoring.goal.job': ['da'],
  // Danish writes "E-mail", as elsewhere in the Danish catalog.
  'mentoring.feedbackForm.email': ['da'],
  // "Man" is Swedish for a man.
  'mentoring.gender.male': ['sv'],
  // The audit log's record kinds: the same words as in the rows above.
  'audit.entity.mentee': ['da', 'nb'],
  'audit.groups.mentee': ['da', 'nb'],
  'audit.entity.mentor': ['da', 'nb', 'sv'],
  'audit.entity.organisation': ['da', 'sv'],
  // Feedback screens: "Mentee", "Partner" and "Logo" are the same words there.
  'feedback.due.mentee': ['da', 'nb'],
  'feedback.due.partner': ['da', 'nb', 'sv'],
  'feedback.letterhead.logo': ['da', 'nb', 'fi'],
  // The backup's counts: "Mentees" as in the rows above.
  'backup.wizard.counts.mentees': ['da', 'nb'],
};

/** Literal text that must survive translation wherever English has it. */
const VERBATIM = ['Bindeled', 'register.db', 'keyslots.json', 'Ctrl+L'];

const english = leaves(en as Tree);

describe('the English catalog', () => {
  it('has no empty strings', () => {
    const empty = [...english].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => show(k));
    expect(empty).toEqual([]);
  });
});

describe.each(LANGUAGES.filter((lng) => lng !== 'en'))('the %s catalog', (lng) => {
  const translated = leaves(catalogs[lng] as Tree);

  it('has exactly the English keys', () => {
    const missing = [...english.keys()].filter((k) => !translated.has(k)).map(show);
    const extra = [...translated.keys()].filter((k) => !english.has(k)).map(show);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty strings', () => {
    const empty = [...translated].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => show(k));
    expect(empty).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English string', () => {
    const wrong: string[] = [];
    for (const [key, source] of english) {
      const target = translated.get(key);
      if (typeof source !== 'string' || typeof target !== 'string') continue;
      const want = placeholders(source);
      const got = placeholders(target);
      const missing = want.filter((p) => !got.includes(p) && !OPTIONAL_PLACEHOLDERS.has(p));
      const extra = got.filter((p) => !want.includes(p));
      if (missing.length || extra.length) {
        wrong.push(`${show(key)}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps product and file names, and shortcuts, as they are', () => {
    const wrong: string[] = [];
    for (const [key, source] of english) {
      const target = translated.get(key);
      if (typeof source !== 'string' || typeof target !== 'string') continue;
      for (const literal of VERBATIM) {
        if (source.includes(literal) && !target.includes(literal)) wrong.push(`${show(key)}: ${literal}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is translated, not a copy of English', () => {
    const identical = [...english]
      .filter(([key, source]) => translated.get(key) === source)
      .map(([key]) => (JSON.parse(key) as string[]).join('.'))
      .filter((key) => !(ALLOWED_IDENTICAL[key] ?? []).includes(lng));
    expect(identical).toEqual([]);
  });
});
