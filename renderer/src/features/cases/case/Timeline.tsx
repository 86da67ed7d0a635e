import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  ArrowRepeatAllRegular,
  CalendarCheckmarkRegular,
  CalendarClockRegular,
  CalendarLtrRegular,
  DocumentSignatureRegular,
  FlagRegular,
  PersonArrowRightRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Section } from '../../partners/Section';
import { dateText, minutesText, type CaseValue } from './case-format';
import { mentorName } from '../../erasure/mentor-name';

type Item = CaseValue['timeline'][number];

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '28px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalM,
    position: 'relative',
  },
  // The line that joins the icons.
  rail: {
    position: 'absolute',
    left: '13px',
    top: '26px',
    bottom: '2px',
    width: '2px',
    backgroundColor: tokens.colorNeutralStroke2,
  },
  icon: {
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '16px',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  status: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground1 },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere', paddingTop: '3px' },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: 'pre-wrap' },
});

/** Icon, title and detail of one line, in the reader's words. */
function describe(item: Item, t: TFunction, closing: CaseValue['closing']): { icon: FluentIcon; title: string; detail: string } {
  switch (item.kind) {
    case 'status': {
      const to = t(`mentoring.caseStatus.${item.to}`);
      const mentor = mentorName(t, item.mentorName, item.mentorAnonymised);
      if (item.from === null) return { icon: FlagRegular, title: t('cases.page.timeline.opened'), detail: item.reason };
      if (item.to === 'matched' && mentor)
        return {
          icon: PersonArrowRightRegular,
          title: t('cases.page.timeline.matchedWith', { mentor }),
          detail: item.reason,
        };
      const title = `${t(`mentoring.caseStatus.${item.from}`)} → ${to}`;
      if (item.to === 'waiting' && mentor)
        return {
          icon: ArrowRepeatAllRegular,
          title,
          detail: [t('cases.page.timeline.mentorEnded', { mentor }), item.reason].filter(Boolean).join(': '),
        };
      if (item.to === 'closed' && closing) {
        const outcome = t(`mentoring.outcome.${closing.outcome}`);
        return { icon: FlagRegular, title, detail: [outcome, closing.endedReason, item.reason].filter(Boolean).join(' · ') };
      }
      return { icon: FlagRegular, title, detail: item.reason };
    }
    case 'agreement':
      return { icon: DocumentSignatureRegular, title: t('cases.page.timeline.agreement'), detail: '' };
    case 'meeting': {
      const m = item.meeting;
      const minutes = m.durationMinutes === null ? '' : ` · ${minutesText(m.durationMinutes)}`;
      return {
        icon: CalendarLtrRegular,
        title: t('cases.page.timeline.meeting', { type: t(`mentoring.meetingType.${m.type}`) }) + minutes,
        detail: [m.topics.join(', '), m.note].filter(Boolean).join('\n'),
      };
    }
    case 'follow-up': {
      const f = item.followUp;
      return f.result
        ? {
            icon: CalendarCheckmarkRegular,
            title: t('cases.page.timeline.followUpDone', { result: t(`mentoring.followUpResult.${f.result}`) }),
            detail: f.note,
          }
        : { icon: CalendarClockRegular, title: t('cases.page.timeline.followUpPlanned'), detail: f.note };
    }
  }
}

/** Everything that happened in the course, newest first. */
export function Timeline(props: { items: CaseValue['timeline']; closing: CaseValue['closing'] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Section title={t('cases.page.timeline.title')} testId="timeline">
      <ol className={styles.list}>
        {props.items.map((item, i) => {
          const d = describe(item, t, props.closing);
          const Icon = d.icon;
          return (
            <li key={i} className={styles.item} data-testid={`timeline-${item.kind}`}>
              {i < props.items.length - 1 && <span className={styles.rail} aria-hidden />}
              <span className={mergeClasses(styles.icon, item.kind === 'status' && styles.status)} aria-hidden>
                <Icon />
              </span>
              <div className={styles.body}>
                <Text weight="semibold">{d.title}</Text>
                <Caption1 className={styles.muted}>{dateText(item.date)}</Caption1>
                {d.detail && <Caption1 className={styles.text}>{d.detail}</Caption1>}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
