import path from 'node:path';
import type { FeedbackSection } from '../../shared/contract/reports';
import type { Language } from '../../shared/languages';
import { unlock, withCore } from './core-session';
import { DAY, defineCommand, optionalLanguage, parseOptions, requiredPath, UsageError } from './options';

// `report feedback --dir DIR --case ID --out FILE.docx [--lang LANG] [--from D --to D]
// [--comment TEXT] [--json]`: the feedback report to a course's referring partner through the
// same channels as the app (reports:feedbackPreview, then reports:feedbackExport). Only what the
// mentee agreed to share goes in; the export is logged in the disclosure log. Prints what was
// left out and why.

export type ReportFeedbackCommand = {
  name: 'report-feedback';
  dir: string;
  caseId: number;
  out: string;
  lang: Language | null;
  from: string | null;
  to: string | null;
  comment: string;
  json: boolean;
};

/** Why a section was left out, in words (the CLI speaks English, as its other messages do). */
const OMISSION: Record<string, string> = {
  'no-consent': 'no feedback-sharing consent for this partner',
  'not-yet-valid': 'the consent is not yet in force',
  expired: 'the consent has expired',
  withdrawn: 'the consent was withdrawn',
  'category-not-covered': 'the consent does not cover this kind of data',
  'not-in-agreement': 'the start agreement does not list it',
  empty: 'nothing to report',
};
const SECTION: Record<FeedbackSection, string> = {
  meetings: 'meetings and attendance',
  goals: 'goals and progress',
  status: 'status of the course',
  'next-steps': 'next steps',
  comment: "coordinator's comment",
};

export const reportFeedback = defineCommand<ReportFeedbackCommand>({
  name: 'report feedback',
  help: {
    usage: ['--dir DIR --case ID --out FILE.docx [--lang da|nb|sv|fi|en]', '[--from YYYY-MM-DD --to YYYY-MM-DD] [--comment TEXT] [--json]'],
    about: [
      'The feedback report on a course to its referring partner (Word), with only what the mentee',
      'agreed to share; logged in the disclosure log. Prints which sections were left out and why.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--case ID', "The course's number."],
      ['--out FILE.docx', 'The Word file to write.'],
      ['--lang LANG', "The report's language: da, nb, sv, fi or en (default: the register's)."],
      ['--from YYYY-MM-DD', "The first day reported on (default: the last feedback sent, or the course's start)."],
      ['--to YYYY-MM-DD', 'The last day reported on (default: today).'],
      ['--comment TEXT', "The coordinator's comment to the partner."],
      ['--json', 'Print what was written, included and left out as JSON.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
      dir: { type: 'string' },
      case: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      comment: { type: 'string' },
      json: { type: 'boolean' },
    });
    const dir = requiredPath(values.dir, 'report feedback');
    if (!values.case?.trim()) throw new UsageError('report feedback needs --case ID');
    if (!/^[1-9]\d{0,9}$/.test(values.case.trim())) throw new UsageError('--case must be a course number, e.g. --case 42');
    if (!values.out?.trim()) throw new UsageError('report feedback needs --out FILE.docx');
    if (!/\.docx$/i.test(values.out)) throw new UsageError('--out must end in .docx');
    const lang = optionalLanguage(values.lang);
    for (const option of ['from', 'to'] as const) {
      const v = values[option];
      if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${option} must be a day as YYYY-MM-DD`);
    }
    return {
      name: 'report-feedback',
      dir,
      caseId: Number(values.case.trim()),
      out: path.resolve(values.out),
      lang,
      from: values.from ?? null,
      to: values.to ?? null,
      comment: values.comment ?? '',
      json: values.json ?? false,
    };
  },
  async run(cmd, ctx) {
    const input = {
      caseId: cmd.caseId,
      comment: cmd.comment,
      ...(cmd.lang ? { language: cmd.lang } : {}),
      ...(cmd.from ? { from: cmd.from } : {}),
      ...(cmd.to ? { to: cmd.to } : {}),
    };
    const { preview, written } = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      const preview = await call('reports:feedbackPreview', input);
      if (preview.blocked !== null) return { preview, written: null };
      return { preview, written: await call('reports:feedbackExport', { ...input, path: cmd.out }) };
    });
    const left = preview.sections.filter((s) => !s.included).map((s) => ({ section: s.section, reason: s.omitted }));
    if (cmd.json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            written: written?.path ?? null,
            sha256: written?.sha256 ?? null,
            disclosureId: written?.disclosureId ?? null,
            blocked: preview.blocked,
            language: preview.language,
            period: { from: preview.from, to: preview.to },
            recipient: preview.recipient.organisationName,
            included: preview.sections.filter((s) => s.included).map((s) => s.section),
            omitted: left,
          },
          null,
          2,
        )}\n`,
      );
      return written ? 0 : 1;
    }
    if (!written) {
      const why =
        preview.blocked === 'no-recipient' ? 'the course has no referring organisation' : OMISSION[preview.blocked ?? 'no-consent'];
      process.stderr.write(`No report written for course ${cmd.caseId}: ${why}.\n`);
      return 1;
    }
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`Wrote ${written.path} (sha256 ${written.sha256}); logged as disclosure ${written.disclosureId}.`);
    out(`To ${preview.recipient.organisationName}, ${preview.from} to ${preview.to}, in ${preview.language}.`);
    if (left.length === 0) out('Every section is included.');
    else {
      out('Left out:');
      for (const l of left) out(`  ${SECTION[l.section]}: ${OMISSION[l.reason ?? ''] ?? l.reason}`);
    }
    return 0;
  },
});
