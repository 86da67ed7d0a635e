import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentTerms, type DataCategory } from '../../../shared/contract/consents-schemas';
import { consentStateAt, decideDisclosure } from '../../../electron/core/consents/decide';

// The disclosure rule on its own, over random sets of consents: every "allowed" is backed by a
// consent that really covers it at that minute, and every refusal really has none.

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const minute = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const recipient = fc.constantFrom(1, 2, 3);

const consentArb = (id: number) =>
  fc
    .record({
      purpose: fc.constantFrom(...CONSENT_PURPOSES),
      recipient,
      categories: fc.subarray([...DATA_CATEGORIES]),
      givenOn: day,
      validDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      withdrawnAt: fc.option(minute, { nil: null }),
    })
    .map((r): ConsentTerms => ({
      id,
      purpose: r.purpose,
      recipientOrganisationId: r.purpose === 'feedback-sharing' ? r.recipient : null,
      categories: r.categories,
      givenOn: r.givenOn,
      expiresOn:
        r.validDays === null ? null : new Date(Date.parse(`${r.givenOn}T00:00:00Z`) + r.validDays * 86_400_000).toISOString().slice(0, 10),
      withdrawnAt: r.withdrawnAt,
    }));
const consentsArb = fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => consentArb(i + 1))));

/** Written independently of decide.ts: the plain reading of the rule. */
function covers(c: ConsentTerms, recipientId: number | null, at: string, category?: DataCategory): boolean {
  const d = at.slice(0, 10);
  return (
    (recipientId === null || c.recipientOrganisationId === recipientId) &&
    c.givenOn <= d &&
    (c.expiresOn === null || d <= c.expiresOn) &&
    (c.withdrawnAt === null || at < c.withdrawnAt) &&
    (category === undefined || c.categories.includes(category))
  );
}

describe('the disclosure rule', () => {
  it('allows a category only when a consent for that purpose and recipient covers it at that minute', () => {
    fc.assert(
      fc.property(consentsArb, recipient, minute, fc.subarray([...DATA_CATEGORIES]), (consents, to, at, categories) => {
        const decision = decideDisclosure(consents, { purpose: 'feedback-sharing', recipientOrganisationId: to, categories, at });
        const forPurpose = consents.filter((c) => c.purpose === 'feedback-sharing');
        expect(decision.identity).toBe(forPurpose.some((c) => covers(c, to, at)));
        for (const d of decision.categories) {
          expect(d.allowed).toBe(forPurpose.some((c) => covers(c, to, at, d.category)));
          if (d.allowed) {
            const used = consents.find((c) => c.id === d.consentId)!;
            expect(covers(used, to, at, d.category) && used.purpose === 'feedback-sharing').toBe(true);
          } else {
            expect(d.consentId).toBeNull();
            expect(d.reason).not.toBeNull();
          }
        }
        expect(decision.allowed).toBe(decision.identity && decision.categories.every((c) => c.allowed));
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a consent for one recipient or purpose stand in for another', () => {
    fc.assert(
      fc.property(consentsArb, minute, (consents, at) => {
        const onlyToOne = consents.map((c) => ({ ...c, purpose: 'feedback-sharing' as const, recipientOrganisationId: 1 }));
        const decision = decideDisclosure(onlyToOne, {
          purpose: 'feedback-sharing',
          recipientOrganisationId: 2,
          categories: ['attendance'],
          at,
        });
        expect(decision.allowed).toBe(false);
        const statistics = decideDisclosure(onlyToOne, { purpose: 'statistics', recipientOrganisationId: null, categories: [], at });
        expect(statistics.identity).toBe(false);
      }),
    );
  });

  const base: ConsentTerms = {
    id: 7,
    purpose: 'feedback-sharing',
    recipientOrganisationId: 1,
    categories: ['attendance', 'goals'],
    givenOn: '2026-03-01',
    expiresOn: '2026-08-31',
    withdrawnAt: null,
  };
  const ask = (c: ConsentTerms, at: string, categories: DataCategory[] = ['attendance']) =>
    decideDisclosure([c], { purpose: 'feedback-sharing', recipientOrganisationId: 1, categories, at });

  it('holds from the first minute of the day given through the last minute of the expiry day', () => {
    expect(ask(base, '2026-02-28T23:59')).toMatchObject({ allowed: false, identityReason: 'not-yet-valid' });
    expect(ask(base, '2026-03-01T00:00').allowed).toBe(true);
    expect(ask(base, '2026-08-31T23:59').allowed).toBe(true);
    expect(ask(base, '2026-09-01T00:00')).toMatchObject({ allowed: false, identityReason: 'expired' });
  });

  it('stops in the very minute of a withdrawal, not a minute later', () => {
    const withdrawn = { ...base, withdrawnAt: '2026-05-10T14:30' };
    expect(ask(withdrawn, '2026-05-10T14:29').allowed).toBe(true);
    expect(ask(withdrawn, '2026-05-10T14:30')).toMatchObject({ allowed: false, identityReason: 'withdrawn' });
    expect(consentStateAt(withdrawn, '2026-05-10T14:31')).toBe('withdrawn');
  });

  it('leaves out free-text notes unless they were ticked, and says why', () => {
    const decision = ask(base, '2026-04-01T10:00', ['attendance', 'notes']);
    expect(decision.allowed).toBe(false);
    expect(decision.categories).toEqual([
      { category: 'attendance', allowed: true, consentId: 7, reason: null },
      { category: 'notes', allowed: false, consentId: null, reason: 'category-not-covered' },
    ]);
    expect(ask({ ...base, categories: ['notes'] }, '2026-04-01T10:00', ['notes']).allowed).toBe(true);
  });

  it('says "no consent" when there is none for the recipient', () => {
    expect(ask({ ...base, recipientOrganisationId: 2 }, '2026-04-01T10:00')).toMatchObject({
      identity: false,
      identityReason: 'no-consent',
    });
  });
});
