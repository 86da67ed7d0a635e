import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES } from '../../../../../shared/contract/mentoring-schemas';
import type { AppError } from '../../../../../shared/errors';
import { asAppError, call } from '../../../api';
import { TagInput } from '../../partners/TagInput';
import type { CaseValue } from './case-format';
import { FormDialog } from './FormDialog';

type Meeting = CaseValue['meetings'][number];
type MeetingType = Meeting['type'];

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
});

/** Corrects a logged meeting: date, kind, duration, topics and note. Ctrl+Enter saves. */
export function MeetingDialog(props: { meeting: Meeting; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [draft, setDraft] = useState(props.meeting);
  const [duration, setDuration] = useState(props.meeting.durationMinutes === null ? '' : String(props.meeting.durationMinutes));
  const [error, setError] = useState<AppError | null>(null);
  const minutes = duration.trim() === '' ? null : Number(duration);
  const badDuration = minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440);

  async function save() {
    if (!draft.date || badDuration) return;
    try {
      await call('meetings:save', { ...draft, durationMinutes: minutes, note: draft.note.trim() });
      props.onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <FormDialog
      testId="meeting-dialog"
      title={t('cases.page.meetings.edit')}
      onSubmit={() => void save()}
      onClose={props.onClose}
      error={error}
      submitTestId="meeting-save"
      submitDisabled={!draft.date || badDuration}
    >
      <div className={styles.row}>
        <Field label={t('cases.page.meetings.date')} required>
          <Input type="date" value={draft.date} onChange={(_e, d) => setDraft({ ...draft, date: d.value })} data-testid="meeting-date" />
        </Field>
        <Field
          label={t('cases.page.meetings.duration')}
          validationMessage={badDuration ? t('cases.page.meetings.durationInvalid') : undefined}
        >
          <Input
            type="number"
            min={0}
            max={1440}
            value={duration}
            onChange={(_e, d) => setDuration(d.value)}
            data-testid="meeting-duration"
          />
        </Field>
      </div>
      <Field label={t('cases.page.meetings.type')}>
        <Select value={draft.type} onChange={(_e, d) => setDraft({ ...draft, type: d.value as MeetingType })} data-testid="meeting-type">
          {MEETING_TYPES.map((m) => (
            <option key={m} value={m}>
              {t(`mentoring.meetingType.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('cases.page.meetings.topics')}>
        <TagInput value={draft.topics} onChange={(topics) => setDraft({ ...draft, topics })} label={t('cases.page.meetings.topics')} />
      </Field>
      <Field label={t('cases.page.meetings.note')}>
        <Textarea value={draft.note} onChange={(_e, d) => setDraft({ ...draft, note: d.value })} rows={4} data-testid="meeting-note" />
      </Field>
    </FormDialog>
  );
}
