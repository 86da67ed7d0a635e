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
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
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
  const [chosen, setChosen] = useState<CaseChoice | null>(null);
  const [given, setGiven] = useState<{ code: string; closed: boolean } | null>(null);
  const [date, setDate] = useState(today());
  const [type, setType] = useState<MeetingType>('mentor-mentee');
  const [minutes, setMinutes] = useState('60');
  const [topics, setTopics] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [missingCase, setMissingCase] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const { caseId } = props;
  const minutesLabel = new Intl.NumberFormat(currentLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  useEffect(() => {
    if (caseId === undefined) return;
    let live = true;
    void call('cases:get', { id: caseId }).then(
      (c) => {
        if (!live) return;
        setGiven({ code: c.mentee.code, closed: c.status === 'closed' });
        // A closed course only takes follow-up meetings: offer that rather than an error.
        if (c.status === 'closed') setType('follow-up');
      },
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [caseId]);

  const targetId = caseId ?? chosen?.id;
  const code = given?.code ?? chosen?.menteeCode ?? '';
  const minutesValue = minutes.trim() === '' ? null : Number(minutes);
  const minutesValid = minutesValue === null || (Number.isInteger(minutesValue) && minutesValue >= 0 && minutesValue <= 24 * 60);
  const dateValid = /^\d{4}-\d{2}-\d{2}$/.test(date);

  async function save() {
    if (busy) return;
    if (targetId === undefined) {
      setMissingCase(true);
      pickerRef.current?.focus();
      return;
    }
    if (!dateValid || !minutesValid) return;
    setBusy(true);
    try {
      await call('meetings:save', { caseId: targetId, date, type, durationMinutes: minutesValue, topics, note: note.trim() });
      meetingSaved(targetId);
      props.onSaved(code);
    } catch (e) {
      // Everything typed stays; the message says what to change.
      setError(asAppError(e));
      setBusy(false);
    }
  }

  const onFormKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.shiftKey) return;
    // Ctrl+Enter saves from anywhere; plain Enter also saves from the note and the type list.
    if (e.ctrlKey || e.metaKey || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') {
      e.preventDefault();
      void save();
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface} data-testid="quick-meeting-dialog">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
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
                  validationMessage={missingCase && !chosen ? t('week.quick.pickCourse') : undefined}
                >
                  <CasePicker
                    ref={pickerRef}
                    labelledBy={labelId}
                    value={chosen}
                    invalid={missingCase && !chosen}
                    onChange={setChosen}
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
                  <Input type="date" ref={dateRef} value={date} onChange={(_e, d) => setDate(d.value)} data-testid="quick-meeting-date" />
                </Field>
                <Field label={t('week.quick.type')}>
                  <Select value={type} onChange={(_e, d) => setType(d.value as MeetingType)} data-testid="quick-meeting-type">
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
                    onChange={(_e, d) => setMinutes(d.value)}
                    data-testid="quick-meeting-duration"
                  />
                  {QUICK_MINUTES.map((m) => (
                    <ToggleButton
                      key={m}
                      size="small"
                      checked={minutes === String(m)}
                      onClick={() => setMinutes(String(m))}
                      data-testid={`quick-meeting-minutes-${m}`}
                    >
                      {minutesLabel.format(m)}
                    </ToggleButton>
                  ))}
                </div>
              </Field>
              <Field label={t('week.quick.topics')}>
                <TagInput value={topics} onChange={setTopics} label={t('week.quick.topics')} testId="quick-meeting-topics" />
              </Field>
              <Field label={t('week.quick.note')} hint={t('week.quick.noteHint')}>
                <Textarea value={note} onChange={(_e, d) => setNote(d.value)} rows={2} maxLength={4000} data-testid="quick-meeting-note" />
              </Field>
              <ErrorBar error={error} testId="quick-meeting-error" />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy} className={styles.action} data-testid="quick-meeting-save">
                {t('week.quick.save')}
              </Button>
              <Button onClick={props.onClose} className={styles.action} data-testid="quick-meeting-cancel">
                {t('common.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
