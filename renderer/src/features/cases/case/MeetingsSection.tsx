import { Badge, Button, Caption1, makeStyles, Tag, TagGroup, Text, tokens, Tooltip } from '@fluentui/react-components';
import { AddRegular, CalendarLtrRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asAppError, call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import type { AppError } from '../../../../../shared/errors';
import { QuickMeetingDialog } from '../../meetings/QuickMeetingDialog';
import { ConfirmDeleteDialog } from '../../partners/ConfirmDeleteDialog';
import { today } from '../../partners/labels';
import { Section } from '../../partners/Section';
import { dateText, minutesText, type CaseValue } from './case-format';
import { MeetingDialog } from './MeetingDialog';

type Meeting = CaseValue['meetings'][number];

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: '20px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: '20px', paddingTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  note: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex' },
});

/** The course's meetings newest first; logged with the quick dialog, corrected or deleted here. */
export function MeetingsSection(props: { c: CaseValue; onChanged: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [logging, setLogging] = useState(false);
  const [editing, setEditing] = useState<Meeting | null>(null);
  const [removing, setRemoving] = useState<Meeting | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const { meetings } = props.c;
  const now = today();

  async function remove(m: Meeting) {
    setRemoving(null);
    try {
      await call('meetings:delete', { id: m.id });
      setError(null);
    } catch (e) {
      setError(asAppError(e));
    }
    props.onChanged();
  }

  const action = (
    <Button appearance="subtle" icon={<AddRegular />} onClick={() => setLogging(true)} data-testid="meeting-log">
      {t('cases.page.meetings.log')}
    </Button>
  );
  return (
    <>
      <Section title={t('cases.page.meetings.title')} action={action} empty={t('cases.page.meetings.empty')} testId="meetings-section">
        {meetings.length > 0 && (
          <ul className={styles.list} data-testid="meeting-list">
            {meetings.map((m) => (
              <li key={m.id} className={styles.item} data-testid="meeting-item">
                <CalendarLtrRegular className={styles.icon} aria-hidden />
                <div className={styles.body}>
                  <div className={styles.head}>
                    <Text weight="semibold">{dateText(m.date)}</Text>
                    <Text>{t(`mentoring.meetingType.${m.type}`)}</Text>
                    {m.durationMinutes !== null && <Caption1 className={styles.muted}>{minutesText(m.durationMinutes)}</Caption1>}
                    {m.date > now && (
                      <Badge appearance="tint" color="informative">
                        {t('cases.page.meetings.planned')}
                      </Badge>
                    )}
                  </div>
                  {m.topics.length > 0 && (
                    <TagGroup aria-label={t('cases.page.meetings.topics')} size="extra-small">
                      {m.topics.map((topic) => (
                        <Tag key={topic} value={topic} appearance="outline" shape="circular" size="extra-small">
                          {topic}
                        </Tag>
                      ))}
                    </TagGroup>
                  )}
                  {m.note && <Text className={styles.note}>{m.note}</Text>}
                </div>
                <div className={styles.buttons}>
                  <Tooltip content={t('cases.page.meetings.edit')} relationship="label">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<EditRegular />}
                      onClick={() => setEditing(m)}
                      data-testid="meeting-edit"
                    />
                  </Tooltip>
                  <Tooltip content={t('cases.page.meetings.remove')} relationship="label">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<DeleteRegular />}
                      onClick={() => setRemoving(m)}
                      data-testid="meeting-remove"
                    />
                  </Tooltip>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ErrorBar error={error} />
      <QuickMeetingDialog
        open={logging}
        caseId={props.c.id}
        onClose={() => setLogging(false)}
        onSaved={() => {
          setLogging(false);
          props.onChanged();
        }}
      />
      {editing && (
        <MeetingDialog
          meeting={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            props.onChanged();
          }}
        />
      )}
      <ConfirmDeleteDialog
        open={removing !== null}
        title={t('cases.page.meetings.deleteTitle')}
        body={
          removing
            ? t('cases.page.meetings.deleteBody', { date: dateText(removing.date), type: t(`mentoring.meetingType.${removing.type}`) })
            : ''
        }
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      />
    </>
  );
}
