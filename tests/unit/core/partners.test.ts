import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, newCore, type TestCore } from './helpers';

// The partner register through the real dispatcher, on a real encrypted register.

let t: TestCore;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

async function org(name: string, extra: Record<string, unknown> = {}) {
  return call(t.core, 'organisations:save', { name, ...extra });
}

describe('organisations', () => {
  it('saves an organisation with offers and lists it with counts', async () => {
    const saved = await org('Jobcenter Aarhus', {
      sector: 'job-centre',
      municipality: 'Aarhus',
      howWeWork: 'Sagsbehandlere henviser borgere til mentorforløb.',
      tags: ['beskæftigelse'],
      offers: [{ title: 'Mentorhenvisning', languages: ['da', 'ar'], howToRefer: 'Ring til teamet' }],
    });
    expect(saved.offers).toHaveLength(1);
    expect(saved.offers[0]?.languages).toEqual(['da', 'ar']);
    const row = (await call(t.core, 'organisations:list', {})).find((r) => r.id === saved.id);
    expect(row).toMatchObject({ name: 'Jobcenter Aarhus', sector: 'job-centre', offers: 1, contacts: 0, archived: false });
  });

  it('edits offers in place: kept ones keep their id, removed ones go', async () => {
    const saved = await org('Røde Kors Odense', { offers: [{ title: 'Lektiecafé' }, { title: 'Netværksgruppe' }] });
    const [first] = saved.offers;
    const edited = await call(t.core, 'organisations:save', {
      id: saved.id,
      name: saved.name,
      offers: [{ ...first!, title: 'Lektiecafé for voksne' }],
    });
    expect(edited.offers.map((o) => [o.id, o.title])).toEqual([[first!.id, 'Lektiecafé for voksne']]);
  });

  it('archives out of the list and back, and deletes for good (audited, without the name)', async () => {
    const saved = await org('Boligselskabet Vest');
    await call(t.core, 'organisations:archive', { id: saved.id, archived: true });
    expect((await call(t.core, 'organisations:list', {})).some((r) => r.id === saved.id)).toBe(false);
    expect((await call(t.core, 'organisations:list', { includeArchived: true })).find((r) => r.id === saved.id)?.archived).toBe(true);
    await call(t.core, 'organisations:delete', { id: saved.id });
    expect((await callFails(t.core, 'organisations:get', { id: saved.id })).code).toBe('NOT_FOUND');
    const audit = await call(t.core, 'audit:recent', { limit: 5 });
    expect(audit.map((a) => a.action)).toContain('organisation.deleted');
    expect(JSON.stringify(audit)).not.toContain('Boligselskabet');
  });

  it('answers NOT_FOUND for an organisation that does not exist, changing nothing', async () => {
    const before = await call(t.core, 'organisations:list', { includeArchived: true });
    expect((await callFails(t.core, 'organisations:save', { id: 999_999, name: 'Ghost' })).code).toBe('NOT_FOUND');
    expect(await call(t.core, 'organisations:list', { includeArchived: true })).toEqual(before);
  });
});

describe('contact persons', () => {
  it('keeps membership history: a person who changed jobs lists only the current organisation', async () => {
    const old = await org('Kommune Vejle');
    const now = await org('Dansk Flygtningehjælp');
    const saved = await call(t.core, 'contacts:save', {
      name: 'Mette Sørensen',
      email: 'Mette.Sorensen@drc.dk',
      memberships: [
        { organisationId: old.id, role: 'Integrationskonsulent', from: '2019-01-01', to: '2023-06-30' },
        { organisationId: now.id, role: 'Frivilligkoordinator', from: '2023-07-01' },
      ],
      themes: ['volunteering'],
    });
    expect(saved.memberships).toHaveLength(2);
    const row = (await call(t.core, 'contacts:list', {})).find((r) => r.id === saved.id);
    expect(row?.organisations).toBe('Dansk Flygtningehjælp');
    const former = await call(t.core, 'organisations:get', { id: old.id });
    expect(former.people).toEqual([expect.objectContaining({ name: 'Mette Sørensen', to: '2023-06-30' })]);
  });

  it('warns of duplicates: the same e-mail in other case and spacing, or a similar name at the same organisation', async () => {
    const drc = (await call(t.core, 'organisations:list', {})).find((r) => r.name === 'Dansk Flygtningehjælp')!;
    const byEmail = await call(t.core, 'contacts:findDuplicates', {
      name: 'Someone Else',
      email: '  mette.sorensen@DRC.dk ',
      organisationIds: [],
    });
    expect(byEmail).toEqual([expect.objectContaining({ name: 'Mette Sørensen', reason: 'same-email' })]);
    const byName = await call(t.core, 'contacts:findDuplicates', { name: 'mette sorensen', email: '', organisationIds: [drc.id] });
    expect(byName).toEqual([expect.objectContaining({ name: 'Mette Sørensen', reason: 'similar-name-same-organisation' })]);
    const elsewhere = await org('Jobcenter Odense');
    expect(await call(t.core, 'contacts:findDuplicates', { name: 'Mette Sørensen', email: '', organisationIds: [elsewhere.id] })).toEqual(
      [],
    );
  });

  it('derives "last contacted" from logged interactions', async () => {
    const person = (await call(t.core, 'contacts:list', {})).find((r) => r.name === 'Mette Sørensen')!;
    await call(t.core, 'interactions:save', { kind: 'call', date: '2026-10-01', contactIds: [person.id], summary: 'Henvisning drøftet' });
    await call(t.core, 'interactions:save', { kind: 'meeting', date: '2026-11-20', contactIds: [person.id] });
    const detail = await call(t.core, 'contacts:get', { id: person.id });
    expect(detail.lastContacted).toBe('2026-11-20');
    expect(detail.interactions.map((i) => i.kind)).toEqual(['meeting', 'call']);
    expect((await call(t.core, 'contacts:list', {})).find((r) => r.id === person.id)?.lastContacted).toBe('2026-11-20');
  });
});

describe('search', () => {
  it('finds people and organisations regardless of accents, case and Nordic letters', async () => {
    await call(t.core, 'contacts:save', { name: 'Muhammad Al-Sayed', email: 'mas@example.org' });
    await call(t.core, 'contacts:save', { name: 'Ærø Virtanen' });
    const titles = async (q: string) => (await call(t.core, 'search:query', { text: q, limit: 10 })).map((h) => h.title);
    expect(await titles('sorensen')).toContain('Mette Sørensen');
    expect(await titles('SØRENSEN')).toContain('Mette Sørensen');
    expect(await titles('Mohammed')).toContain('Muhammad Al-Sayed');
    expect(await titles('aero')).toContain('Ærø Virtanen');
    expect(await titles('flygtningehjaelp')).toContain('Dansk Flygtningehjælp');
    expect(await titles('mentorhenv')).toContain('Jobcenter Aarhus');
  });

  it('finds a short sound-alike by its whole key, a longer one as it is typed', async () => {
    await call(t.core, 'contacts:save', { name: 'Ayşe Kaya' });
    await call(t.core, 'contacts:save', { name: 'Kai Koivisto' });
    await call(t.core, 'contacts:save', { name: 'Kirsten Kjærgaard' });
    const titles = async (q: string) => (await call(t.core, 'search:query', { text: q, limit: 10 })).map((h) => h.title);
    // "kaia" sounds like Kaya and Kai (key k), not like every name starting with k (kjrgrd…).
    expect(await titles('kaia')).toEqual(expect.arrayContaining(['Ayşe Kaya', 'Kai Koivisto']));
    expect(await titles('kaia')).not.toContain('Kirsten Kjærgaard');
    // Half a name by sound (muham → mhm…) still finds Muhammad.
    expect(await titles('muhamm')).toContain('Muhammad Al-Sayed');
    expect(await titles('mohamm')).toContain('Muhammad Al-Sayed');
  });

  it('follows renames and deletions, and survives query syntax in the search box', async () => {
    const o = await org('Foreningen Gammelt Navn');
    await call(t.core, 'organisations:save', { id: o.id, name: 'Foreningen Nyt Navn' });
    const hits = async (q: string) => (await call(t.core, 'search:query', { text: q, limit: 10 })).map((h) => h.title);
    expect(await hits('gammelt')).toEqual([]);
    expect(await hits('nyt navn')).toEqual(['Foreningen Nyt Navn']);
    await call(t.core, 'organisations:delete', { id: o.id });
    expect(await hits('nyt navn')).toEqual([]);
    for (const q of ['"', 'a AND', 'NEAR(', '*', '-x', '{title}:', "o'brien"]) expect(Array.isArray(await hits(q))).toBe(true);
  });
});

describe('networks', () => {
  it('keeps member organisations and meetings', async () => {
    const a = await org('Netværk A-medlem');
    const net = await call(t.core, 'networks:save', {
      name: 'Integrationsnetværk Østjylland',
      purpose: 'Kvartalsmøder',
      memberIds: [a.id],
    });
    await call(t.core, 'interactions:save', { kind: 'network-meeting', date: '2026-09-15', networkId: net.id, organisationIds: [a.id] });
    const got = await call(t.core, 'networks:get', { id: net.id });
    expect(got.members.map((m) => m.name)).toEqual(['Netværk A-medlem']);
    expect(got.meetings).toHaveLength(1);
    expect((await call(t.core, 'organisations:get', { id: a.id })).networks.map((n) => n.name)).toEqual(['Integrationsnetværk Østjylland']);
    expect((await call(t.core, 'networks:list', {})).find((n) => n.id === net.id)).toMatchObject({ members: 1, lastMeeting: '2026-09-15' });
  });
});

describe('integrity after all of the above', () => {
  it('passes register:verify (foreign keys, audit chain, pages)', async () => {
    const report = await call(t.core, 'register:verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  });
});
