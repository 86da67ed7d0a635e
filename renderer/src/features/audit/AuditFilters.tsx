import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditFacets, AuditFilter } from '../../../../shared/contract/audit';
import { actionText, entityText, groupText, startOfLocalDay } from './audit-labels';

export type Facets = z.output<typeof AuditFacets>;

/** What the filter fields hold: local days, a user id, an action or group code, a record kind and number. */
export interface Draft {
  from: string;
  to: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
}
export const EMPTY_DRAFT: Draft = { from: '', to: '', actor: '', action: '', entity: '', entityId: '' };

/** The contract's filter: local days become the instants the log stores; "to" includes its day. */
export function toFilter(d: Draft): AuditFilter {
  const f: AuditFilter = {};
  if (d.from) f.from = startOfLocalDay(d.from);
  if (d.to) f.to = startOfLocalDay(d.to, 1);
  if (d.actor) f.actor = d.actor;
  if (d.action) f.action = d.action;
  if (d.entity) f.entity = d.entity;
  if (d.entity && /^\d+$/.test(d.entityId.trim())) f.entityId = d.entityId.trim();
  return f;
}

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  date: { width: '150px' },
  wide: { minWidth: '220px' },
  number: { width: '100px' },
});

/** The audit log's filter fields: days, user, what (by group or single action), record kind and number. */
export function AuditFilters(props: {
  draft: Draft;
  facets: Facets | null;
  actorText: (id: string, name: string | null, removed: boolean) => string;
  onChange: (key: keyof Draft, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const groups = [...new Set((props.facets?.actions ?? []).map((a) => a.split('.')[0] ?? a))];
  const filtered = Object.values(props.draft).some(Boolean);
  return (
    <section className={styles.filters} aria-label={t('audit.filters.label')}>
      <Field label={t('audit.filters.from')}>
        <Input
          type="date"
          className={styles.date}
          value={props.draft.from}
          onChange={(_e, d) => props.onChange('from', d.value)}
          data-testid="audit-from"
        />
      </Field>
      <Field label={t('audit.filters.to')}>
        <Input
          type="date"
          className={styles.date}
          value={props.draft.to}
          onChange={(_e, d) => props.onChange('to', d.value)}
          data-testid="audit-to"
        />
      </Field>
      <Field label={t('audit.filters.user')}>
        <Select
          className={styles.wide}
          value={props.draft.actor}
          onChange={(_e, d) => props.onChange('actor', d.value)}
          data-testid="audit-actor"
        >
          <option value="">{t('audit.filters.anyUser')}</option>
          {(props.facets?.actors ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {props.actorText(a.id, a.name, a.removed)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('audit.filters.action')}>
        <Select
          className={styles.wide}
          value={props.draft.action}
          onChange={(_e, d) => props.onChange('action', d.value)}
          data-testid="audit-action"
        >
          <option value="">{t('audit.filters.anyAction')}</option>
          {groups.map((g) => (
            <optgroup key={g} label={groupText(t, g)}>
              <option value={g}>{t('audit.filters.allOf', { group: groupText(t, g) })}</option>
              {(props.facets?.actions ?? [])
                .filter((a) => a.startsWith(`${g}.`))
                .map((a) => (
                  <option key={a} value={a}>
                    {actionText(t, a)}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field label={t('audit.filters.record')}>
        <Select value={props.draft.entity} onChange={(_e, d) => props.onChange('entity', d.value)} data-testid="audit-entity">
          <option value="">{t('audit.filters.anyRecord')}</option>
          {(props.facets?.entities ?? []).map((e) => (
            <option key={e} value={e}>
              {entityText(t, e)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('audit.filters.recordId')}>
        <Input
          className={styles.number}
          inputMode="numeric"
          disabled={!props.draft.entity}
          value={props.draft.entityId}
          onChange={(_e, d) => props.onChange('entityId', d.value.replace(/\D/g, ''))}
          data-testid="audit-entity-id"
        />
      </Field>
      <Button appearance="subtle" disabled={!filtered} onClick={props.onClear} data-testid="audit-clear">
        {t('audit.filters.clear')}
      </Button>
    </section>
  );
}
