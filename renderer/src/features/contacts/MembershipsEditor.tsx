import { Button, Field, Input, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { OrganisationPicker } from '../partners/OrganisationPicker';

export type MembershipDraft = {
  organisationId: number | null;
  organisationName: string;
  role: string;
  from: string | null;
  to: string | null;
};

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingTop: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: '1 / 3' },
  fields: { '& .fui-Input': { width: '100%', minWidth: 0 } },
});

/** Where a person works or worked: organisation, role, from and to. Ending a membership keeps the history. */
export function MembershipsEditor(props: { value: MembershipDraft[]; onChange: (v: MembershipDraft[]) => void; tried: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const update = (i: number, patch: Partial<MembershipDraft>) =>
    props.onChange(props.value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <>
      <div className={styles.head}>
        <Subtitle2 as="h3">{t('contacts.memberships')}</Subtitle2>
        <Button
          icon={<AddRegular />}
          appearance="subtle"
          onClick={() => props.onChange([...props.value, { organisationId: null, organisationName: '', role: '', from: null, to: null }])}
          data-testid="membership-add"
        >
          {t('contacts.addMembership')}
        </Button>
      </div>
      {props.value.map((m, i) => (
        <div key={i} className={mergeClasses(styles.item, styles.fields)} data-testid="membership-editor">
          <Field
            className={styles.wide}
            label={t('partners.organisation')}
            required
            validationMessage={props.tried && m.organisationId === null ? t('contacts.pickOrganisation') : undefined}
          >
            <OrganisationPicker
              value={m.organisationId}
              valueName={m.organisationName}
              onChange={(c) => update(i, { organisationId: c?.id ?? null, organisationName: c?.name ?? '' })}
              testId="membership-organisation"
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('contacts.removeMembership', { organisation: m.organisationName || t('partners.organisation') })}
            onClick={() => props.onChange(props.value.filter((_m, j) => j !== i))}
          />
          <Field className={styles.wide} label={t('contacts.role')}>
            <Input value={m.role} onChange={(_e, d) => update(i, { role: d.value })} data-testid="membership-role" />
          </Field>
          <span />
          <Field label={t('contacts.from')}>
            <Input type="date" value={m.from ?? ''} onChange={(_e, d) => update(i, { from: d.value || null })} />
          </Field>
          <Field
            label={t('contacts.to')}
            hint={t('contacts.toHint')}
            validationState={m.from && m.to && m.to < m.from ? 'warning' : 'none'}
            validationMessage={m.from && m.to && m.to < m.from ? t('contacts.toBeforeFrom') : undefined}
          >
            <Input type="date" value={m.to ?? ''} onChange={(_e, d) => update(i, { to: d.value || null })} data-testid="membership-to" />
          </Field>
        </div>
      ))}
    </>
  );
}
