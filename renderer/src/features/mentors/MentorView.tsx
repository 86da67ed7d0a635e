import { Badge, Body1, Link, makeStyles, MenuItem, Spinner, tokens } from '@fluentui/react-components';
import { PersonProhibitedRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Mentor, MentorStatus } from '../../../../shared/contract/mentoring-schemas';
import { MENTOR_TRANSITIONS } from '../../../../shared/mentoring/lifecycle';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { ConsentsSection } from '../consents/ConsentsSection';
import { ErasureSection } from '../erasure/ErasureSection';
import { useNavigation } from '../partners/navigation';
import { Facts, Section } from '../partners/Section';
import { availabilityText } from './AvailabilityGrid';
import { dateText, STATUS_COLOURS } from './format';
import { languageName } from './language-names';
import { MentorForm } from './MentorForm';
import { EndMentorDialog, MentorStatusButtons } from './MentorStatusActions';
import { DetailHeader } from '../partners/DetailHeader';
import { RightsSection } from '../rights/RightsSection';

type MentorValue = z.output<typeof Mentor>;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One mentor: status and what can happen next, current courses, fields, languages, times, training. */
export function MentorView(props: { id: number; onChanged: (deleted: boolean) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { go, guard } = useNavigation();
  const [mentor, setMentor] = useState<MentorValue | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);

  const load = useCallback(
    () => call('mentors:get', { id: props.id }).then(setMentor, (e: unknown) => setError(asAppError(e))),
    [props.id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <ErrorBar error={error} />;
  if (!mentor) return <Spinner size="small" label={t('common.loading')} />;
  if (editing)
    return (
      <MentorForm
        initial={mentor}
        onSaved={(m) => {
          setMentor(m);
          setEditing(false);
          props.onChanged(false);
        }}
        onCancel={() => guard(() => setEditing(false))}
      />
    );

  const changed = () => {
    void load();
    props.onChanged(false);
  };
  async function move(to: MentorStatus) {
    setConfirmEnd(false);
    try {
      await call('mentors:setStatus', { id: props.id, status: to });
      setActionError(null);
      changed();
    } catch (e) {
      setActionError(asAppError(e));
    }
  }

  const ui = i18n.language;
  return (
    <div data-testid="mentor-view">
      <DetailHeader
        name={mentor.name}
        subtitle={[mentor.profession, mentor.municipality].filter(Boolean).join(' · ')}
        badges={
          <Badge appearance="tint" color={STATUS_COLOURS[mentor.status]} data-testid="mentor-status">
            {t(`mentoring.mentorStatus.${mentor.status}`)}
          </Badge>
        }
        extraActions={<MentorStatusButtons status={mentor.status} onMove={(to) => void move(to)} />}
        menuItems={
          MENTOR_TRANSITIONS[mentor.status].includes('ended') && (
            <MenuItem icon={<PersonProhibitedRegular />} onClick={() => setConfirmEnd(true)} data-testid="mentor-status-ended">
              {t('mentors.statusAction.ended')}
            </MenuItem>
          )
        }
        deleteTitle={t('partners.deleteTitle', { name: mentor.name })}
        deleteBody={t('mentors.deleteBody')}
        onEdit={() => setEditing(true)}
        onDelete={async () => {
          await call('mentors:delete', { id: mentor.id });
          props.onChanged(true);
        }}
        onClose={props.onClose}
      />
      <ErrorBar error={actionError} testId="status-error" />
      <EndMentorDialog
        open={confirmEnd}
        name={mentor.name}
        load={mentor.load}
        onConfirm={() => void move('ended')}
        onCancel={() => setConfirmEnd(false)}
      />
      <Section title={t('mentors.view.courses')} empty={t('mentors.view.noCourses')} testId="mentor-courses">
        <Body1 data-testid="mentor-load">{t('mentors.view.load', { load: mentor.load, capacity: mentor.capacity })}</Body1>
        {mentor.cases.length > 0 && (
          <ul className={styles.list}>
            {mentor.cases.map((c) => (
              <li key={c.id} className={styles.item}>
                <Link onClick={() => go({ page: 'cases', id: c.id })} data-testid={`mentor-case-${c.id}`}>
                  {c.menteeCode}
                </Link>
                <Badge appearance="tint" color={STATUS_COLOURS[c.status]}>
                  {t(`mentoring.caseStatus.${c.status}`)}
                </Badge>
                {c.from && <span className={styles.muted}>{t('mentors.view.since', { date: dateText(c.from) })}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ConsentsSection person={{ kind: 'mentor', id: mentor.id }} />
      <Section title={t('mentors.view.details')}>
        <Facts
          items={[
            [t('mentors.field.email'), mentor.email],
            [t('mentors.field.phone'), mentor.phone],
            [t('mentors.field.municipality'), mentor.municipality],
            [t('mentors.field.gender'), mentor.gender === 'unspecified' ? '' : t(`mentoring.gender.${mentor.gender}`)],
            [t('mentors.field.recruitment'), t(`mentoring.recruitment.${mentor.recruitmentSource}`)],
            [
              t('mentors.field.vetting'),
              <span data-testid="mentor-vetting-text">
                {mentor.vettingCheckedOn ? dateText(mentor.vettingCheckedOn) : t('mentors.view.notVetted')}
              </span>,
            ],
          ]}
        />
      </Section>
      <Section title={t('mentors.view.work')}>
        {mentor.industries.length > 0 && (
          <div className={styles.badges} data-testid="mentor-industries-view">
            {mentor.industries.map((x) => (
              <Badge key={x} appearance="tint" color="brand">
                {t(`mentoring.industry.${x}`)}
              </Badge>
            ))}
          </div>
        )}
        <Facts
          items={[
            [t('mentors.field.profession'), mentor.profession],
            [t('mentors.field.education'), mentor.education],
            [t('mentors.field.skills'), mentor.skills.join(', ')],
          ]}
        />
      </Section>
      <Section title={t('mentors.field.languages')} empty={t('mentors.view.noLanguages')}>
        {mentor.languages.length > 0 && (
          <ul className={styles.list} data-testid="mentor-languages-view">
            {mentor.languages.map((l) => (
              <li key={l.code}>
                {languageName(l.code, ui)} <span className={styles.muted}>· {t(`mentoring.languageLevel.${l.level}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('mentors.field.availability')} empty={t('mentors.view.noAvailability')}>
        {mentor.availability.length > 0 && <Body1 data-testid="mentor-availability-view">{availabilityText(mentor.availability, t)}</Body1>}
      </Section>
      <Section title={t('mentors.form.trainings')} empty={t('mentors.view.noTrainings')}>
        {mentor.trainings.length > 0 && (
          <ul className={styles.list}>
            {mentor.trainings.map((x, i) => (
              <li key={i}>
                <span className={styles.muted}>{dateText(x.date)}</span> · {x.title}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {(mentor.preferences || mentor.notes) && (
        <Section title={t('mentors.view.notes')}>
          {mentor.preferences && <Facts items={[[t('mentors.field.preferences'), mentor.preferences]]} />}
          {mentor.notes && <Body1 className={styles.text}>{mentor.notes}</Body1>}
        </Section>
      )}
      <RightsSection person={{ kind: 'mentor', id: mentor.id }} version={mentor.updatedAt} />
      <ErasureSection subject={{ kind: 'mentor', id: mentor.id }} label={mentor.name} onErased={() => props.onChanged(true)} />
    </div>
  );
}
