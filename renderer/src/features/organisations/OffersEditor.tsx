import { Button, Field, Input, makeStyles, Select, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { TagInput } from '../partners/TagInput';
import type { OfferDraft } from './OrganisationForm';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingTop: tokens.spacingVerticalS },
  offer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  offerHead: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flex: 1 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

const blank: OfferDraft = { title: '', description: '', targetGroup: '', languages: [], area: '', howToRefer: '', contactId: null };

/** The offers of an organisation inside its form: add, edit, remove. */
export function OffersEditor(props: {
  offers: OfferDraft[];
  onChange: (offers: OfferDraft[]) => void;
  people: { contactId: number; name: string; to: string | null }[];
  tried: boolean;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const update = (i: number, patch: Partial<OfferDraft>) => props.onChange(props.offers.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const current = props.people.filter((p) => !p.to);

  return (
    <>
      <div className={styles.head}>
        <Subtitle2 as="h3">{t('organisations.offers')}</Subtitle2>
        <Button
          icon={<AddRegular />}
          appearance="subtle"
          onClick={() => props.onChange([...props.offers, { ...blank }])}
          data-testid="offer-add"
        >
          {t('offers.add')}
        </Button>
      </div>
      {props.offers.map((f, i) => (
        <fieldset key={f.id ?? `new-${i}`} className={styles.offer} data-testid="offer-editor" style={{ margin: 0 }}>
          <legend className={styles.srOnly}>{f.title || t('offers.untitled')}</legend>
          <div className={styles.offerHead}>
            <Field
              className={styles.grow}
              label={t('offers.title')}
              required
              validationMessage={props.tried && !f.title.trim() ? t('partners.nameRequired') : undefined}
            >
              <Input value={f.title} onChange={(_e, d) => update(i, { title: d.value })} data-testid="offer-title" />
            </Field>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t('offers.remove', { title: f.title || t('offers.untitled') })}
              onClick={() => props.onChange(props.offers.filter((_f, j) => j !== i))}
            />
          </div>
          <Field label={t('offers.description')}>
            <Textarea value={f.description} onChange={(_e, d) => update(i, { description: d.value })} rows={3} resize="vertical" />
          </Field>
          <Field label={t('offers.targetGroup')}>
            <Input value={f.targetGroup} onChange={(_e, d) => update(i, { targetGroup: d.value })} />
          </Field>
          <Field label={t('offers.languages')}>
            <TagInput value={f.languages} onChange={(v) => update(i, { languages: v })} label={t('offers.languages')} />
          </Field>
          <Field label={t('offers.area')}>
            <Input value={f.area} onChange={(_e, d) => update(i, { area: d.value })} />
          </Field>
          <Field label={t('offers.howToRefer')}>
            <Textarea value={f.howToRefer} onChange={(_e, d) => update(i, { howToRefer: d.value })} rows={2} resize="vertical" />
          </Field>
          {current.length > 0 && (
            <Field label={t('offers.contact')}>
              <Select
                value={f.contactId === null ? '' : String(f.contactId)}
                onChange={(_e, d) => update(i, { contactId: d.value ? Number(d.value) : null })}
              >
                <option value="">{t('offers.noContact')}</option>
                {current.map((p) => (
                  <option key={p.contactId} value={p.contactId}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </fieldset>
      ))}
    </>
  );
}
