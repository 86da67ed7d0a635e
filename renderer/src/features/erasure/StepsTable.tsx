import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErasureAction, ErasureTable } from '../../../../shared/contract/erasure';

type Step = { table: ErasureTable; action: ErasureAction; count: number };

/** What a step does, in words: the specific wording where the table has one, else the action's. */
export function effectText(step: Pick<Step, 'table' | 'action'>, t: TFunction): string {
  const specific: Partial<Record<`${ErasureAction}.${ErasureTable}`, string>> = {
    'delete.files': 'files',
    'delete.erasure_queue': 'erasure_queue',
    'delete.interactions': 'interactions',
    'delete.interaction_contacts': 'interaction_contacts',
    'delete.search_index': 'search_index',
    'blank.follow_ups': 'blankFollowUps',
    'blank.meetings': 'blankMeetings',
    'blank.case_goals': 'blankGoals',
    'blank.case_events': 'blankEvents',
    'blank.case_mentors': 'blankPeriods',
    'blank.cases': 'blankCases',
    'blank.mentees': 'blankMentee',
    'blank.mentors': 'blankMentor',
    'unlink.disclosures': 'unlinkDisclosures',
    'unlink.offers': 'unlinkOffers',
    'unlink.cases': 'unlinkCases',
    'unlink.case_events': 'unlinkEvents',
  };
  return t(`erasure.effect.${specific[`${step.action}.${step.table}`] ?? step.action}`);
}

/** A plan's rows per table: what, how many, what happens to them. */
export function StepsTable(props: { steps: Step[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table size="small" data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '32%' }}>{t('erasure.dialog.what')}</TableHeaderCell>
          <TableHeaderCell style={{ width: '80px', textAlign: 'end' }}>{t('erasure.dialog.count')}</TableHeaderCell>
          <TableHeaderCell>{t('erasure.dialog.effect')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.steps.map((s) => (
          <TableRow key={`${s.table}.${s.action}`} data-testid={`step-${s.table}-${s.action}`}>
            <TableCell>{t(`erasure.table.${s.table}`)}</TableCell>
            <TableCell style={{ textAlign: 'end' }}>{number.format(s.count)}</TableCell>
            <TableCell>{effectText(s, t)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
