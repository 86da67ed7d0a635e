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
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from '../../../../shared/mentoring/lifecycle';
import { call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useForm } from '../../components/forms/useForm';
import { today } from '../partners/labels';
import { OrganisationPicker } from '../partners/OrganisationPicker';
import { MenteeFinder, type MenteeChoice } from './MenteeFinder';

type Person = { id: number; name: string; role: string };

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    '& .fui-Input': { width: '100%', minWidth: 0 },
  },
});

const blank = () => ({
  menteeId: null as number | null,
  date: today(),
  organisationId: null as number | null,
  contactId: null as number | null,
  reason: '',
  coordinator: '',
});

/**
 * Records a referral: opens a new course (`cases:open`) for a mentee, with the referring
 * organisation and contact person, the date and the reason. Without `menteeId` the dialog first
 * lets the coordinator pick (or find by code or name) the mentee. Calls `onOpened` with the new
 * case's id.
 */
export function ReferralDialog(props: { open: boolean; menteeId?: number; onClose: () => void; onOpened: (caseId: number) => void }) {
  // Mounted only while open, so every opening starts with a fresh form.
  if (!props.open) return null;
  return <ReferralForm {...props} />;
}

function ReferralForm(props: { menteeId?: number; onClose: () => void; onOpened: (caseId: number) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [start] = useState(() => ({ ...blank(), menteeId: props.menteeId ?? null }));
  const { draft, set, setDraft, tried, busy, error, cancel, formProps } = useForm({
    start,
    valid: (d) => d.menteeId !== null && d.date !== '',
    save: (d) =>
      call('cases:open', {
        menteeId: d.menteeId as number,
        coordinator: d.coordinator.trim(),
        referral: { organisationId: d.organisationId, contactId: d.contactId, date: d.date, reason: d.reason.trim() },
      }),
    onSaved: (c) => props.onOpened(c.id),
    onCancel: props.onClose,
    keys: 'form',
    guard: 'close',
    typed: (d) => [d.reason, d.coordinator],
  });
  const [orgName, setOrgName] = useState('');
  const [peopleOf, setPeopleOf] = useState<{ organisationId: number; people: Person[] } | null>(null);
  // The chosen mentee's code and newest course: the finder gives it, or core for a given mentee.
  const [mentee, setMentee] = useState<Pick<MenteeChoice, 'id' | 'code' | 'caseStatus'> | null>(null);
  useEffect(() => {
    if (props.menteeId === undefined) return;
    let live = true;
    call('mentees:get', { id: props.menteeId }).then(
      (m) => {
        const newest = m.cases.reduce<(typeof m.cases)[number] | null>((a, c) => (a === null || c.id > a.id ? c : a), null);
        if (live) setMentee({ id: m.id, code: m.code, caseStatus: newest?.status ?? null });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [props.menteeId]);

  // The people who work at the chosen organisation now.
  const organisationId = draft.organisationId;
  useEffect(() => {
    if (organisationId === null) return;
    let live = true;
    const keep = (people: Person[]) => live && setPeopleOf({ organisationId, people });
    call('organisations:get', { id: organisationId }).then(
      (o) => keep(o.people.filter((p) => !p.to || p.to >= today()).map((p) => ({ id: p.contactId, name: p.name, role: p.role }))),
      () => keep([]),
    );
    return () => {
      live = false;
    };
  }, [organisationId]);
  const people = peopleOf && peopleOf.organisationId === organisationId ? peopleOf.people : [];

  const alreadyOpen = mentee?.caseStatus && OPEN_STATUSES.includes(mentee.caseStatus) ? mentee : null;

  const title =
    props.menteeId !== undefined && mentee ? t('mentors.referral.titleFor', { code: mentee.code }) : t('mentors.referral.title');
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && cancel()}>
      <DialogSurface data-testid="referral-dialog">
        <form {...formProps}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {props.menteeId === undefined && (
                <Field
                  label={t('mentors.referral.mentee')}
                  required
                  validationMessage={tried && draft.menteeId === null ? t('mentors.referral.menteeRequired') : undefined}
                >
                  <MenteeFinder
                    value={draft.menteeId}
                    onChange={(m) => {
                      setMentee(m);
                      set('menteeId', m?.id ?? null);
                    }}
                    label={t('mentors.referral.mentee')}
                  />
                </Field>
              )}
              {alreadyOpen?.caseStatus && (
                <MessageBar intent="warning" data-testid="referral-open-warning">
                  <MessageBarBody>
                    {t('mentors.referral.alreadyOpen', {
                      code: alreadyOpen.code,
                      status: t(`mentoring.caseStatus.${alreadyOpen.caseStatus}`),
                    })}
                  </MessageBarBody>
                </MessageBar>
              )}
              <div className={styles.row}>
                <Field
                  label={t('mentors.referral.date')}
                  required
                  validationMessage={tried && !draft.date ? t('mentors.form.dateRequired') : undefined}
                >
                  <Input type="date" value={draft.date} onChange={(_e, d) => set('date', d.value)} data-testid="referral-dialog-date" />
                </Field>
                <Field label={t('mentors.referral.coordinator')} hint={t('mentors.referral.optional')}>
                  <Input
                    value={draft.coordinator}
                    onChange={(_e, d) => set('coordinator', d.value)}
                    data-testid="referral-dialog-coordinator"
                  />
                </Field>
              </div>
              <Field label={t('mentors.referral.organisation')} hint={t('mentors.referral.organisationHint')}>
                <OrganisationPicker
                  value={draft.organisationId}
                  valueName={orgName}
                  label={t('mentors.referral.organisation')}
                  onChange={(o) => {
                    setOrgName(o?.name ?? '');
                    setDraft((d) => ({ ...d, organisationId: o?.id ?? null, contactId: null }));
                  }}
                  testId="referral-dialog-organisation"
                />
              </Field>
              <Field
                label={t('mentors.referral.contact')}
                hint={draft.organisationId !== null && people.length === 0 ? t('mentors.referral.noPeople') : undefined}
              >
                <Select
                  value={draft.contactId === null ? '' : String(draft.contactId)}
                  disabled={draft.organisationId === null}
                  onChange={(_e, d) => set('contactId', d.value ? Number(d.value) : null)}
                  data-testid="referral-dialog-contact"
                >
                  <option value="">
                    {draft.organisationId === null ? t('mentors.referral.pickOrganisationFirst') : t('mentors.referral.noContact')}
                  </option>
                  {people.map((p) => (
                    <option key={p.id} value={String(p.id)}>
                      {p.role ? `${p.name} (${p.role})` : p.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('mentors.referral.reason')} hint={t('mentors.referral.reasonHint')}>
                <Textarea
                  value={draft.reason}
                  onChange={(_e, d) => set('reason', d.value)}
                  rows={3}
                  resize="vertical"
                  data-testid="referral-dialog-reason"
                />
              </Field>
              <ErrorBar error={error} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy} data-testid="referral-dialog-save">
                {t('mentors.referral.save')}
              </Button>
              <Button onClick={cancel}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
