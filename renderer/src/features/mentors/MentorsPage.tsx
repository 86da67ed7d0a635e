import { PersonStarRegular } from '@fluentui/react-icons';
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MentorRow } from '../../../../shared/contract/mentoring-schemas';
import { EntityListPage, type IncludeSwitch } from '../partners/EntityListPage';
import { pagedNumberFilterParams } from '../partners/grid-setup';
import { languageName } from './language-names';
import { MentorForm } from './MentorForm';
import { MentorView } from './MentorView';

type Row = z.output<typeof MentorRow>;

const includeEnded = (on: boolean) => ({ includeEnded: on });

function useColumns(): ColDef<Row>[] {
  const { t, i18n } = useTranslation();
  return useMemo<ColDef<Row>[]>(
    () => {
      const ui = i18n.language;
      const number = new Intl.NumberFormat(ui);
      return [
        { colId: 'name', field: 'name', headerName: t('mentors.field.name'), minWidth: 160, flex: 1.4, sort: 'asc' },
        {
          colId: 'status',
          headerName: t('mentors.col.status'),
          valueGetter: (p) => (p.data ? t(`mentoring.mentorStatus.${p.data.status}`) : ''),
          maxWidth: 150,
          // Core sorts it in lifecycle order (applicant first); a translated name is nothing it can filter by.
          filter: false,
        },
        {
          colId: 'load',
          headerName: t('mentors.col.load'),
          headerTooltip: t('mentors.col.loadHint'),
          // Sorts by how full the mentor is: ascending puts those with the most room first.
          valueGetter: (p) => (p.data ? p.data.load / p.data.capacity : 0),
          valueFormatter: (p) => (p.data ? `${number.format(p.data.load)} / ${number.format(p.data.capacity)}` : ''),
          filter: false,
          minWidth: 120,
          maxWidth: 140,
          type: 'rightAligned',
        },
        { colId: 'municipality', field: 'municipality', headerName: t('mentors.field.municipality') },
        {
          colId: 'industries',
          headerName: t('mentors.field.industries'),
          valueGetter: (p) => p.data?.industries.map((x) => t(`mentoring.industry.${x}`)).join(', ') ?? '',
          flex: 1.5,
          // Translated names: core cannot order or filter by them.
          sortable: false,
          filter: false,
        },
        { colId: 'profession', field: 'profession', headerName: t('mentors.field.profession') },
        {
          colId: 'languages',
          headerName: t('mentors.field.languages'),
          valueGetter: (p) => p.data?.languages.map((c) => languageName(c, ui)).join(', ') ?? '',
          flex: 1.3,
          sortable: false,
          filter: false,
        },
        {
          colId: 'trainings',
          field: 'trainings',
          headerName: t('mentors.col.trainings'),
          filter: 'agNumberColumnFilter',
          filterParams: pagedNumberFilterParams,
          maxWidth: 130,
          type: 'rightAligned',
        },
      ];
    },
    // The language is what changes the headers and the translated values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
}

/** Volunteer mentors: the grid on the left, the open mentor (or the new-mentor form) on the right. */
export function MentorsPage() {
  const { t } = useTranslation();
  const columns = useColumns();
  const include = useMemo<IncludeSwitch>(() => ({ label: t('mentors.showEnded'), input: includeEnded }), [t]);
  return (
    <EntityListPage
      page="mentors"
      list="mentors:list"
      pageChannel="mentors:page"
      columns={columns}
      icon={<PersonStarRegular />}
      include={include}
      form={(p) => <MentorForm {...p} />}
      view={(p) => <MentorView key={p.id} {...p} />}
    />
  );
}
