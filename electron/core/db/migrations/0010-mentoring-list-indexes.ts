import { birthYearOrder, caseStatusOrder, daysOrder, mentorStatusOrder } from '../../mentoring/list-orders';
import type { Migration } from './types';

// The mentees, mentors and courses lists page in core like the partner lists (migration 9):
// every column they sort by without computing has an index on exactly its ORDER BY expression.
// Names have `name_key` (mentors had theirs), codes their UNIQUE index, the referral date its own.
export const m0010MentoringListIndexes: Migration = {
  version: 10,
  name: 'mentoring-list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX mentees_name_key ON mentees(name_key);
      CREATE INDEX mentees_municipality_sort ON mentees(municipality COLLATE NOCASE);
      CREATE INDEX mentees_birth_year_sort ON mentees(${birthYearOrder('birth_year')});
      CREATE INDEX mentors_status_sort ON mentors(${mentorStatusOrder('status')});
      CREATE INDEX mentors_municipality_sort ON mentors(municipality COLLATE NOCASE);
      CREATE INDEX mentors_profession_sort ON mentors(profession COLLATE NOCASE);
      CREATE INDEX cases_status_sort ON cases(${caseStatusOrder('status')});
      CREATE INDEX cases_coordinator_sort ON cases(coordinator COLLATE NOCASE);
      CREATE INDEX cases_days_sort ON cases(${daysOrder('status_since')});
    `);
  },
};
