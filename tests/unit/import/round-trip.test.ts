import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, lock, newCore, tempDir } from '../core/helpers';

// Property: what Bindeled exports, Bindeled imports back unchanged — names in any script,
// commas, quotes, line breaks, and values that begin like formulas (phone numbers with +).

afterAll(cleanupTempDirs);

const PARTS = [
  'Sørensen',
  'محمد',
  'ሰላም',
  'Nguyễn Thị',
  "O'Brien",
  'Çağla',
  'Åse',
  'Jääskeläinen',
  'Олена',
  'van der Berg',
  'Ahmed "Ali"',
  'Lind, Anna',
];

function seeded(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('export → import round trip', () => {
  it.each([1, 2, 3])('keeps every contact exactly (seed %i)', async (seed) => {
    const rnd = seeded(seed);
    const pick = () => PARTS[Math.floor(rnd() * PARTS.length)] ?? 'X';
    const t = newCore();
    await createRegister(t.core);
    const org = await call(t.core, 'organisations:save', { name: `Forening ${pick()}` });
    const people = Array.from({ length: 25 }, (_, i) => ({
      name: `${pick()} ${pick()} ${i}`,
      email: `p${seed}x${i}@example.org`,
      phone: rnd() < 0.5 ? `+45 ${Math.floor(10_000_000 + rnd() * 89_999_999)}` : '',
      role: rnd() < 0.3 ? '=Koordinator, "frivillig"\nmandag' : `Rolle ${pick()}`,
      memberships: [{ organisationId: org.id }],
    }));
    for (const person of people) await call(t.core, 'contacts:save', person);
    const file = path.join(tempDir(), 'contacts.csv');
    await call(t.core, 'export:contacts', { path: file, format: 'csv' });
    await lock(t.core);

    await createRegister(t.core);
    const preview = await call(t.core, 'import:preview', { path: file, target: 'contacts' });
    const summary = await call(t.core, 'import:run', {
      path: file,
      target: 'contacts',
      mapping: preview.mapping,
      operationId: `rt-${seed}`,
    });
    expect(summary).toMatchObject({ created: people.length, rejected: [] });
    const back = (await call(t.core, 'contacts:list', {})).map((c) => ({
      name: c.name,
      email: c.email,
      phone: c.phone,
      role: c.role,
      org: c.organisations,
    }));
    const sent = people.map((p) => ({ name: p.name, email: p.email, phone: p.phone, role: p.role, org: org.name }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(back.sort(byName)).toEqual(sent.sort(byName));
    t.core.shutdown();
  });
});
