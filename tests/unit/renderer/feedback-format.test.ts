import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Consent } from '../../../shared/contract/consents-schemas';
import { docDate, docNumber, omissionDate, omissionTodo } from '../../../renderer/src/features/feedback/feedback-format';

// The feedback dialog's reading of why a section is left out ("the consent expired on …") and
// what to do about it, and the report language's dates and numbers in its preview.

type ConsentValue = z.output<typeof Consent>;

const JOB_CENTRE = 7;

function consent(over: Partial<ConsentValue>): ConsentValue {
  return {
    id: 1,
    purpose: 'feedback-sharing',
    recipientOrganisationId: JOB_CENTRE,
    categories: ['attendance'],
    givenOn: '2025-01-10',
    expiresOn: null,
    withdrawnAt: null,
    person: { kind: 'mentee', id: 1 },
    recipientName: 'Jobcenter Aarhus',
    method: 'signed',
    witness: '',
    interpreterLanguage: null,
    templateId: null,
    templateHash: null,
    templateLabel: null,
    evidence: null,
    withdrawnHow: null,
    withdrawnBy: null,
    note: '',
    recordedBy: 'Owner',
    createdAt: '2025-01-10T10:00',
    state: 'valid',
    ...over,
  };
}

describe('omissionDate', () => {
  const consents = [
    consent({ id: 1, categories: ['attendance', 'goals'] }),
    consent({ id: 2, categories: ['outcome'], expiresOn: '2026-03-31', state: 'expired' }),
    consent({ id: 3, categories: ['attendance'], expiresOn: '2026-06-30', state: 'expired' }),
    consent({ id: 4, categories: ['notes'], withdrawnAt: '2026-05-02T14:30', state: 'withdrawn' }),
    consent({ id: 5, categories: ['outcome'], givenOn: '2027-01-01', state: 'future' }),
    // Another partner's consent never explains this recipient's report.
    consent({ id: 6, recipientOrganisationId: 99, categories: ['outcome'], expiresOn: '2026-10-01', state: 'expired' }),
  ];

  it('dates an expiry by the consent that covered the category, not a later one for something else', () => {
    expect(omissionDate('expired', 'outcome', consents, JOB_CENTRE)).toBe('2026-03-31');
  });

  it('dates a withdrawal by when it was withdrawn', () => {
    expect(omissionDate('withdrawn', 'notes', consents, JOB_CENTRE)).toBe('2026-05-02T14:30');
  });

  it('dates a consent not yet in force by when it begins', () => {
    expect(omissionDate('not-yet-valid', 'outcome', consents, JOB_CENTRE)).toBe('2027-01-01');
  });

  it('falls back to any consent to the recipient when none covered the category', () => {
    expect(omissionDate('expired', 'goals', consents.slice(1), JOB_CENTRE)).toBe('2026-06-30');
  });

  it('has no date for reasons without one, or when no consent matches', () => {
    expect(omissionDate('category-not-covered', 'outcome', consents, JOB_CENTRE)).toBeNull();
    expect(omissionDate('no-consent', 'outcome', [], JOB_CENTRE)).toBeNull();
    expect(omissionDate('expired', 'outcome', consents, 12)).toBeNull();
  });
});

describe('omissionTodo', () => {
  it('sends consent reasons to the consents, the agreement to the agreement, an empty comment to the comment box', () => {
    expect(omissionTodo('no-consent', 'status')).toBe('consent');
    expect(omissionTodo('expired', 'meetings')).toBe('consent');
    expect(omissionTodo('category-not-covered', 'comment')).toBe('consent');
    expect(omissionTodo('not-in-agreement', 'status')).toBe('agreement');
    expect(omissionTodo('empty', 'comment')).toBe('comment');
    expect(omissionTodo('empty', 'goals')).toBeNull();
  });
});

describe('dates and numbers in the report language', () => {
  it('prints a date as each language writes it', () => {
    expect(docDate('2026-03-03', 'en')).toBe('3 March 2026');
    expect(docDate('2026-03-03', 'da')).toBe('3. marts 2026');
    expect(docDate('2026-03-03T23:59', 'fi')).toBe('3. maaliskuuta 2026');
  });

  it('prints a decimal with the language’s separator', () => {
    expect(docNumber(4.5, 'en')).toBe('4.5');
    expect(docNumber(4.5, 'da')).toBe('4,5');
    expect(docNumber(7, 'sv')).toBe('7');
  });
});
