import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentTerms, type DataCategory } from '../../../shared/contract/consents-schemas';
import { FEEDBACK_CONTENTS } from '../../../shared/contract/mentoring-schemas';
import { FEEDBACK_SECTIONS, type FeedbackSection } from '../../../shared/contract/reports';
import { OrganisationInput } from '../../../shared/contract/partners-schemas';
import { categoriesForFeedback } from '../../../electron/core/consents/agreement-categories';
import { consentTermsOf, decideDisclosure } from '../../../electron/core/consents/decide';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeFeedbackReport } from '../../../electron/core/reports/feedback/export';
import { SECTION_CATEGORY } from '../../../electron/core/reports/feedback/model';
import { cleanup, directRegister, docxText, giveConsent, seedCourse, tmp } from './feedback-fixture';

// For random consents (purpose, recipient, categories, given, expiry, withdrawal) and random
// start agreements, the written report holds a section's content exactly when the disclosure
// rule covers its category (and the agreement lists it), and the logged disclosure's categories
// are exactly the included sections' categories. Without identity, nothing is written or logged.

const AT = '2026-05-20T10:00';
let register: OpenRegister;
let out: string;
let orgId: number;
let otherOrgId: number;
let n = 0;

/** Text that only the section's content puts in the (English) document. */
const MARKERS: Record<FeedbackSection, string[]> = {
  meetings: ['Meetings and attendance', '14 April 2026', 'Three-party meeting'],
  goals: ['Goals and progress', 'Bestå Prøve i Dansk 3'],
  status: ['Status of the course'],
  'next-steps': ['Next steps', '5 January 2099', '1 June 2099'],
  comment: ["The coordinator's own comment", 'Kommentar ZQX'],
};

const day = fc.integer({ min: 0, max: 200 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
const consentArb = fc.record({
  purpose: fc.oneof({ weight: 4, arbitrary: fc.constant('feedback-sharing' as const) }, fc.constantFrom(...CONSENT_PURPOSES)),
  toOther: fc.boolean(),
  categories: fc.subarray([...DATA_CATEGORIES]),
  givenOn: day,
  validDays: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
  withdrawnAt: fc.option(
    fc.tuple(day, fc.integer({ min: 0, max: 23 })).map(([d, h]) => `${d}T${String(h).padStart(2, '0')}:00`),
    { nil: null },
  ),
});
/** Feedback sharing with the report's recipient, every category, given before AT, never withdrawn. */
const FULL_CONSENT = {
  purpose: 'feedback-sharing' as const,
  toOther: false,
  categories: [...DATA_CATEGORIES],
  givenOn: '2026-01-05',
  validDays: null,
  withdrawnAt: null,
};
const scenario = fc.record({
  consents: fc.array(consentArb, { maxLength: 4 }),
  agreement: fc.option(fc.subarray([...FEEDBACK_CONTENTS]), { nil: null }),
  comment: fc.boolean(),
});

beforeAll(() => {
  register = directRegister();
  out = tmp('bindeled-feedback-prop-');
  orgId = saveOrganisation(register.db, OrganisationInput.parse({ name: 'Jobcenter Aarhus', sector: 'job-centre' }), 'owner');
  otherOrgId = saveOrganisation(register.db, OrganisationInput.parse({ name: 'Jobcenter Odense', sector: 'job-centre' }), 'owner');
});
afterAll(() => cleanup(register));

describe('feedback report against the disclosure rule', () => {
  it('contains a section exactly when the rule covers it, and logs exactly those categories', async () => {
    const seen = { blocked: 0, some: 0, partial: 0 };
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const course = seedCourse(register.db, {
          orgId,
          contactLanguage: 'en',
          agreement: s.agreement === null ? null : { feedbackMayContain: s.agreement },
        });
        for (const c of s.consents) {
          const purpose = c.purpose;
          const expiresOn =
            c.validDays === null
              ? null
              : new Date(Date.parse(`${c.givenOn}T00:00:00Z`) + c.validDays * 86_400_000).toISOString().slice(0, 10);
          giveConsent(register.db, course, purpose === 'feedback-sharing' ? c.categories : [], {
            purpose,
            orgId: c.toOther ? otherOrgId : orgId,
            givenOn: c.givenOn,
            expiresOn,
            withdrawnAt: c.withdrawnAt,
          });
        }
        const terms: ConsentTerms[] = consentTermsOf(register.db, { kind: 'mentee', id: course.menteeId });
        const decision = decideDisclosure(terms, {
          purpose: 'feedback-sharing',
          recipientOrganisationId: orgId,
          categories: DATA_CATEGORIES,
          at: AT,
        });
        const agreed = s.agreement === null ? null : new Set(categoriesForFeedback(s.agreement));
        const expected = FEEDBACK_SECTIONS.filter((section) => {
          const category = SECTION_CATEGORY[section];
          const covered = decision.categories.find((c) => c.category === category)?.allowed === true;
          return covered && (agreed === null || agreed.has(category)) && (section !== 'comment' || s.comment);
        });

        const file = path.join(out, `r-${++n}.docx`);
        const writing = writeFeedbackReport(register, { caseId: course.caseId, path: file, comment: s.comment ? 'Kommentar ZQX' : '' }, AT);
        const logged = () =>
          register.db.prepare('SELECT categories FROM disclosures WHERE case_id = ?').all(course.caseId) as { categories: string }[];
        if (!decision.identity) {
          seen.blocked += 1;
          await expect(writing).rejects.toThrow(/CONSENT_MISSING/);
          expect(existsSync(file)).toBe(false);
          expect(logged()).toEqual([]);
          return;
        }
        const result = await writing;
        if (expected.length > 0) seen.some += 1;
        if (expected.length > 0 && expected.length < FEEDBACK_SECTIONS.length) seen.partial += 1;
        const text = docxText(file);
        for (const section of FEEDBACK_SECTIONS)
          for (const marker of MARKERS[section])
            expect(
              text.includes(marker),
              `${section} ("${marker}") should ${expected.includes(section) ? '' : 'not '}be in the report`,
            ).toBe(expected.includes(section));
        expect(result.omitted).toEqual(FEEDBACK_SECTIONS.filter((x) => !expected.includes(x)));
        const categories: DataCategory[] = DATA_CATEGORIES.filter((c) => expected.some((x) => SECTION_CATEGORY[x] === c));
        expect(logged().map((r) => JSON.parse(r.categories) as string[])).toEqual([categories]);
      }),
      // Besides 60 random scenarios, one of each branch, so the checks below never hang on luck:
      // no consent (refused), a full consent without a comment (partly) and with one (fully).
      {
        numRuns: 60,
        examples: [
          [{ consents: [], agreement: null, comment: false }],
          [{ consents: [FULL_CONSENT], agreement: null, comment: false }],
          [{ consents: [FULL_CONSENT], agreement: null, comment: true }],
        ],
      },
    );
    // The random scenarios reach every branch: refused, partly and (some) fully included.
    expect(seen.blocked).toBeGreaterThan(0);
    expect(seen.some).toBeGreaterThan(0);
    expect(seen.partial).toBeGreaterThan(0);
  }, 120_000);
});
