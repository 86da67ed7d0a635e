import type { z } from 'zod';
import { DATA_CATEGORIES, type DataCategory, type PersonRef } from '../../../../shared/contract/consents-schemas';
import type { FeedbackReportInput, FeedbackReportModel, FeedbackSection } from '../../../../shared/contract/reports';
import { FEEDBACK_SECTIONS } from '../../../../shared/contract/reports';
import { catalogs } from '../../../../shared/i18n';
import { LANGUAGES, type Language } from '../../../../shared/languages';
import { categoriesForFeedback } from '../../consents/agreement-categories';
import { localMinuteNow, mayDisclose, type CategoryDecision } from '../../consents/decide';
import type { Db } from '../../db/driver';
import { CoreError } from '../../errors';
import { getCase } from '../../mentoring/cases-repo';
import { addDays } from '../../mentoring/rows';
import type { OpenRegister } from '../../register/open-register';
import { readSettings } from '../../register/settings-repo';
import { displayName } from '../../rights/doc-common';
import { readLetterhead } from '../letterhead';

// The feedback report's content, decided section by section with the one disclosure rule
// (purpose feedback-sharing, recipient the referring organisation, now) and the start
// agreement's list of what the feedback may contain. Only what is included is filled in.

export type FeedbackInput = Omit<z.output<typeof FeedbackReportInput>, 'comment'> & { comment?: string };
type Section = FeedbackReportModel['sections'][number];

/** Which data category each section discloses. */
export const SECTION_CATEGORY: Record<FeedbackSection, DataCategory> = {
  meetings: 'attendance',
  goals: 'goals',
  status: 'outcome',
  'next-steps': 'goals',
  comment: 'notes',
};

/** The model and what the export needs to log it. */
export interface FeedbackPlan {
  model: FeedbackReportModel;
  person: PersonRef;
  personCode: string;
  /** The categories the included sections disclose, canonical order, once each. */
  categories: DataCategory[];
  at: string;
}

/** The day of the last feedback sent for this course to this recipient (as the due list counts it), or null. */
export function lastFeedbackOn(db: Db, caseId: number, recipientOrganisationId: number | null): string | null {
  const row = db
    .prepare("SELECT max(at) AS at FROM disclosures WHERE case_id = ? AND purpose = 'feedback-sharing' AND recipient_organisation_id IS ?")
    .get(caseId, recipientOrganisationId) as { at: string | null };
  return row.at ? row.at.slice(0, 10) : null;
}

/** What people type in a contact's free-text language field, in the five languages, as a language. */
const LANGUAGE_WORDS: Record<string, Language> = {
  dansk: 'da',
  danish: 'da',
  danska: 'da',
  tanska: 'da',
  norsk: 'nb',
  'norsk bokmål': 'nb',
  bokmål: 'nb',
  norwegian: 'nb',
  norska: 'nb',
  norja: 'nb',
  svensk: 'sv',
  svenska: 'sv',
  swedish: 'sv',
  ruotsi: 'sv',
  suomi: 'fi',
  finnish: 'fi',
  finsk: 'fi',
  finska: 'fi',
  english: 'en',
  engelsk: 'en',
  engelska: 'en',
  englanti: 'en',
};

/** A contact's preferred language ("da", "nb-NO", "no", "Dansk", "Swedish" …) as one Bindeled speaks, or null. */
export function documentLanguage(preferred: string): Language | null {
  const text = preferred.trim().toLowerCase();
  if (text === '') return null;
  if (LANGUAGE_WORDS[text]) return LANGUAGE_WORDS[text];
  if (!/^[a-z]{2,3}([-_][a-z0-9]+)*$/.test(text)) return null;
  const base = text.split(/[-_]/)[0]!;
  if (base === 'no' || base === 'nn' || base === 'nob') return 'nb';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/** The recipient contact's language when Bindeled speaks it, else the register's. */
function defaultLanguage(db: Db, contactId: number | null): Language {
  const contact =
    contactId === null
      ? undefined
      : (db.prepare('SELECT preferred_language FROM contacts WHERE id = ?').get(contactId) as { preferred_language: string } | undefined);
  return documentLanguage(contact?.preferred_language ?? '') ?? readSettings(db).defaultLanguage;
}

function shownAs(naming: FeedbackReportModel['naming'], name: string, code: string): string {
  if (naming === 'code') return code;
  if (naming === 'first-name') return name.trim().split(/\s+/)[0] ?? name;
  return name;
}

/** A calendar day that exists (the contract's IsoDate checks only the shape: 2026-02-30 passes it). */
function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Who signs: the user writing the report. The first user's placeholder name ('Owner', never
 * changed in Settings › Users) is no name to sign a letter with: then the course's coordinator,
 * else nothing (a line to sign by hand).
 */
function signature(db: OpenRegister['db'], actor: string, coordinator: string, language: Language): string {
  const row = db.prepare('SELECT display_name FROM users WHERE id = ?').get(actor) as { display_name: string } | undefined;
  if (actor === 'owner' && row?.display_name === 'Owner') return coordinator.trim();
  return displayName(db, actor, language);
}

export function buildFeedback(register: Pick<OpenRegister, 'db' | 'actor'>, input: FeedbackInput, at = localMinuteNow()): FeedbackPlan {
  const { db } = register;
  for (const day of [input.from, input.to])
    if (day !== undefined && !isRealDay(day)) throw new CoreError('INVALID_INPUT', `no such day: ${day}`);
  const c = getCase(db, input.caseId);
  const today = at.slice(0, 10);
  // A closed course's report ends where the course ended, not today.
  const closedOn = c.dates.closedOn;
  const to = input.to ?? (closedOn !== null && closedOn < today ? closedOn : today);
  const last = lastFeedbackOn(db, c.id, c.referral.organisationId);
  const start = c.dates.startedOn ?? c.dates.matchedOn ?? c.dates.referredOn;
  let from = input.from ?? (last ? addDays(last, 1) : start);
  if (input.from === undefined && from > to) from = to;
  if (from > to) throw new CoreError('DATE_OUT_OF_ORDER', 'the period ends before it starts');

  const language = input.language ?? defaultLanguage(db, c.referral.contactId);
  const t = catalogs[language].feedbackDoc;
  const settings = readSettings(db);
  const letterhead = readLetterhead(db);
  const organisationId = c.referral.organisationId;
  const person: PersonRef = { kind: 'mentee', id: c.mentee.id };

  let blocked: FeedbackReportModel['blocked'] = null;
  let decisions: CategoryDecision[] = [];
  if (organisationId === null) blocked = 'no-recipient';
  else {
    const decision = mayDisclose(db, {
      person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: organisationId,
      categories: DATA_CATEGORIES,
      at,
    });
    decisions = decision.categories;
    if (!decision.identity)
      blocked = decision.identityReason === 'category-not-covered' ? 'no-consent' : (decision.identityReason ?? 'no-consent');
  }
  const agreed = c.agreement ? new Set(categoriesForFeedback(c.agreement.feedbackMayContain)) : null;

  // The content each section would have; a section with nothing to say is left out as 'empty'.
  const held = c.meetings.filter((m) => m.date >= from && m.date <= to && m.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  const meetings = {
    count: held.length,
    list: held.map((m) => ({ date: m.date, type: m.type, durationMinutes: m.durationMinutes })),
  };
  const goals = c.goals.map((g) => ({ kind: g.kind, description: g.description, progress: g.progress }));
  const status = { status: c.status, startedOn: c.dates.startedOn, closedOn: c.dates.closedOn, outcome: c.closing?.outcome ?? null };
  const nextMeetingOn =
    c.meetings
      .filter((m) => m.date > today)
      .map((m) => m.date)
      .sort()[0] ?? null;
  const nextFollowUpOn =
    c.followUps
      .filter((f) => f.doneOn === null)
      .map((f) => f.dueOn)
      .sort()[0] ?? null;
  const nextSteps = {
    openGoals: c.goals.filter((g) => g.progress === 'not-started' || g.progress === 'in-progress').map((g) => g.description),
    nextMeetingOn,
    nextFollowUpOn,
  };
  const comment = (input.comment ?? '').trim();
  const empty: Record<FeedbackSection, boolean> = {
    meetings: false,
    goals: goals.length === 0,
    status: false,
    'next-steps': nextSteps.openGoals.length === 0 && nextMeetingOn === null && nextFollowUpOn === null,
    comment: comment === '',
  };

  const sections: Section[] = FEEDBACK_SECTIONS.map((section) => {
    const category = SECTION_CATEGORY[section];
    const decided = decisions.find((d) => d.category === category);
    let omitted: Section['omitted'] = null;
    if (blocked !== null) omitted = blocked === 'no-recipient' ? 'no-consent' : (decided?.reason ?? blocked);
    else if (!decided?.allowed) omitted = decided?.reason ?? 'no-consent';
    else if (agreed !== null && !agreed.has(category)) omitted = 'not-in-agreement';
    else if (empty[section]) omitted = 'empty';
    return { section, category, included: omitted === null, omitted };
  });
  const has = (section: FeedbackSection) => sections.some((s) => s.section === section && s.included);
  const included = new Set(sections.filter((s) => s.included).map((s) => s.category));
  const naming = c.agreement?.feedbackNaming ?? 'full-name';

  const model: FeedbackReportModel = {
    caseId: c.id,
    language,
    from,
    to,
    date: today,
    letterhead: {
      organisationName: settings.organisationName,
      address: letterhead.address,
      contactLine: letterhead.contactLine,
      hasLogo: letterhead.logoDataUrl !== null,
    },
    recipient: {
      organisationId,
      organisationName: c.referral.organisationName ?? '',
      address:
        organisationId === null
          ? ''
          : ((db.prepare('SELECT address FROM organisations WHERE id = ?').get(organisationId) as { address: string } | undefined)
              ?.address ?? ''),
      contactName: c.referral.contactName ?? '',
    },
    naming,
    menteeShownAs: shownAs(naming, c.mentee.name, c.mentee.code),
    menteeCode: c.mentee.code,
    signedBy: signature(db, register.actor, c.coordinator, language),
    blocked,
    sections,
    meetings: has('meetings') ? meetings : null,
    goals: has('goals') ? goals : null,
    status: has('status') ? status : null,
    nextSteps: has('next-steps') ? nextSteps : null,
    comment: has('comment') ? comment : null,
    suggestedFileName: `${t.fileName} ${c.mentee.code} ${today}.docx`,
  };
  return {
    model,
    person,
    personCode: c.mentee.code,
    categories: DATA_CATEGORIES.filter((cat) => included.has(cat)),
    at,
  };
}
