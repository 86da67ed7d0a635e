import { Button, makeStyles, SearchBox, Switch, Title2, tokens } from '@fluentui/react-components';
import { AddRegular, PersonHeartRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/contract/mentoring-schemas';
import type { AppError } from '../../../../shared/errors';
import { OPEN_STATUSES } from '../../../../shared/mentoring/lifecycle';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { ReferralDialog } from '../mentees/ReferralDialog';
import { ColumnChooser } from '../partners/ColumnChooser';
import { EmptyState } from '../partners/EmptyState';
import { useNavigation } from '../partners/navigation';
import { PagedGrid } from '../partners/PagedGrid';
import { CasePage } from './CasePage';
import { StatusChips } from './list/StatusChips';
import { useCaseColumns } from './list/useCaseColumns';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, height: '100%', minHeight: 0 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  spacer: { flex: 1 },
  search: { width: '240px', minWidth: '140px', flexShrink: 1 },
  body: { display: 'flex', flex: 1, minHeight: 0 },
});

const HIDDEN_KEY = 'bindeled.grid.cases.hidden';

function storedHidden(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(HIDDEN_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string' && v !== 'name' && v !== 'outcome') : [];
  } catch {
    return [];
  }
}

/** The courses: a list by mentee code with status chips, or one course's page when the route names it. */
export function CasesPage() {
  const { route } = useNavigation();
  if (typeof route.id === 'number') return <CasePage id={route.id} />;
  return <CasesList />;
}

function CasesList() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go, route } = useNavigation();
  const columns = useCaseColumns();
  // The dashboard may open the list on one status; a closed one needs the closed courses loaded.
  const startStatus = route.filter?.status ?? null;
  const [counts, setCounts] = useState<Record<CaseStatus, number> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [includeClosed, setIncludeClosed] = useState(startStatus === 'closed');
  const [showNames, setShowNames] = useState(false);
  const [status, setStatus] = useState<CaseStatus | null>(startStatus);
  const [filter, setFilter] = useState('');
  const [quickFilter, setQuickFilter] = useState('');
  const [hidden, setHidden] = useState(storedHidden);
  const [referring, setReferring] = useState(false);

  // Core pages the list (cases:page); the chips' counts come on their own.
  useEffect(() => {
    let live = true;
    call('cases:statusCounts', {}).then(
      (r) => live && (setCounts(r), setError(null)),
      (e) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  // A short pause before filtering keeps typing smooth on thousands of rows.
  useEffect(() => {
    const timer = setTimeout(() => setQuickFilter(filter), 150);
    return () => clearTimeout(timer);
  }, [filter]);

  const chipStatuses = includeClosed ? [...OPEN_STATUSES, 'closed' as const] : OPEN_STATUSES;
  const total = counts ? chipStatuses.reduce((n, s) => n + counts[s], 0) : 0;
  // Names stay out of the grid (and out of core's quick search) unless the coordinator asks for
  // them: without names the column is not there at all, so no sort or filter can be left on it.
  const gridColumns = useMemo(() => (showNames ? columns : columns.filter((c) => c.colId !== 'name')), [columns, showNames]);
  const params = useMemo(() => ({ showNames, status }), [showNames, status]);
  // The outcome only exists for closed courses, so its column comes and goes with them.
  const gridHidden = useMemo(() => [...hidden, ...(includeClosed ? [] : ['outcome'])], [hidden, includeClosed]);
  const chooserColumns = useMemo(
    () => columns.filter((c) => c.colId !== 'name' && c.colId !== 'outcome').map((c) => ({ id: c.colId ?? '', label: c.headerName ?? '' })),
    [columns],
  );
  const changeHidden = useCallback((next: string[]) => {
    setHidden(next);
    localStorage.setItem(HIDDEN_KEY, JSON.stringify(next));
  }, []);
  const open = useCallback((id: number) => go({ page: 'cases', id }), [go]);
  const changeIncludeClosed = (value: boolean) => {
    setIncludeClosed(value);
    if (!value && status === 'closed') setStatus(null);
  };

  const isEmpty = counts !== null && total === 0 && !includeClosed && !error;
  return (
    <div className={styles.page} data-testid="cases-page">
      <div className={styles.toolbar}>
        <Title2 as="h1">{t('mentoring.nav.cases')}</Title2>
        <span className={styles.spacer} />
        <SearchBox
          className={styles.search}
          value={filter}
          onChange={(_e, d) => setFilter(d.value)}
          placeholder={t('cases.list.search')}
          aria-label={t('cases.list.search')}
          data-testid="quick-filter"
        />
        <Switch
          checked={showNames}
          onChange={(_e, d) => setShowNames(d.checked)}
          label={t('cases.list.showNames')}
          data-testid="show-names"
        />
        <Switch
          checked={includeClosed}
          onChange={(_e, d) => changeIncludeClosed(d.checked)}
          label={t('cases.list.includeClosed')}
          data-testid="include-closed"
        />
        <ColumnChooser columns={chooserColumns} hidden={hidden} onChange={changeHidden} />
      </div>
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setReferring(true)} data-testid="new-button">
          {t('cases.list.new')}
        </Button>
        {!isEmpty && counts && <StatusChips statuses={chipStatuses} counts={counts} total={total} value={status} onChange={setStatus} />}
      </div>
      <ErrorBar error={error} testId="cases-error" />
      <div className={styles.body}>
        {isEmpty ? (
          <EmptyState
            icon={<PersonHeartRegular />}
            title={t('cases.list.emptyTitle')}
            body={t('cases.list.emptyBody')}
            action={t('cases.list.new')}
            onAction={() => setReferring(true)}
          />
        ) : (
          <PagedGrid
            channel="cases:page"
            columns={gridColumns}
            quickFilter={quickFilter}
            includeArchived={includeClosed}
            version={0}
            params={params}
            hidden={gridHidden}
            selectedId={null}
            onOpen={open}
            label={t('mentoring.nav.cases')}
          />
        )}
      </div>
      <ReferralDialog open={referring} onClose={() => setReferring(false)} onOpened={(id) => (setReferring(false), open(id))} />
    </div>
  );
}
