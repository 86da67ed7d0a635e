import { Button, makeStyles, Subtitle2, tokens, Tooltip } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Disclosure, DisclosurePageQuery } from '../../../../shared/contract/rights';
import { PagedGrid } from '../partners/PagedGrid';
import { DisclosureList, minuteLabel, runningList } from './DisclosureList';

// Privacy › Disclosures as a grid served by core one page at a time (disclosures:page): newest
// first, sortable by time, person code and recipient; partner and period go to core as `where`.
// Click or Enter on a row shows the disclosure whole under the grid (consents, file, checksum).

const useStyles = makeStyles({
  grid: { display: 'flex', height: 'min(58vh, 600px)', minHeight: '300px' },
  detail: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  detailHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

export type DisclosureWhere = z.input<typeof DisclosurePageQuery>['where'];

export function DisclosureGrid(props: { where: DisclosureWhere; onCount: (total: number) => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [open, setOpen] = useState<Disclosure | null>(null);
  const language = i18n.language;
  const columns = useMemo<ColDef<Disclosure>[]>(() => {
    const fixed = { sortable: false, filter: false } as const;
    return [
      {
        colId: 'at',
        field: 'at',
        headerName: t('rights.disclosures.columns.at'),
        flex: 1.5,
        minWidth: 190,
        filter: false,
        valueFormatter: (p) => minuteLabel(String(p.value ?? '')),
      },
      {
        colId: 'personCode',
        field: 'personCode',
        headerName: t('rights.disclosures.columns.person'),
        flex: 0,
        width: 110,
        filter: false,
        valueFormatter: (p) => String(p.value || '—'),
      },
      {
        colId: 'recipientLabel',
        field: 'recipientLabel',
        headerName: t('rights.disclosures.columns.recipient'),
        flex: 1.5,
        minWidth: 170,
        filter: false,
        valueFormatter: (p) =>
          p.data && p.data.recipientOrganisationId === null && p.data.purpose === 'access'
            ? t('rights.dataSubject')
            : String(p.value ?? ''),
      },
      {
        colId: 'purpose',
        ...fixed,
        headerName: t('rights.disclosures.purpose'),
        flex: 1.4,
        minWidth: 150,
        valueGetter: (p) => (p.data ? t(`rights.purpose.${p.data.purpose}`, { defaultValue: p.data.purpose }) : ''),
      },
      {
        colId: 'categories',
        ...fixed,
        flex: 1.4,
        headerName: t('rights.disclosures.categories'),
        valueGetter: (p) => (p.data ? runningList(p.data.categories.map((c) => t(`rights.category.${c}`))) : ''),
      },
      {
        colId: 'recordedBy',
        ...fixed,
        minWidth: 130,
        headerName: t('rights.disclosures.recordedBy'),
        valueGetter: (p) => p.data?.recordedByName ?? '',
      },
      { colId: 'file', ...fixed, flex: 1.3, headerName: t('rights.disclosures.file'), valueGetter: (p) => p.data?.fileName ?? '' },
    ];
    // The labels follow the language; language is what changes them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, language]);
  const { onCount } = props;
  const onView = useCallback((total: number) => onCount(total), [onCount]);
  return (
    <>
      <div className={styles.grid} data-testid="disclosures-list">
        <PagedGrid<Disclosure>
          channel="disclosures:page"
          params={{ where: props.where }}
          version={0}
          columns={columns}
          quickFilter=""
          includeArchived={false}
          hidden={[]}
          selectedId={open?.id ?? null}
          onOpen={(_id, row) => setOpen(row)}
          onView={onView}
          label={t('rights.disclosures.tableLabel')}
        />
      </div>
      {open && (
        <section className={styles.detail} aria-label={t('rights.disclosures.detailTitle')} data-testid="disclosure-detail">
          <div className={styles.detailHead}>
            <Subtitle2 as="h2">{t('rights.disclosures.detailTitle')}</Subtitle2>
            <Tooltip content={t('audit.entry.close')} relationship="label">
              <Button appearance="subtle" icon={<DismissRegular />} onClick={() => setOpen(null)} data-testid="disclosure-detail-close" />
            </Tooltip>
          </div>
          <DisclosureList items={[open]} show="person" />
        </section>
      )}
    </>
  );
}
