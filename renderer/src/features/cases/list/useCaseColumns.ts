import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../../shared/contract/mentoring-schemas';
import { currentLocale } from '../../../i18n';
import { dateCell, isoDateFilterParams } from '../../partners/grid-setup';
import { daysSince, localToday, type CaseRowValue } from './board-model';

const STATUS_ORDER: readonly string[] = CASE_STATUSES;
const number = { filter: 'agNumberColumnFilter', cellClass: 'ag-right-aligned-cell', maxWidth: 150 } as const;

/**
 * The courses list's columns. The mentee's name column exists but starts hidden: lists show the
 * pseudonymous code unless the coordinator turns names on.
 */
export function useCaseColumns(): ColDef<CaseRowValue>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<CaseRowValue>[]>(
    () => {
      const date = dateCell(currentLocale());
      const today = localToday();
      const columns: ColDef<CaseRowValue>[] = [
        { colId: 'code', field: 'menteeCode', headerName: t('cases.list.code'), minWidth: 110, maxWidth: 140 },
        { colId: 'name', field: 'menteeName', headerName: t('cases.list.name'), minWidth: 160 },
        {
          colId: 'status',
          headerName: t('cases.list.status'),
          minWidth: 170,
          valueGetter: (p) => (p.data ? t(`mentoring.caseStatus.${p.data.status}`) : ''),
          // Sorted in lifecycle order (referred first), not alphabetically by the translated name.
          comparator: (_a, _b, x, y) => STATUS_ORDER.indexOf(x.data?.status ?? 'closed') - STATUS_ORDER.indexOf(y.data?.status ?? 'closed'),
          sort: 'asc',
        },
        { colId: 'mentor', field: 'mentorName', headerName: t('cases.list.mentor'), minWidth: 140 },
        { colId: 'coordinator', field: 'coordinator', headerName: t('cases.list.coordinator'), minWidth: 140 },
        { colId: 'referrer', field: 'referrerName', headerName: t('cases.list.referrer'), minWidth: 140 },
        {
          colId: 'referredOn',
          field: 'referredOn',
          headerName: t('cases.list.referredOn'),
          valueFormatter: date,
          filter: 'agDateColumnFilter',
          filterParams: isoDateFilterParams,
          minWidth: 130,
        },
        {
          colId: 'days',
          headerName: t('cases.list.days'),
          valueGetter: (p) => (p.data ? daysSince(p.data.statusSince, today) : null),
          ...number,
          minWidth: 110,
        },
        {
          colId: 'lastMeeting',
          field: 'lastMeeting',
          headerName: t('cases.list.lastMeeting'),
          valueFormatter: date,
          filter: 'agDateColumnFilter',
          filterParams: isoDateFilterParams,
          minWidth: 130,
        },
        { colId: 'meetings', field: 'meetings', headerName: t('cases.list.meetings'), ...number, minWidth: 110 },
        {
          colId: 'outcome',
          headerName: t('cases.list.outcome'),
          valueGetter: (p) => (p.data?.outcome ? t(`mentoring.outcome.${p.data.outcome}`) : ''),
          minWidth: 120,
        },
        { colId: 'municipality', field: 'municipality', headerName: t('cases.list.municipality'), minWidth: 120 },
      ];
      // Long headers ("Days in status", Finnish compounds) wrap instead of being cut off.
      return columns.map((c) => ({ ...c, wrapHeaderText: true, autoHeaderHeight: true }));
    },
    // The language is what changes the headers, the dates and the translated values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}
