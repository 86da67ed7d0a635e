import { z } from 'zod';
import { DATA_CATEGORIES } from './consents-schemas';
import { coreCall, coreRead } from './define';
import { ExportPath } from './export';
import {
  CASE_STATUSES,
  FEEDBACK_FREQUENCIES,
  FEEDBACK_NAMINGS,
  GOAL_KINDS,
  GOAL_PROGRESS,
  MEETING_TYPES,
  OUTCOMES,
} from './mentoring-schemas';
import { Id, IsoDate } from './partners-schemas';
import { FolderPath, LanguageSchema } from './schemas';

// Reports: the feedback report to a referring partner (per course, consent-gated, logged as a
// disclosure), the results report for donors and municipalities (anonymous, small cells
// suppressed), and the dashboard's key figures.

/** Lets the caller match the `progress` events of this call. */
const OperationId = z.string().min(1).max(100).optional();

// ---------------------------------------------------------------------------------------------
// Feedback report to a referring partner

/**
 * The sections of a feedback report, in document order. Each needs a data category covered by
 * a valid feedback-sharing consent for the recipient (meetings: attendance; goals and next
 * steps: goals; status: outcome; comment: notes), and the start agreement must allow it.
 */
export const FEEDBACK_SECTIONS = ['meetings', 'goals', 'status', 'next-steps', 'comment'] as const;
export type FeedbackSection = (typeof FEEDBACK_SECTIONS)[number];

/** How the mentee is named to the partner, as agreed in the start agreement (declared with it). */
export { FEEDBACK_NAMINGS };

/**
 * Why a section is left out: the rule's refusal reasons, 'not-in-agreement' (the start
 * agreement does not list it), or 'empty' (nothing to say, e.g. no comment written).
 */
export const SECTION_OMISSIONS = [
  'no-consent',
  'not-yet-valid',
  'expired',
  'withdrawn',
  'category-not-covered',
  'not-in-agreement',
  'empty',
] as const;

export const FeedbackReportInput = z.strictObject({
  caseId: Id,
  /** The document's language; default: the recipient contact's language, else the register's. */
  language: LanguageSchema.optional(),
  /** Inclusive period; default: from the last feedback sent (or the course's start) to today. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The coordinator's own comment, marked as such in the report; needs the 'notes' category. */
  comment: z.string().trim().max(2000).default(''),
});

export const FeedbackReportModel = z.object({
  caseId: Id,
  language: LanguageSchema,
  from: IsoDate,
  to: IsoDate,
  /** Today, in the document's heading. */
  date: IsoDate,
  letterhead: z.object({ organisationName: z.string(), address: z.string(), contactLine: z.string(), hasLogo: z.boolean() }),
  recipient: z.object({
    organisationId: Id.nullable(),
    organisationName: z.string(),
    /** The organisation's postal address as registered (several lines), or ''. */
    address: z.string(),
    contactName: z.string(),
  }),
  naming: z.enum(FEEDBACK_NAMINGS),
  /** The mentee as named to the recipient (full name, first name or code). */
  menteeShownAs: z.string(),
  menteeCode: z.string(),
  /** The signature line: the user writing the report. */
  signedBy: z.string(),
  /**
   * null when the report may be written; otherwise why not at all (no feedback-sharing consent
   * in force for this recipient, or the course has no referring organisation).
   */
  blocked: z.enum(['no-recipient', 'no-consent', 'not-yet-valid', 'expired', 'withdrawn']).nullable(),
  sections: z.array(
    z.object({
      section: z.enum(FEEDBACK_SECTIONS),
      category: z.enum(DATA_CATEGORIES),
      included: z.boolean(),
      omitted: z.enum(SECTION_OMISSIONS).nullable(),
    }),
  ),
  /** Filled only when the section is included; otherwise null. */
  meetings: z
    .object({
      count: z.number().int(),
      list: z.array(z.object({ date: IsoDate, type: z.enum(MEETING_TYPES), durationMinutes: z.number().int().nullable() })),
    })
    .nullable(),
  goals: z.array(z.object({ kind: z.enum(GOAL_KINDS), description: z.string(), progress: z.enum(GOAL_PROGRESS) })).nullable(),
  status: z
    .object({
      status: z.enum(CASE_STATUSES),
      startedOn: IsoDate.nullable(),
      closedOn: IsoDate.nullable(),
      outcome: z.enum(OUTCOMES).nullable(),
    })
    .nullable(),
  nextSteps: z.object({ openGoals: z.array(z.string()), nextMeetingOn: IsoDate.nullable(), nextFollowUpOn: IsoDate.nullable() }).nullable(),
  comment: z.string().nullable(),
  /** A file name to suggest in the save dialog, e.g. "Feedback MT-0042 2026-11-27.docx". */
  suggestedFileName: z.string(),
});
export type FeedbackReportModel = z.infer<typeof FeedbackReportModel>;

export const FeedbackReportResult = z.object({
  path: z.string(),
  sha256: z.string(),
  disclosureId: Id,
  omitted: z.array(z.enum(FEEDBACK_SECTIONS)),
});

/** A course whose agreed feedback to the referring partner is due (or overdue). */
export const FeedbackDue = z.object({
  caseId: Id,
  menteeCode: z.string(),
  menteeName: z.string(),
  organisationId: Id.nullable(),
  organisationName: z.string(),
  contactName: z.string(),
  frequency: z.enum(FEEDBACK_FREQUENCIES),
  /** The last feedback disclosure to this recipient for this course. */
  lastSentOn: IsoDate.nullable(),
  dueOn: IsoDate,
  /** Why a report cannot be written now (as FeedbackReportModel.blocked); null when it can. */
  blocked: FeedbackReportModel.shape.blocked,
});
export type FeedbackDue = z.infer<typeof FeedbackDue>;

export const FeedbackBatchResult = z.object({
  folder: z.string(),
  written: z.array(z.object({ caseId: Id, path: z.string(), disclosureId: Id })),
  /** Courses left out, with the reason (blocked, or an error code). Nothing is written for them. */
  skipped: z.array(z.object({ caseId: Id, reason: z.string() })),
});

// ---------------------------------------------------------------------------------------------
// Results report for donors and municipalities (anonymous)

export const PROGRAMME_BREAKDOWNS = ['municipality', 'referring-partner', 'language'] as const;
export type ProgrammeBreakdown = (typeof PROGRAMME_BREAKDOWNS)[number];

/** Counts below this are shown as "< 5". */
export const SMALL_CELL_THRESHOLD = 5;

export const ProgrammeReportInput = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  /** Default: the same dates a year earlier (a period over a year: one as long, just before). */
  compareFrom: IsoDate.optional(),
  compareTo: IsoDate.optional(),
  breakdowns: z.array(z.enum(PROGRAMME_BREAKDOWNS)).max(PROGRAMME_BREAKDOWNS.length).default([]),
  language: LanguageSchema.optional(),
});

/**
 * One cell of a published table. `value` is null when the cell is suppressed: 'small' for a
 * count from 1 to 4 (shown "< 5"), 'complementary' for a cell hidden so that a small one cannot
 * be recovered by subtracting from a total (shown "–").
 */
export const ProgrammeCell = z.object({
  value: z.number().nullable(),
  suppressed: z.enum(['small', 'complementary']).nullable(),
  /**
   * The row's share of the table's total (0–1) in the tables with shares (referrals by source,
   * outcomes); null elsewhere, and when the cell or the total is hidden. A median (days) or
   * volunteer hours are in `value` like a count; a median with nothing to measure is value null,
   * suppressed null (shown "n/a").
   */
  share: z.number().nullable(),
});
export type ProgrammeCell = z.infer<typeof ProgrammeCell>;

export const ProgrammeTable = z.object({
  /** e.g. 'overview', 'referrals-by-source', 'outcomes', 'by-municipality'. */
  key: z.string(),
  /** A row per item, then the total row (key 'total') where the table has one. */
  rows: z.array(
    z.object({
      key: z.string(),
      /** Already in the report's language (a source's or municipality's name, or a translated label). */
      label: z.string(),
      current: ProgrammeCell,
      comparison: ProgrammeCell,
    }),
  ),
});
export type ProgrammeTable = z.infer<typeof ProgrammeTable>;

export const ProgrammeReportModel = z.object({
  language: LanguageSchema,
  period: z.object({ from: IsoDate, to: IsoDate }),
  comparison: z.object({ from: IsoDate, to: IsoDate }),
  organisationName: z.string(),
  /** People counted (their consent covers anonymous statistics) and left out; both suppressed like any cell. */
  coverage: z.object({ included: ProgrammeCell, excluded: ProgrammeCell }),
  tables: z.array(ProgrammeTable),
  /** Per month of the period: new courses and meetings held (for the line chart), small counts suppressed. */
  monthly: z.array(z.object({ month: z.string(), newCourses: ProgrammeCell, meetings: ProgrammeCell })),
  /** Cells hidden ("–") only because an earlier written report over an overlapping period would give their difference away. */
  hiddenByEarlierReports: z.number().int().min(0),
});
export type ProgrammeReportModel = z.infer<typeof ProgrammeReportModel>;

/** The editable narrative of the results report, written by the coordinator before export. */
export const ProgrammeNarrative = z.strictObject({
  introduction: z.string().trim().max(8000).default(''),
  highlights: z.string().trim().max(8000).default(''),
  outlook: z.string().trim().max(8000).default(''),
});

// ---------------------------------------------------------------------------------------------
// Dashboard (internal: every course counts, nothing suppressed, nothing leaves the register)

export const DashboardInput = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  /** A period to compare the flows with (both or neither); its figures come back as `previous`. */
  compareFrom: IsoDate.optional(),
  compareTo: IsoDate.optional(),
});

/** What happened in a period: counted from events dated in it. */
export const DashboardFlows = z.object({
  newReferrals: z.number().int(),
  matched: z.number().int(),
  closed: z.number().int(),
  meetings: z.number().int(),
  volunteerHours: z.number(),
  activeMentors: z.number().int(),
  /** Median days from referral to first match, for first matches in the period; null without any. */
  medianDaysToMatch: z.number().nullable(),
});

export const DashboardSummary = z.object({
  from: IsoDate,
  to: IsoDate,
  figures: DashboardFlows.extend({
    /** Courses in each status today. */
    byStatus: z.record(z.enum(CASE_STATUSES), z.number().int()),
    /** Courses whose agreed feedback is due today (the Feedback page's list). */
    feedbackDue: z.number().int(),
    /** Consents that expire within the reminder days (Privacy › Consents due). */
    consentsExpiringSoon: z.number().int(),
    /** Open courses whose agreed feedback no valid consent covers (Privacy › Consents due). */
    consentsUncovered: z.number().int(),
  }),
  /** The comparison period's flows, when one was asked for. */
  previous: DashboardFlows.extend({ from: IsoDate, to: IsoDate }).nullable(),
  /** Per month, the last 12 months up to `to`. */
  monthly: z.array(z.object({ month: z.string(), referrals: z.number().int(), meetings: z.number().int(), closed: z.number().int() })),
  referralsBySource: z.array(z.object({ organisationId: Id.nullable(), label: z.string(), count: z.number().int() })),
  outcomes: z.array(z.object({ outcome: z.enum(OUTCOMES), count: z.number().int() })),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

// ---------------------------------------------------------------------------------------------
// Letterhead (Settings › Organisation): printed at the top of every report

export const LetterheadPatch = z.strictObject({
  /** Postal address, several lines. */
  address: z.string().trim().max(500).optional(),
  /** One line: phone, e-mail, website. */
  contactLine: z.string().trim().max(200).optional(),
});
export const Letterhead = z.object({
  address: z.string(),
  contactLine: z.string(),
  /** The logo as a data: URL (PNG or JPEG, at most 1 MB), or null. */
  logoDataUrl: z.string().nullable(),
});

export const reportChannels = {
  'letterhead:get': coreRead(z.strictObject({}), Letterhead),
  'letterhead:update': coreCall(LetterheadPatch, Letterhead),
  /** Reads a PNG or JPEG the user chose (shell:chooseFile 'logo'); refuses others with INVALID_FILE. */
  'letterhead:setLogo': coreCall(z.strictObject({ path: FolderPath }), Letterhead),
  'letterhead:clearLogo': coreCall(z.strictObject({}), Letterhead),

  /** The report as it would be written now: what is in it, what is left out and why. Writes nothing. */
  'reports:feedbackPreview': coreRead(FeedbackReportInput, FeedbackReportModel),
  /** Writes the .docx and logs it as one disclosure (only the included sections' categories). */
  'reports:feedbackExport': coreCall(FeedbackReportInput.extend({ path: ExportPath }), FeedbackReportResult),
  /** Courses whose agreed feedback is due by `on` (default today). */
  'reports:feedbackDue': coreRead(z.strictObject({ on: IsoDate.optional() }), z.array(FeedbackDue)),
  /** Writes one report per course into `folder` (default period and language each), with progress. */
  'reports:feedbackBatch': coreCall(
    z.strictObject({ caseIds: z.array(Id).min(1).max(1000), folder: FolderPath, operationId: OperationId }),
    FeedbackBatchResult,
  ),

  'reports:programme': coreRead(ProgrammeReportInput, ProgrammeReportModel),
  /** Writes the .docx (with charts) and, when asked, the same tables as .xlsx. */
  'reports:programmeExport': coreCall(
    ProgrammeReportInput.extend({
      narrative: ProgrammeNarrative,
      path: ExportPath,
      xlsxPath: ExportPath.optional(),
      operationId: OperationId,
    }),
    z.object({ path: z.string(), xlsxPath: z.string().nullable(), sha256: z.string() }),
  ),

  'dashboard:summary': coreRead(DashboardInput, DashboardSummary),
};
