import type { OpenRegister } from '../electron/core/register/open-register';

/** The bench's 200 search queries: fixed words in every script, then contact names (every 250th). */
export function benchQueries(register: OpenRegister): string[] {
  const names = register.db.prepare('SELECT name FROM contacts WHERE id % 250 = 0 ORDER BY id').all() as { name: string }[];
  const orgs = register.db.prepare('SELECT name FROM organisations WHERE id % 50 = 0 ORDER BY id').all() as { name: string }[];
  const fixed = [
    'sorensen',
    'mohammed',
    'aarhus',
    'mentor',
    'frivillig',
    'jobcenter',
    'nav bergen',
    'helsinki',
    'lektie',
    'ukrainsk',
    'Nguyen',
    'ተስፋይ',
    'محمد',
    'Олена',
    'oeste',
    'kvinde',
  ];
  const list = [
    ...fixed,
    ...names.map((n) => n.name),
    ...names.map((n) => n.name.split(' ')[0]?.slice(0, 4) ?? ''),
    ...orgs.map((o) => o.name),
  ];
  return list.filter(Boolean).slice(0, 200);
}
