import { Switch } from '@fluentui/react-components';
import { HatGraduationRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MenteeRow } from '../../../../shared/contract/mentoring-schemas';
import { EntityListPage } from '../partners/EntityListPage';
import { pagedNumberFilterParams } from '../partners/grid-setup';
import { MenteeForm } from './MenteeForm';
import { MenteeView } from './MenteeView';

type Row = z.output<typeof MenteeRow>;

function useColumns(showNames: boolean): ColDef<Row>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<Row>[]>(
    () => [
      { colId: 'code', field: 'code', headerName: t('mentors.mentees.code'), minWidth: 110, maxWidth: 140, sort: 'asc' },
      // Names only on request: the list is often on screen while others are in the room.
      ...(showNames
        ? [{ colId: 'name', field: 'name', headerName: t('mentors.field.name'), minWidth: 160, flex: 1.3 } as ColDef<Row>]
        : []),
      {
        colId: 'caseStatus',
        headerName: t('mentors.mentees.courseStatus'),
        // Second, and wide enough for "Waiting for a mentor", so it stays readable beside an open record.
        minWidth: 150,
        valueGetter: (p) => (p.data?.caseStatus ? t(`mentoring.caseStatus.${p.data.caseStatus}`) : t('mentors.mentees.noCourse')),
        // Core sorts it in lifecycle order (no course first); a translated name is nothing it can filter by.
        filter: false,
      },
      { colId: 'municipality', field: 'municipality', headerName: t('mentors.field.municipality') },
      {
        colId: 'birthYear',
        field: 'birthYear',
        headerName: t('mentors.mentees.birthYear'),
        filter: 'agNumberColumnFilter',
        filterParams: pagedNumberFilterParams,
        maxWidth: 120,
      },
      {
        colId: 'industries',
        headerName: t('mentors.field.industries'),
        valueGetter: (p) => p.data?.industries.map((x) => t(`mentoring.industry.${x}`)).join(', ') ?? '',
        flex: 1.5,
        // Translated names: core cannot order or filter by them.
        sortable: false,
        filter: false,
      },
      {
        colId: 'goals',
        headerName: t('mentors.mentees.goals'),
        valueGetter: (p) => p.data?.goals.map((x) => t(`mentoring.goal.${x}`)).join(', ') ?? '',
        flex: 1.2,
        sortable: false,
        filter: false,
      },
    ],
    // The language changes the headers and the translated values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language, showNames],
  );
}

/** Mentees by pseudonymous code: the grid on the left, the open mentee (or the new-mentee form) on the right. */
export function MenteesPage() {
  const { t } = useTranslation();
  // Not remembered: every visit starts with codes only.
  const [showNames, setShowNames] = useState(false);
  const columns = useColumns(showNames);
  // The names switch goes to core too: while names are hidden, the quick search does not read them.
  const pageParams = useMemo(() => ({ showNames }), [showNames]);
  return (
    <EntityListPage
      page="mentees"
      list="mentees:list"
      pageChannel="mentees:page"
      pageParams={pageParams}
      texts="mentors.mentees"
      include={null}
      columns={columns}
      icon={<HatGraduationRegular />}
      toolbarExtra={
        <Switch
          checked={showNames}
          onChange={(_e, d) => setShowNames(d.checked)}
          label={t('mentors.mentees.showNames')}
          data-testid="show-names"
        />
      }
      form={(p) => <MenteeForm {...p} />}
      view={(p) => <MenteeView key={p.id} {...p} />}
    />
  );
}
