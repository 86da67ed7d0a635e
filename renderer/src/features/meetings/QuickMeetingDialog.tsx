import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  Textarea,
  Toast,
  Toaster,
  ToastTitle,
  ToggleButton,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES } from '../../../../shared/contract/mentoring-schemas';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useForm } from '../../components/forms/useForm';
import { currentLocale } from '../../i18n';
import { TagInput } from '../partners/TagInput';
import { today } from '../partners/labels';
import { CasePicker, type CaseChoice } from './CasePicker';
import { meetingSaved } from './meeting-events';

type MeetingType = (typeof MEETING_TYPES)[number];
const QUICK_MINUTES = [30, 60, 90] as const;

const useStyles = makeStyles({
  surface: { width: '560px', maxWidth: 'calc(100vw - 32px)' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
  minutes: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  minutesInput: { width: '88px', flexShrink: 0 },
  // Long labels such as "Kirjaa tapaaminen" stay on one line.
  action: { whiteSpace: 'nowrap', flexShrink: 0 },
});

type Props = { open: boolean; caseId?: number; onClose: () => void; onSaved?: () => void };

const minutesOf = (text: string) => (text.trim() === '' ? null : Number(text));
const minutesOk = (text: string) => {
  const minutes = minutesOf(text);
  return minutes === null || (Number.isInteger(minutes) && minutes >= 0 && minutes <= 24 * 60);
};
const dateOk = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

/**
 * Quick entry of a meeting in a few keystrokes. Opened with Ctrl+M from anywhere (no case
 * chosen: the first field finds the case by mentee code or name) or from a case page (case
 * given). Calls `onSaved` after `meetings:save` succeeds. Keep it mounted while closed: the
 * "Meeting logged" confirmation shows after the dialog has gone.
 */
export function QuickMeetingDialog(props: Props) {
  const { t } = useTranslation();
  const toasterId = useId('meeting-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const { onClose, onSaved } = props;

  const saved = (code: string) => {
    dispatchToast(
      <Toast data-testid="quick-meeting-logged">
        <ToastTitle>{t('week.quick.logged', { code })}</ToastTitle>
      </Toast>,
      { intent: 'success', timeout: 5000 },
    );
    onSaved?.();
    onClose();
  };

  return (
    <>
      <Toaster toasterId={toasterId} position="bottom-end" />
      {props.open && <MeetingForm caseId={props.caseId} onClose={onClose} onSaved={saved} />}
    </>
  );
}

/** The dialog itself, mounted only while open so every opening starts from the defaults. */
function MeetingForm(props: { caseId?: number; onClose: () => void; onSaved: (menteeCode: string) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelId = useId('quick-meeting-course');
  const pickerRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const [given, setGiven] = useState<{ code: string; closed: boolean } | null>(null);
  const { caseId } = props;
  const [start] = useState(() => ({
    chosen: null as CaseChoice | null,
    date: today(),
    type: 'mentor-mentee' as MeetingType,
    minutes: '60',
    topics: [] as string[],
    note: '',
  }));
  // When saving fails, everything typed stays; the message says what to change.
  const { draft, set, tried, busy, error, setError, submit, cancel } = useForm({
    start,
    valid: (d) => (caseId ?? d.chosen?.id) !== undefined && dateOk(d.date) && minutesOk(d.minutes),
    save: (d) =>
      call('meetings:save', {
        caseId: (caseId ?? d.chosen?.id) as number,
        date: d.date,
        type: d.type,
        durationMinutes: minutesOf(d.minutes),
        topics: d.topics,
        note: d.note.trim(),
      }),
    onSaved: () => {
      meetingSaved(targetId as number);
      props.onSaved(code);
    },
    onCancel: props.onClose,
    keys: 'none',
    guard: 'close',
    typed: (d) => [d.topics, d.note],
  });
  const { chosen, date, minutes } = draft;

  const minutesLabel = new Intl.NumberFormat(currentLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  useEffect(() => {
    if (caseId === undefined) return;
    let live = true;
    void call('cases:get', { id: caseId }).then(
      (c) => {
        if (!live) return;
        setGiven({ code: c.mentee.code, closed: c.status === 'closed' });
        // A closed course only takes follow-up meetings: offer that rather than an error.
        if (c.status === 'closed') set('type', 'follow-up');
      },
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [caseId, set, setError]);

  const targetId = caseId ?? chosen?.id;
  const code = given?.code ?? chosen?.menteeCode ?? '';
  const minutesValid = minutesOk(minutes);
  const dateValid = dateOk(date);
  function save() {
    // Without a course the picker gets the focus (and, once tried, says so).
    if (!busy && targetId === undefined) pickerRef.current?.focus();
    void submit();
  }

  const onFormKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.shiftKey) return;
    // Ctrl+Enter saves from anywhere; plain Enter also saves from the note and the type list.
    if (e.ctrlKey || e.metaKey || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') {
      e.preventDefault();
      save();
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && cancel()}>
      <DialogSurface className={styles.surface} data-testid="quick-meeting-dialog">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          onKeyDown={onFormKeyDown}
        >
          <DialogBody>
            <DialogTitle>{code ? t('week.quick.titleFor', { code }) : t('week.quick.title')}</DialogTitle>
            <DialogContent className={styles.form}>
              {caseId === undefined && (
                <Field
                  label={{ children: t('week.quick.course'), id: labelId }}
                  required
                  hint={t('week.quick.courseHint')}
                  validationMessage={tried && !chosen ? t('week.quick.pickCourse') : undefined}
                >
                  <CasePicker
                    ref={pickerRef}
                    labelledBy={labelId}
                    value={chosen}
                    invalid={tried && !chosen}
                    onChange={(c) => set('chosen', c)}
                    onPicked={() => dateRef.current?.focus()}
                  />
                </Field>
              )}
              {given?.closed && <Text>{t('week.quick.closedCourse')}</Text>}
              <div className={styles.pair}>
                <Field
                  label={t('week.quick.date')}
                  required
                  hint={dateValid && date > today() ? t('week.quick.planned') : undefined}
                  validationMessage={dateValid ? undefined : t('week.quick.dateInvalid')}
                >
                  <Input
                    type="date"
                    ref={dateRef}
                    value={date}
                    onChange={(_e, d) => set('date', d.value)}
                    data-testid="quick-meeting-date"
                  />
                </Field>
                <Field label={t('week.quick.type')}>
                  <Select value={draft.type} onChange={(_e, d) => set('type', d.value as MeetingType)} data-testid="quick-meeting-type">
                    {MEETING_TYPES.map((m) => (
                      <option key={m} value={m}>
                        {t(`mentoring.meetingType.${m}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Field label={t('week.quick.duration')} validationMessage={minutesValid ? undefined : t('week.quick.durationInvalid')}>
                <div className={styles.minutes}>
                  <Input
                    className={styles.minutesInput}
                    type="number"
                    min={0}
                    max={24 * 60}
                    step={15}
                    value={minutes}
                    onChange={(_e, d) => set('minutes', d.value)}
                    data-testid="quick-meeting-duration"
                  />
                  {QUICK_MINUTES.map((m) => (
                    <ToggleButton
                      key={m}
                      size="small"
                      checked={minutes === String(m)}
                      onClick={() => set('minutes', String(m))}
                      data-testid={`quick-meeting-minutes-${m}`}
                    >
                      {minutesLabel.format(m)}
                    </ToggleButton>
                  ))}
                </div>
              </Field>
              <Field label={t('week.quick.topics')}>
                <TagInput
                  value={draft.topics}
                  onChange={(topics) => set('topics', topics)}
                  label={t('week.quick.topics')}
                  testId="quick-meeting-topics"
                />
              </Field>
              <Field label={t('week.quick.note')} hint={t('week.quick.noteHint')}>
                <Textarea
                  value={draft.note}
                  onChange={(_e, d) => set('note', d.value)}
                  rows={2}
                  maxLength={4000}
                  data-testid="quick-meeting-note"
                />
              </Field>
              <ErrorBar error={error} testId="quick-meeting-error" />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy} className={styles.action} data-testid="quick-meeting-save">
                {t('week.quick.save')}
              </Button>
              <Button onClick={cancel} className={styles.action} data-testid="quick-meeting-cancel">
                {t('common.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
