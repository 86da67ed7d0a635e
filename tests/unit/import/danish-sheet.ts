// A generated sheet like the one in the report: a Danish Excel export (Windows-1252, ';', CRLF)
// with the shared/fixtures columns, 1,560 rows, 1,505 distinct people (1,505 distinct e-mail
// addresses), 40 exact repeats, 15 repeats whose e-mail differs only in case and spaces, and
// 144 people who share first name, last name and organisation with another person but have
// their own e-mail address and phone. Deterministic (a seeded generator), Latin-1 letters only
// so that Windows-1252 and Latin-1 agree byte for byte.

export const HEADER = ['Navn', 'Organisation', 'Email', 'Tlf', 'Rolle', 'By', 'Bemærkninger'];

const FIRST = [
  'Anne',
  'Søren',
  'Mette',
  'Jørgen',
  'Lærke',
  'Bo',
  'Åse',
  'Niels',
  'Signe',
  'Mads',
  'Ida',
  'Kasper',
  'Freja',
  'Ole',
  'Hanne',
  'Rasmus',
  'Birgitte',
  'Emil',
  'Karen',
  'Jens',
  'Maja',
  'Frederik',
  'Louise',
  'Henrik',
  'Camilla',
  'Thomas',
  'Pernille',
  'Mikkel',
  'Sofie',
  'Anders',
  'Amira',
  'Yusuf',
  'Fatima',
  'Olena',
  'Dmytro',
  'Noor',
  'Hassan',
  'Zeynep',
  'Ahmad',
  'Maryam',
];
const LAST = [
  'Holm',
  'Sørensen',
  'Nielsen',
  'Jensen',
  'Ødegård',
  'Lund',
  'Hansen',
  'Pedersen',
  'Kjær',
  'Mølgaard',
  'Andersen',
  'Christensen',
  'Larsen',
  'Rasmussen',
  'Jørgensen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Poulsen',
  'Al-Sayed',
  'Abdullahi',
  'Yilmaz',
  'Kovalenko',
  'Rahimi',
  'Haddad',
  'Østergaard',
  'Bæk',
  'Dahl',
  'Friis',
];
const ORGS = [
  'Æblehaven Beboerforening',
  'Frivilligcenter Århus',
  'Røde Kors Ølstykke',
  'Dansk Flygtningehjælp Køge',
  'Jobcenter Næstved',
  'Kvindernes Bygning',
  'Ungdomshuset Søndervang',
  'Lektiecafé Gellerup',
  'Foreningen Bydelsmødre',
  'Mødrehjælpen Vejle',
];
const TOWNS = ['Aalborg', 'Århus', 'København', 'Køge', 'Næstved', 'Vejle', 'Odense', 'Ølstykke'];
const ROLES = ['Projektleder', 'Frivillig koordinator', 'Konsulent', 'Mentor-ansvarlig', 'Leder', ''];

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z]/g, '');

export interface Person {
  cells: string[];
  email: string;
}

export interface DanishSheet {
  /** The file's bytes (Windows-1252). */
  bytes: Buffer;
  rows: number;
  people: Person[];
  /** Pairs of people (index into people) with the same name and organisation. */
  namesakes: [number, number][];
  exactRepeats: number;
  caseRepeats: number;
}

export function danishSheet(seed = 2026): DanishSheet {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const people: Person[] = [];
  const used = new Set<string>();
  const person = (name: string, org: string, i: number): Person => {
    const [first = '', last = ''] = name.split(' ');
    const email = `${ascii(first)}.${ascii(last)}${i}@${ascii(org.split(' ')[0] ?? 'org')}.dk`;
    const phone = `+45 ${String(20_000_000 + i * 7919).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
    return { email, cells: [name, org, email, phone, pick(ROLES), pick(TOWNS), random() < 0.2 ? 'Ringer tilbage efter sommerferien' : ''] };
  };
  while (people.length < 1361) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const org = pick(ORGS);
    if (used.has(`${name}|${org}`)) continue;
    used.add(`${name}|${org}`);
    people.push(person(name, org, people.length));
  }
  const namesakes: [number, number][] = [];
  for (let original = 0; namesakes.length < 144; original += 9) {
    const [name = '', org = ''] = people[original]?.cells ?? [];
    namesakes.push([original, people.length]);
    people.push(person(name, org, people.length));
  }
  const lines = people.map((p) => p.cells);
  for (let i = 0; i < 40; i++) lines.push([...(people[i * 37 + 3]?.cells ?? [])]);
  for (let i = 0; i < 15; i++) {
    const cells = [...(people[i * 83 + 5]?.cells ?? [])];
    const email = cells[2] ?? '';
    cells[2] = ` ${email.slice(0, 3).toUpperCase()}${email.slice(3, -3)} ${email.slice(-3).toUpperCase()} `;
    lines.push(cells);
  }
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [lines[i], lines[j]] = [lines[j] as string[], lines[i] as string[]];
  }
  const text = [HEADER, ...lines].map((cells) => cells.join(';')).join('\r\n') + '\r\n';
  return { bytes: Buffer.from(text, 'latin1'), rows: lines.length, people, namesakes, exactRepeats: 40, caseRepeats: 15 };
}
