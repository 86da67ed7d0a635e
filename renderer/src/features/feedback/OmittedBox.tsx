import { Body1, Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { EyeOffRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Consent, DataCategory } from '../../../../shared/contract/consents-schemas';
import type { FeedbackReportModel } from '../../../../shared/contract/reports';
import { dateText } from '../cases/case/case-format';
import { omissionDate, omissionTodo } from './feedback-format';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  todo: { color: tokens.colorNeutralForeground2 },
  link: { alignSelf: 'flex-start' },
});

/**
 * "Left out of this report": each section the document will not contain, why (in the interface
 * language, with the consent's date where it has one), and what the coordinator can do about it.
 */
export function OmittedBox(props: {
  model: FeedbackReportModel;
  consents: z.output<typeof Consent>[];
  menteeCode: string;
  onOpenConsents: (() => void) | null;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { model } = props;
  const org = model.recipient.organisationName;
  const omitted = model.sections.filter((s) => !s.included && s.omitted);

  const reasonText = (reason: NonNullable<(typeof omitted)[number]['omitted']>, category: DataCategory) => {
    if (reason === 'expired' || reason === 'withdrawn' || reason === 'not-yet-valid') {
      const date = omissionDate(reason, category, props.consents, model.recipient.organisationId);
      return date ? t(`feedback.omitted.reason.${reason}`, { date: dateText(date) }) : t(`feedback.omitted.reason.${reason}-undated`);
    }
    return t(`feedback.omitted.reason.${reason}`, { org, category: t(`consents.category.${category}`) });
  };

  return (
    <section className={styles.box} aria-labelledby="feedback-omitted-title" data-testid="feedback-omitted">
      <Subtitle2 as="h3" id="feedback-omitted-title" className={styles.head}>
        <EyeOffRegular aria-hidden />
        {t('feedback.omitted.title')}
      </Subtitle2>
      {omitted.length === 0 ? (
        <Body1>{t('feedback.omitted.none')}</Body1>
      ) : (
        <ul className={styles.list}>
          {omitted.map((s) => {
            const reason = s.omitted!;
            const todo = omissionTodo(reason, s.section);
            return (
              <li key={s.section} className={styles.item} data-testid={`feedback-omitted-${s.section}`}>
                <Body1>
                  <strong>{t(`feedback.section.${s.section}`)}</strong>: {reasonText(reason, s.category)}
                </Body1>
                {todo && <Caption1 className={styles.todo}>{t(`feedback.omitted.todo.${todo}`)}</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
      {props.onOpenConsents && omitted.some((s) => omissionTodo(s.omitted!, s.section) === 'consent') && (
        <Link className={styles.link} onClick={props.onOpenConsents} data-testid="feedback-open-consents">
          {t('feedback.omitted.openConsents', { code: props.menteeCode })}
        </Link>
      )}
    </section>
  );
}
