import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackReportModel } from '../../../../shared/contract/reports';
import { useLanguageTexts } from '../../i18n';
import { docDate, docNumber } from './feedback-format';

const useStyles = makeStyles({
  paper: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: '28px 32px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  letterhead: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  org: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
  date: { textAlign: 'right' },
  lines: { whiteSpace: 'pre-line' },
  muted: { color: tokens.colorNeutralForeground2 },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  regards: { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalL },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-line' },
  logo: { maxWidth: '160px', maxHeight: '64px', objectFit: 'contain' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    paddingBottom: '2px',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  p: { margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'left', padding: '2px 8px 2px 0', verticalAlign: 'top' } },
  th: { fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  facts: { display: 'flex', flexDirection: 'column', gap: '2px' },
  note: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  comment: {
    whiteSpace: 'pre-wrap',
    margin: 0,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  footer: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

/**
 * The report as the document will read: the same headings, values and order, in the report's
 * language (the document's own texts, feedbackDoc), whatever language the app is in.
 */
export function FeedbackPreview(props: { model: FeedbackReportModel; logoDataUrl: string | null }) {
  const { i18n, t } = useTranslation();
  const styles = useStyles();
  const { model } = props;
  const lang = model.language;
  // The report's language may not be the app's: its texts are read first.
  if (!useLanguageTexts(lang)) return <Spinner size="tiny" label={t('common.loading')} />;
  const d = i18n.getFixedT(lang, undefined, 'feedbackDoc');
  const m = i18n.getFixedT(lang, undefined, 'mentoring');
  const date = (iso: string) => docDate(iso, lang);
  const name = model.menteeShownAs;
  // "Label: value" lines, as the document prints them.
  const facts = (rows: [string, ReactNode][]) => (
    <div className={styles.facts}>
      {rows.map(([k, v]) => (
        <p key={k} className={styles.p}>
          <strong>{k}:</strong> {v}
        </p>
      ))}
    </div>
  );
  const heading = (text: string) => <h4 className={styles.heading}>{text}</h4>;
  const minutes = model.meetings?.list.reduce((sum, x) => sum + (x.durationMinutes ?? 0), 0) ?? 0;

  return (
    <div className={styles.paper} lang={lang} data-testid="feedback-preview">
      <div className={styles.letterhead} data-testid="feedback-preview-letterhead">
        {model.letterhead.hasLogo && props.logoDataUrl && <img className={styles.logo} src={props.logoDataUrl} alt="" />}
        <div className={styles.org}>{model.letterhead.organisationName}</div>
        {(model.letterhead.address || model.letterhead.contactLine) && (
          <div className={styles.small}>{[model.letterhead.address, model.letterhead.contactLine].filter((x) => x.trim()).join('\n')}</div>
        )}
      </div>
      <div data-testid="feedback-preview-recipient">
        <div>{model.recipient.organisationName}</div>
        {model.recipient.contactName && (
          <div>
            {d('attention')} {model.recipient.contactName}
          </div>
        )}
        {model.recipient.address.trim() && <div className={styles.lines}>{model.recipient.address.trim()}</div>}
      </div>
      <div className={styles.date}>{date(model.date)}</div>
      <div>
        <h3 className={styles.title}>{d('title')}</h3>
        <p className={`${styles.p} ${styles.muted}`}>{d('period', { from: date(model.from), to: date(model.to) })}</p>
      </div>
      {facts([
        [d('participant'), <span data-testid="feedback-preview-mentee">{name}</span>],
        ...(model.naming !== 'code' ? ([[d('reference'), model.menteeCode]] as [string, ReactNode][]) : []),
      ])}
      <p className={styles.p}>
        {d('intro', { organisation: model.recipient.organisationName, name, from: date(model.from), to: date(model.to) })}
      </p>

      {model.meetings && (
        <section data-testid="feedback-preview-meetings">
          {heading(d('section.meetings'))}
          <p className={styles.p}>
            {model.meetings.count === 0
              ? d('meetingsNone')
              : model.meetings.count === 1
                ? d('meetingsOne')
                : d('meetingsMany', { count: docNumber(model.meetings.count, lang) })}
          </p>
          {minutes > 0 && <p className={styles.p}>{d('meetingsHours', { hours: docNumber(minutes / 60, lang) })}</p>}
          {model.meetings.list.length > 0 && (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.th}>{d('column.date')}</th>
                  <th className={styles.th}>{d('column.type')}</th>
                  <th className={styles.th}>{d('column.duration')}</th>
                </tr>
              </thead>
              <tbody>
                {model.meetings.list.map((x, i) => (
                  <tr key={`${x.date}-${i}`}>
                    <td>{date(x.date)}</td>
                    <td>{m(`meetingType.${x.type}`)}</td>
                    <td>{x.durationMinutes === null ? '' : d('minutes', { n: docNumber(x.durationMinutes, lang) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {model.goals && (
        <section data-testid="feedback-preview-goals">
          {heading(d('section.goals'))}
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.th}>{d('column.goal')}</th>
                <th className={styles.th}>{d('column.description')}</th>
                <th className={styles.th}>{d('column.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {model.goals.map((g, i) => (
                <tr key={i}>
                  <td>{m(`goal.${g.kind}`)}</td>
                  <td>{g.description}</td>
                  <td>{m(`goalProgress.${g.progress}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {model.status && (
        <section data-testid="feedback-preview-status">
          {heading(d('section.status'))}
          {facts([
            [d('status'), m(`caseStatus.${model.status.status}`)],
            [d('startedOn'), model.status.startedOn ? date(model.status.startedOn) : d('notStarted')],
            ...(model.status.closedOn ? ([[d('closedOn'), date(model.status.closedOn)]] as [string, ReactNode][]) : []),
            ...(model.status.outcome ? ([[d('outcome'), m(`outcome.${model.status.outcome}`)]] as [string, ReactNode][]) : []),
          ])}
        </section>
      )}

      {model.nextSteps && (
        <section data-testid="feedback-preview-next-steps">
          {heading(d('section.nextSteps'))}
          {model.nextSteps.openGoals.length > 0 && (
            <>
              <p className={styles.p}>
                <strong>{d('openGoals')}:</strong>
              </p>
              <ul className={styles.bullets}>
                {model.nextSteps.openGoals.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            </>
          )}
          {facts([
            ...(model.nextSteps.nextMeetingOn ? ([[d('nextMeeting'), date(model.nextSteps.nextMeetingOn)]] as [string, ReactNode][]) : []),
            ...(model.nextSteps.nextFollowUpOn
              ? ([[d('nextFollowUp'), date(model.nextSteps.nextFollowUpOn)]] as [string, ReactNode][])
              : []),
          ])}
          {model.nextSteps.openGoals.length === 0 && !model.nextSteps.nextMeetingOn && !model.nextSteps.nextFollowUpOn && (
            <p className={styles.p}>{d('nothingPlanned')}</p>
          )}
        </section>
      )}

      {model.comment && (
        <section data-testid="feedback-preview-comment">
          {heading(d('section.comment'))}
          <p className={`${styles.p} ${styles.note}`}>{d('commentNote')}</p>
          <p className={styles.comment}>{model.comment}</p>
        </section>
      )}

      <div data-testid="feedback-preview-signature">
        <p className={`${styles.p} ${styles.regards}`}>{d('regards')}</p>
        <p className={styles.p}>{model.signedBy}</p>
        <p className={styles.p}>{model.letterhead.organisationName}</p>
      </div>
      <div className={`${styles.small} ${styles.footer}`}>{d('footer', { date: date(model.date), name })}</div>
    </div>
  );
}
