import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DirectoryGroup, DirectoryOrganisation, DirectoryPerson } from '../../../electron/core/export/directory-data';
import { directoryDocx, writeDirectoryDocx, type DirectoryDocInput } from '../../../electron/core/export/directory-docx';

// The long partner directory is streamed as hand-written WordprocessingML (directory-xml.ts).
// It must be the document docx would have built: the same word/document.xml byte for byte, and
// the same other parts, so it looks exactly as before.

const person = (i: number, over: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  name: `Person ${i} "Ø" & <co>`,
  role: i % 2 ? 'Koordinator' : '',
  email: i % 3 ? `p${i}@example.dk` : '',
  phone: i % 4 ? '+45 20 30 40 50' : '',
  themes: i % 2 ? ['employment', 'health'] : ['mentoring-referrals'],
  ...over,
});

function organisation(i: number): DirectoryOrganisation {
  return {
    id: i,
    name: `Organisation ${i} – ተስፋይ 'x' \u0001`,
    sector: i % 3 ? 'civil-society' : 'job-centre',
    municipality: i % 5 ? 'Aarhus' : '',
    address: i % 2 ? 'Vej 1\nAarhus' : 'Gade 2',
    website: i % 2 ? 'example.dk' : '',
    email: i % 3 ? 'org@example.dk' : '',
    phone: i % 4 ? '12 34' : '',
    howWeWork: i % 2 ? '  We work\r\nwell\n\nand more ' : '',
    offers:
      i % 4 === 0
        ? []
        : [
            {
              title: `Offer ${i}`,
              description: i % 2 ? 'Desc\nline 2' : '',
              targetGroup: 'Ledige',
              languages: ['da', 'ar', 'tigrinya'],
              area: i % 3 ? 'Aarhus' : ' ',
              howToRefer: 'Mail',
              contact: i % 2 ? person(i) : null,
            },
            { title: 'Second', description: '', targetGroup: '', languages: [], area: '', howToRefer: '', contact: null },
          ],
    people: i % 3 ? [person(i), person(i + 1)] : [],
  };
}

function input(groupBy: 'sector' | 'theme', count: number): DirectoryDocInput {
  const orgs = Array.from({ length: count }, (_, i) => organisation(i + 1));
  const groups: DirectoryGroup[] =
    groupBy === 'sector'
      ? [
          { key: 'job-centre', organisations: orgs.filter((o) => o.sector === 'job-centre') },
          { key: 'civil-society', organisations: orgs.filter((o) => o.sector === 'civil-society') },
        ]
      : [
          { key: 'employment', organisations: orgs.filter((o) => o.people.some((p) => p.themes.includes('employment'))) },
          { key: 'none', organisations: orgs.filter((o) => o.people.length === 0) },
        ];
  return {
    organisationName: 'Netværket',
    language: 'da',
    date: new Date('2026-03-04T10:00:00Z'),
    selection: ['Kommune: Aarhus'],
    groupBy,
    groups,
  };
}

// docx numbers bookmarks with a counter for the whole process, and stamps the time it was built.
const comparable = (xml: string) =>
  xml
    .replace(/_Toc\d+/g, '_TocN')
    .replace(/w:id="\d+"/g, 'w:id="N"')
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
const parts = (docx: Buffer) =>
  Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, data]) => [name, comparable(strFromU8(data))]));

describe('the streamed partner directory', () => {
  for (const groupBy of ['sector', 'theme'] as const) {
    it(`is the document docx builds, part for part (grouped by ${groupBy})`, async () => {
      const whole = parts(await directoryDocx(input(groupBy, 60), { stream: false }));
      const streamed = parts(await directoryDocx(input(groupBy, 60), { stream: true }));
      expect(Object.keys(streamed).sort()).toEqual(Object.keys(whole).sort());
      for (const name of Object.keys(whole)) expect(streamed[name], name).toBe(whole[name]);
      expect(streamed['word/document.xml']).toContain('Organisation 60');
      expect(streamed['word/document.xml']).not.toContain('bindeled-group-');
    });
  }

  it('streams a long directory by default, in more than one chunk', async () => {
    const chunks: Uint8Array[] = [];
    await writeDirectoryDocx(input('sector', 3000), (c) => chunks.push(c));
    expect(chunks.length).toBeGreaterThan(10);
    expect(parts(Buffer.concat(chunks))['word/document.xml']).toContain('Organisation 3000');
  });

  it('stops when the signal is aborted: before it starts, or between two chunks', async () => {
    const before = new AbortController();
    before.abort();
    const none: Uint8Array[] = [];
    await expect(writeDirectoryDocx(input('sector', 3000), (c) => none.push(c), { signal: before.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(none).toEqual([]);

    const midway = new AbortController();
    const some: Uint8Array[] = [];
    const writing = writeDirectoryDocx(
      input('sector', 3000),
      (c) => {
        some.push(c);
        if (some.length === 3) midway.abort();
      },
      { signal: midway.signal },
    );
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    const all: Uint8Array[] = [];
    await writeDirectoryDocx(input('sector', 3000), (c) => all.push(c));
    expect(some.length).toBeGreaterThanOrEqual(3);
    expect(some.length).toBeLessThan(all.length);
  });
});
