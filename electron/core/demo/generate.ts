import { THEMES, type SECTORS } from '../../../shared/contract';
import { foldText, normaliseEmail } from '../../../shared/text';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { nameKey, phoneKey } from '../partners/rows';
import { indexEntity } from '../partners/search-index';
import { indexAll } from './index-all';
import { MIGRANT, NORDIC, personName } from './names';
import { phoneNumber, PLACES, type Place } from './places';
import { generateMentoring, type MentoringCounts } from './mentoring';
import { createRng, type Rng } from './prng';
import { localToday } from '../mentoring/rows';
import { da, nb } from './texts-da-nb';
import { fi, sv } from './texts-sv-fi';
import type { DemoTexts, TextLanguage } from './texts';

// Synthetic partner-register data for trying the app and for benchmarks: deterministic (seeded),
// written in one transaction with prepared statements, then indexed for search with the
// repositories' own reindex functions so search behaves as after ordinary saves.

export const DEMO_SIZES = {
  s: { organisations: 50, contacts: 300, networks: 6, interactions: 300, mentors: 40, mentees: 120 },
  m: { organisations: 500, contacts: 5_000, networks: 40, interactions: 4_000, mentors: 400, mentees: 2_700 },
  l: { organisations: 5_000, contacts: 50_000, networks: 200, interactions: 30_000, mentors: 3_000, mentees: 20_000 },
  // Ten times l: how the figures grow (bench `--size xl`); minutes to generate.
  xl: { organisations: 50_000, contacts: 500_000, networks: 2_000, interactions: 300_000, mentors: 30_000, mentees: 200_000 },
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;
export const DEMO_SEED = 20261127;

type Sector = (typeof SECTORS)[number];
const TEXTS: Record<TextLanguage, DemoTexts> = { da, nb, sv, fi };
const SECTOR_WEIGHTS: [Sector, number][] = [
  ['civil-society', 40],
  ['company', 15],
  ['education', 9],
  ['municipality', 8],
  ['housing-social', 8],
  ['job-centre', 6],
  ['health', 6],
  ['foundation', 4],
  ['other', 4],
];
const STREETS: Record<TextLanguage, string[]> = {
  da: ['Vestergade', 'Søndergade', 'Nørregade', 'Algade', 'Stationsvej', 'Skolevej'],
  nb: ['Storgata', 'Kirkegata', 'Jernbanegata', 'Skolegata', 'Torggata'],
  sv: ['Storgatan', 'Kyrkogatan', 'Skolgatan', 'Handelsesplanaden'],
  fi: ['Kauppakatu', 'Koulukatu', 'Asemakatu', 'Kirkkokatu'],
};
const MAILBOX: Record<TextLanguage, string> = { da: 'kontakt', nb: 'post', sv: 'info', fi: 'info' };
const EXTRA_LANGUAGES = ['en', 'ar', 'so', 'ti', 'uk', 'fa', 'tr', 'vi', 'pl'];

interface Org {
  id: number;
  place: Place;
  domain: string;
  current: number[];
}

function weighted(rng: Rng): Sector {
  let r = rng.next() * 100;
  for (const [sector, w] of SECTOR_WEIGHTS) if ((r -= w) < 0) return sector;
  return 'other';
}

const pad = (n: number) => String(n).padStart(2, '0');
function date(rng: Rng, fromYear: number, toYear: number): string {
  return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}
const phone = phoneNumber;
const slug = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** A name not used yet: the template's, then with a district, then numbered. */
function unique(used: Set<string>, name: string, rng: Rng, districts: string[]): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = i < 6 ? `${name} ${rng.pick(districts)}` : `${name} ${i}`;
  used.add(candidate);
  return candidate;
}

export interface DemoCounts extends MentoringCounts {
  organisations: number;
  contacts: number;
  offers: number;
  memberships: number;
  networks: number;
  interactions: number;
}

/**
 * Fills an empty register with demo data: partners, then mentors, mentees and about four years
 * of mentoring courses up to `today` (YYYY-MM-DD; the same seed and day give the same register).
 * Refuses a register that already has partners or mentoring records in it.
 */
export function generateDemo(db: Db, size: DemoSize, actor: string, seed = DEMO_SEED, today = localToday()): DemoCounts {
  const has = db
    .prepare(
      'SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM mentors) + (SELECT count(*) FROM mentees) AS n',
    )
    .get() as { n: number };
  if (has.n > 0) throw new CoreError('NOT_ALLOWED', 'demo data goes only into a register without partners, mentors or mentees');
  const rng = createRng(seed);
  const counts: DemoCounts = {
    organisations: 0,
    contacts: 0,
    offers: 0,
    memberships: 0,
    networks: 0,
    interactions: 0,
    mentors: 0,
    mentees: 0,
    cases: 0,
    caseEvents: 0,
    meetings: 0,
    followUps: 0,
  };

  // Big transactions: a page cache that holds them keeps SQLite from spilling (and encrypting)
  // the same pages to the WAL again and again. Restored afterwards.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    fill(db, size, rng, counts);
    // Its own random stream, so the partner data stays what it was before mentoring existed.
    Object.assign(counts, generateMentoring(db, DEMO_SIZES[size], createRng(seed ^ 0x5bd1e995), today));
    db.transaction(() => appendAudit(db, { actor, action: 'demo.generated', details: { size, ...counts } }))();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return counts;
}

function fill(db: Db, size: DemoSize, rng: Rng, counts: DemoCounts): void {
  const target = DEMO_SIZES[size];
  const stamp = (year: number) => `${date(rng, year, year)}T09:00:00.000Z`;
  db.transaction(() => {
    const insertOrg = db.prepare(
      `INSERT INTO organisations (name, sector, country, municipality, address, website, email, phone, how_we_work, tags, name_key, archived, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const orgs: Org[] = [];
    const usedNames = new Set<string>();
    for (let i = 0; i < target.organisations; i++) {
      const place = rng.pick(PLACES);
      const t = TEXTS[place.language];
      const sector = weighted(rng);
      const template = rng.pick(t.orgNames[sector]);
      const name = unique(usedNames, template.replace('{m}', place.name).replace('{g}', place.genitive), rng, t.districts);
      const domain = `${slug(
        name
          .split(/[\s,]+/)
          .slice(0, 3)
          .join(' '),
      )}.${place.domain}`;
      const howWeWork = rng.chance(0.85) ? rng.sample(t.howWeWork, rng.int(1, 3)).join(' ') : '';
      const created = stamp(rng.int(2019, 2025));
      const id = Number(
        insertOrg.run(
          name,
          sector,
          place.country,
          place.name,
          `${rng.pick(STREETS[place.language])} ${rng.int(1, 120)}, ${place.name}`,
          `https://www.${domain}`,
          `${MAILBOX[place.language]}@${domain}`,
          phone(rng, place),
          howWeWork,
          JSON.stringify(rng.sample(t.tags, rng.int(0, 3))),
          nameKey(name),
          rng.chance(0.03) ? 1 : 0,
          created,
          created,
        ).lastInsertRowid,
      );
      orgs.push({ id, place, domain, current: [] });
    }
    counts.organisations = orgs.length;

    // The phone key (migration 15) only where the schema has it: tests fill registers on an older
    // schema to check what a later migration backfills.
    const withPhoneKey = (db.prepare("SELECT 1 FROM pragma_table_info('contacts') WHERE name = 'phone_key'").get() ?? null) !== null;
    const contactColumns = `name, role, email, email_key, phone, ${withPhoneKey ? 'phone_key, ' : ''}preferred_language, themes, notes, name_key, archived, created_at, updated_at`;
    const insertContact = db.prepare(
      `INSERT INTO contacts (${contactColumns}) VALUES (${contactColumns
        .split(',')
        .map(() => '?')
        .join(', ')})`,
    );
    const insertMembership = db.prepare(
      'INSERT INTO memberships (contact_id, organisation_id, role, from_date, to_date) VALUES (?, ?, ?, ?, ?)',
    );
    const emails = new Map<string, number>();
    const contactIds: number[] = [];
    for (let j = 0; j < target.contacts; j++) {
      const org = rng.pick(orgs);
      const t = TEXTS[org.place.language];
      const migrant = rng.chance(0.3);
      const person = personName(rng, migrant ? rng.pick(MIGRANT) : NORDIC[org.place.language]);
      const local = foldText(person.latin).replace(/[^a-z0-9.]/g, '');
      const seen = emails.get(local) ?? 0;
      emails.set(local, seen + 1);
      const email = `${local}${seen ? seen + 1 : ''}@${org.domain}`;
      const role = rng.pick(t.roles);
      const themes = rng.chance(0.35) ? rng.sample(THEMES.slice(0, 6), rng.int(1, 2)) : [];
      const created = stamp(rng.int(2019, 2025));
      const tel = phone(rng, org.place); // drawn where the insert drew it, so the demo data stay the same
      const id = Number(
        insertContact.run(
          person.name,
          role,
          email,
          normaliseEmail(email),
          tel,
          ...(withPhoneKey ? [phoneKey(tel)] : []),
          migrant && rng.chance(0.5) ? person.language : org.place.language,
          JSON.stringify(themes),
          rng.pick(t.notes),
          nameKey(person.name),
          rng.chance(0.02) ? 1 : 0,
          created,
          created,
        ).lastInsertRowid,
      );
      contactIds.push(id);
      // People change jobs: some have left an earlier organisation, a few have left this one too.
      if (rng.chance(0.2)) {
        const before = rng.pick(orgs);
        if (before !== org) {
          insertMembership.run(id, before.id, rng.pick(TEXTS[before.place.language].roles), date(rng, 2010, 2015), date(rng, 2016, 2023));
          counts.memberships++;
        }
      }
      const left = rng.chance(0.04);
      insertMembership.run(id, org.id, role, date(rng, 2014, 2024), left ? date(rng, 2024, 2025) : null);
      counts.memberships++;
      if (!left) org.current.push(id);
    }
    counts.contacts = contactIds.length;

    const insertOffer = db.prepare(
      'INSERT INTO offers (organisation_id, title, description, target_group, languages, area, how_to_refer, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const org of orgs) {
      const t = TEXTS[org.place.language];
      for (const f of rng.sample(t.offers, rng.int(0, 3))) {
        const languages = [org.place.language, ...rng.sample(EXTRA_LANGUAGES, rng.int(0, 3))];
        const contact = org.current.length && rng.chance(0.7) ? rng.pick(org.current) : null;
        insertOffer.run(org.id, f.title, f.description, f.targetGroup, JSON.stringify(languages), org.place.name, f.howToRefer, contact);
        counts.offers++;
      }
    }

    const insertNetwork = db.prepare('INSERT INTO networks (name, purpose, archived, created_at, updated_at) VALUES (?, ?, 0, ?, ?)');
    const insertMember = db.prepare('INSERT OR IGNORE INTO network_members (network_id, organisation_id) VALUES (?, ?)');
    const networks: { id: number; members: Org[]; language: TextLanguage }[] = [];
    const usedNetworks = new Set<string>();
    for (let k = 0; k < target.networks; k++) {
      const place = rng.pick(PLACES);
      const t = TEXTS[place.language];
      const n = rng.pick(t.networks);
      const name = unique(usedNetworks, n.name.replace('{m}', place.name), rng, t.districts);
      const created = stamp(rng.int(2019, 2024));
      const id = Number(insertNetwork.run(name, n.purpose, created, created).lastInsertRowid);
      const members = rng.sample(
        orgs.filter((o) => o.place.country === place.country),
        rng.int(4, 14),
      );
      for (const m of members) insertMember.run(id, m.id);
      indexEntity(db, 'network', id, { label: name, subtitle: '', title: name, body: n.purpose });
      networks.push({ id, members, language: place.language });
    }
    counts.networks = networks.length;

    const insertInteraction = db.prepare('INSERT INTO interactions (kind, date, summary, network_id, created_at) VALUES (?, ?, ?, ?, ?)');
    const addContact = db.prepare('INSERT OR IGNORE INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)');
    const addOrg = db.prepare('INSERT OR IGNORE INTO interaction_organisations (interaction_id, organisation_id) VALUES (?, ?)');
    for (let i = 0; i < target.interactions; i++) {
      const network = networks.length && rng.chance(0.25) ? rng.pick(networks) : null;
      const involved = network ? rng.sample(network.members, rng.int(2, 6)) : [rng.pick(orgs)];
      const language = network?.language ?? involved[0]?.place.language ?? 'da';
      const kind = network ? 'network-meeting' : rng.pick(['meeting', 'call', 'email'] as const);
      const when = date(rng, 2023, 2026).replace(/^2026-(1[12])/, '2026-10');
      const id = Number(
        insertInteraction.run(kind, when, rng.pick(TEXTS[language].summaries), network?.id ?? null, `${when}T12:00:00.000Z`)
          .lastInsertRowid,
      );
      for (const o of involved) {
        addOrg.run(id, o.id);
        for (const c of rng.sample(o.current, network ? 1 : rng.int(1, 2))) addContact.run(id, c);
      }
      counts.interactions++;
    }

    indexAll(db);
  })();
}
