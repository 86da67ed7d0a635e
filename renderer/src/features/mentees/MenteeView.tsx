import { Badge, Body1, Link, makeStyles, Spinner, tokens, ToolbarButton } from '@fluentui/react-components';
import { PersonArrowRightRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Mentee } from '../../../../shared/contract/mentoring-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { ConsentsSection } from '../consents/ConsentsSection';
import { ErasureSection } from '../erasure/ErasureSection';
import { availabilityText } from '../mentors/AvailabilityGrid';
import { dateText, STATUS_COLOURS } from '../mentors/format';
import { languageName } from '../mentors/language-names';
import { DetailHeader } from '../partners/DetailHeader';
import { useNavigation } from '../partners/navigation';
import { Facts, Section } from '../partners/Section';
import { RightsSection } from '../rights/RightsSection';
import { MenteeForm } from './MenteeForm';
import { ReferralDialog } from './ReferralDialog';
import { mentorName } from '../erasure/mentor-name';

type MenteeValue = z.output<typeof Mentee>;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One mentee, by full name: courses and the way into a new one, background, goals, languages, times. */
export function MenteeView(props: { id: number; onChanged: (deleted: boolean) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { go, guard } = useNavigation();
  const [mentee, setMentee] = useState<MenteeValue | null>(null);
  const [editing, setEditing] = useState(false);
  const [referring, setReferring] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // Opening the page is audited (purpose 'view'); a later refresh of the same page passes no purpose.
  const load = useCallback(
    (purpose?: 'view') => call('mentees:get', { id: props.id, purpose }).then(setMentee, (e: unknown) => setError(asAppError(e))),
    [props.id],
  );
  useEffect(() => {
    void load('view');
  }, [load]);

  if (error) return <ErrorBar error={error} />;
  if (!mentee) return <Spinner size="small" label={t('common.loading')} />;
  if (editing)
    return (
      <MenteeForm
        initial={mentee}
        onSaved={(m) => {
          setMentee(m);
          setEditing(false);
          props.onChanged(false);
        }}
        onCancel={() => guard(() => setEditing(false))}
      />
    );

  const ui = i18n.language;
  const edu = [
    mentee.educationLevel ? t(`mentoring.educationLevel.${mentee.educationLevel}`) : '',
    mentee.educationField,
    mentee.educationCountry,
  ].filter(Boolean);
  const referLabel = mentee.cases.length === 0 ? t('mentors.mentees.refer') : t('mentors.mentees.startNew');
  return (
    <div data-testid="mentee-view">
      <DetailHeader
        name={mentee.name}
        subtitle={[mentee.code, mentee.municipality, mentee.birthYear ? t('mentors.mentees.born', { year: mentee.birthYear }) : '']
          .filter(Boolean)
          .join(' · ')}
        leadingActions={
          <ToolbarButton
            appearance="primary"
            icon={<PersonArrowRightRegular />}
            onClick={() => setReferring(true)}
            data-testid="refer-button"
          >
            {referLabel}
          </ToolbarButton>
        }
        deleteTitle={t('mentors.mentees.deleteTitle', { code: mentee.code })}
        deleteBody={t('mentors.mentees.deleteBody')}
        onEdit={() => setEditing(true)}
        onDelete={async () => {
          await call('mentees:delete', { id: mentee.id });
          props.onChanged(true);
        }}
        onClose={props.onClose}
      />
      <ReferralDialog
        open={referring}
        menteeId={mentee.id}
        onClose={() => setReferring(false)}
        onOpened={(caseId) => {
          setReferring(false);
          props.onChanged(false);
          go({ page: 'cases', id: caseId });
        }}
      />
      <Section title={t('mentors.mentees.courses')} empty={t('mentors.mentees.noCourses')} testId="mentee-courses">
        {mentee.cases.length > 0 && (
          <ul className={styles.list}>
            {mentee.cases.map((c) => (
              <li key={c.id} className={styles.item}>
                <Badge appearance="tint" color={STATUS_COLOURS[c.status]}>
                  {t(`mentoring.caseStatus.${c.status}`)}
                </Badge>
                <span>
                  {mentorName(t, c.mentorName, c.mentorAnonymised) ?? <span className={styles.muted}>{t('mentors.mentees.noMentor')}</span>}
                </span>
                {c.from && <span className={styles.muted}>{t('mentors.mentees.referredOn', { date: dateText(c.from) })}</span>}
                <Link onClick={() => go({ page: 'cases', id: c.id })} data-testid={`mentee-case-${c.id}`}>
                  {t('mentors.mentees.openCourse')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ConsentsSection person={{ kind: 'mentee', id: mentee.id }} />
      <Section title={t('mentors.view.details')}>
        <Facts
          items={[
            [t('mentors.mentees.code'), mentee.code],
            [t('mentors.field.email'), mentee.email],
            [t('mentors.field.phone'), mentee.phone],
            [t('mentors.mentees.birthYear'), mentee.birthYear === null ? '' : String(mentee.birthYear)],
            [t('mentors.field.gender'), mentee.gender === 'unspecified' ? '' : t(`mentoring.gender.${mentee.gender}`)],
            [t('mentors.field.municipality'), mentee.municipality],
          ]}
        />
      </Section>
      <Section title={t('mentors.mentees.goals')} empty={t('mentors.mentees.noGoals')}>
        {mentee.goals.length > 0 && (
          <div className={styles.badges} data-testid="mentee-goals-view">
            {mentee.goals.map((g) => (
              <Badge key={g} appearance="tint" color="brand">
                {t(`mentoring.goal.${g}`)}
              </Badge>
            ))}
          </div>
        )}
      </Section>
      <Section title={t('mentors.mentees.backgroundGroup')}>
        {mentee.industries.length > 0 && (
          <div className={styles.badges}>
            {mentee.industries.map((x) => (
              <Badge key={x} appearance="tint" color="informative">
                {t(`mentoring.industry.${x}`)}
              </Badge>
            ))}
          </div>
        )}
        <Facts
          items={[
            [t('mentors.field.profession'), mentee.profession],
            [t('mentors.mentees.experienceYears'), mentee.experienceYears === null ? '' : String(mentee.experienceYears)],
            [t('mentors.mentees.education'), edu.join(' · ')],
            [t('mentors.mentees.recognition'), mentee.recognition === 'not-needed' ? '' : t(`mentoring.recognition.${mentee.recognition}`)],
          ]}
        />
      </Section>
      <Section title={t('mentors.mentees.languagesGroup')}>
        <Facts
          items={[
            [t('mentors.mentees.localLevel'), t(`mentoring.localLevel.${mentee.localLanguageLevel}`)],
            [
              t('mentors.mentees.otherLanguages'),
              mentee.languages
                .map((l) => `${languageName(l.code, ui)} (${t(`mentoring.languageLevel.${l.level}`).toLowerCase()})`)
                .join(', '),
            ],
          ]}
        />
      </Section>
      <Section title={t('mentors.mentees.matchingGroup')}>
        <Facts
          items={[
            [t('mentors.field.availability'), availabilityText(mentee.availability, t) || t('mentors.view.noAvailability')],
            [
              t('mentors.mentees.preferredMentorGender'),
              mentee.preferredMentorGender === 'any' ? '' : t(`mentoring.mentorGender.${mentee.preferredMentorGender}`),
            ],
            [t('mentors.field.preferences'), mentee.preferences],
          ]}
        />
        {mentee.notes && <Body1 className={styles.text}>{mentee.notes}</Body1>}
      </Section>
      <RightsSection person={{ kind: 'mentee', id: mentee.id }} version={mentee.updatedAt} />
      <ErasureSection subject={{ kind: 'mentee', id: mentee.id }} label={mentee.code} onErased={() => props.onChanged(true)} />
    </div>
  );
}
