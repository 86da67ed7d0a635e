import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, OUTCOMES } from '../../../../../shared/contract/mentoring-schemas';
import { currentLocale } from '../../../i18n';
import { dateCell, pagedDateFilterParams, pagedNumberFilterParams } from '../../partners/grid-setup';
import { daysSince, localToday, type CaseRowValue } from './board-model';
import { mentorName } from '../../erasure/mentor-name';

const number = {
  filter: 'agNumberColumnFilter',
  filterParams: pagedNumberFilterParams,
  cellClass: 'ag-right-aligned-cell',
  maxWidth: 150,
} as const;
// Sorted and filtered in core (cases:page): what it cannot order or filter by says so here.
const notInCore = { sortable: false, filter: false } as const;

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
      // Looked up once per language: i18next's t() per cell is what made 6,000 rows slow.
      const statusLabel = Object.fromEntries(CASE_STATUSES.map((s) => [s, t(`mentoring.caseStatus.${s}`)]));
      const outcomeLabel = Object.fromEntries(OUTCOMES.map((o) => [o, t(`mentoring.outcome.${o}`)]));
      const columns: ColDef<CaseRowValue>[] = [
        { colId: 'code', field: 'menteeCode', headerName: t('cases.list.code'), minWidth: 110, maxWidth: 140 },
        { colId: 'name', field: 'menteeName', headerName: t('cases.list.name'), minWidth: 160 },
        {
          colId: 'status',
          headerName: t('cases.list.status'),
          minWidth: 170,
          valueGetter: (p) => (p.data ? statusLabel[p.data.status] : ''),
          // Core sorts it in lifecycle order (referred first), not alphabetically by the translated name.
          filter: false,
          sort: 'asc',
        },
        {
          colId: 'mentor',
          headerName: t('cases.list.mentor'),
          minWidth: 140,
          valueGetter: (p) => (p.data ? mentorName(t, p.data.mentorName, p.data.mentorAnonymised) : null),
        },
        { colId: 'coordinator', field: 'coordinator', headerName: t('cases.list.coordinator'), minWidth: 140 },
        { colId: 'referrer', field: 'referrerName', headerName: t('cases.list.referrer'), minWidth: 140 },
        {
          colId: 'referredOn',
          field: 'referredOn',
          headerName: t('cases.list.referredOn'),
          valueFormatter: date,
          filter: 'agDateColumnFilter',
          filterParams: pagedDateFilterParams,
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
          filterParams: pagedDateFilterParams,
          minWidth: 130,
        },
        { colId: 'meetings', field: 'meetings', headerName: t('cases.list.meetings'), ...number, minWidth: 110 },
        {
          colId: 'outcome',
          headerName: t('cases.list.outcome'),
          valueGetter: (p) => (p.data?.outcome ? outcomeLabel[p.data.outcome] : ''),
          minWidth: 120,
          ...notInCore,
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
