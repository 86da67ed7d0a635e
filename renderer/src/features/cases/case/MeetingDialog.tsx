import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES } from '../../../../../shared/contract/mentoring-schemas';
import { call } from '../../../api';
import { useForm } from '../../../components/forms/useForm';
import { TagInput } from '../../partners/TagInput';
import type { CaseValue } from './case-format';
import { FormDialog } from './FormDialog';

type Meeting = CaseValue['meetings'][number];
type MeetingType = Meeting['type'];

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
});

const minutesOf = (duration: string) => (duration.trim() === '' ? null : Number(duration));
const badDuration = (duration: string) => {
  const minutes = minutesOf(duration);
  return minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440);
};

/** Corrects a logged meeting: date, kind, duration, topics and note. Ctrl+Enter saves. */
export function MeetingDialog(props: { meeting: Meeting; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [start] = useState(() => ({
    ...props.meeting,
    duration: props.meeting.durationMinutes === null ? '' : String(props.meeting.durationMinutes),
  }));
  const { draft, set, error, submit, cancel } = useForm({
    start,
    valid: (d) => d.date !== '' && !badDuration(d.duration),
    save: ({ duration, ...meeting }) =>
      call('meetings:save', { ...meeting, durationMinutes: minutesOf(duration), note: meeting.note.trim() }),
    onSaved: props.onSaved,
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => [d.topics, d.note],
  });
  const durationBad = badDuration(draft.duration);

  return (
    <FormDialog
      testId="meeting-dialog"
      title={t('cases.page.meetings.edit')}
      onSubmit={() => void submit()}
      onClose={cancel}
      error={error}
      submitTestId="meeting-save"
      submitDisabled={!draft.date || durationBad}
    >
      <div className={styles.row}>
        <Field label={t('cases.page.meetings.date')} required>
          <Input type="date" value={draft.date} onChange={(_e, d) => set('date', d.value)} data-testid="meeting-date" />
        </Field>
        <Field
          label={t('cases.page.meetings.duration')}
          validationMessage={durationBad ? t('cases.page.meetings.durationInvalid') : undefined}
        >
          <Input
            type="number"
            min={0}
            max={1440}
            value={draft.duration}
            onChange={(_e, d) => set('duration', d.value)}
            data-testid="meeting-duration"
          />
        </Field>
      </div>
      <Field label={t('cases.page.meetings.type')}>
        <Select value={draft.type} onChange={(_e, d) => set('type', d.value as MeetingType)} data-testid="meeting-type">
          {MEETING_TYPES.map((m) => (
            <option key={m} value={m}>
              {t(`mentoring.meetingType.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('cases.page.meetings.topics')}>
        <TagInput value={draft.topics} onChange={(topics) => set('topics', topics)} label={t('cases.page.meetings.topics')} />
      </Field>
      <Field label={t('cases.page.meetings.note')}>
        <Textarea value={draft.note} onChange={(_e, d) => set('note', d.value)} rows={4} data-testid="meeting-note" />
      </Field>
    </FormDialog>
  );
}
