import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { dateCell, isoDateFilterParams } from '../../partners/grid-setup';
import { daysSince, localToday, type CaseRowValue } from './board-model';

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
      return [
        { colId: 'code', field: 'menteeCode', headerName: t('cases.list.code'), minWidth: 120, maxWidth: 150, sort: 'asc' },
        { colId: 'name', field: 'menteeName', headerName: t('cases.list.name'), minWidth: 160 },
        {
          colId: 'status',
          headerName: t('cases.list.status'),
          minWidth: 150,
          valueGetter: (p) => (p.data ? t(`mentoring.caseStatus.${p.data.status}`) : ''),
        },
        { colId: 'mentor', field: 'mentorName', headerName: t('cases.list.mentor'), minWidth: 140 },
        { colId: 'coordinator', field: 'coordinator', headerName: t('cases.list.coordinator'), minWidth: 120 },
        { colId: 'referrer', field: 'referrerName', headerName: t('cases.list.referrer'), minWidth: 140 },
        {
          colId: 'referredOn',
          field: 'referredOn',
          headerName: t('cases.list.referredOn'),
          valueFormatter: date,
          filter: 'agDateColumnFilter',
          filterParams: isoDateFilterParams,
          minWidth: 120,
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
          minWidth: 120,
        },
        { colId: 'meetings', field: 'meetings', headerName: t('cases.list.meetings'), ...number, minWidth: 100 },
        {
          colId: 'outcome',
          headerName: t('cases.list.outcome'),
          valueGetter: (p) => (p.data?.outcome ? t(`mentoring.outcome.${p.data.outcome}`) : ''),
          minWidth: 120,
        },
        { colId: 'municipality', field: 'municipality', headerName: t('cases.list.municipality'), minWidth: 120 },
      ];
    },
    // The language is what changes the headers, the dates and the translated values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}
