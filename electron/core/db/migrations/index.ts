import { m0001Initial } from './0001-initial';
import { m0002Partners } from './0002-partners';
import { m0003Mentoring } from './0003-mentoring';
import { m0004Privacy } from './0004-privacy';
import { m0005OutputIntents } from './0005-output-intents';
import { m0006ReleaseLedger } from './0006-release-ledger';
import { m0007Summaries } from './0007-summaries';
import { m0008DuplicatePairs } from './0008-duplicate-pairs';
import { m0009ListIndexes } from './0009-list-indexes';
import { m0010MentoringListIndexes } from './0010-mentoring-list-indexes';
import { m0011AuditListIndexes } from './0011-audit-list-indexes';
import { m0012OrganisationCounts } from './0012-organisation-counts';
import { m0013ContactOrganisations } from './0013-contact-organisations';
import { m0014MentoringSortColumns } from './0014-mentoring-sort-columns';
import { m0015ImportLookups } from './0015-import-lookups';
import { m0016DashboardIndexes } from './0016-dashboard-indexes';
import { m0017WeekIndexes } from './0017-week-indexes';
import type { Migration } from './types';

/** All migrations in order; versions are 1, 2, 3 … without gaps (checked by a test). */
export const MIGRATIONS: readonly Migration[] = [
  m0001Initial,
  m0002Partners,
  m0003Mentoring,
  m0004Privacy,
  m0005OutputIntents,
  m0006ReleaseLedger,
  m0007Summaries,
  m0008DuplicatePairs,
  m0009ListIndexes,
  m0010MentoringListIndexes,
  m0011AuditListIndexes,
  m0012OrganisationCounts,
  m0013ContactOrganisations,
  m0014MentoringSortColumns,
  m0015ImportLookups,
  m0016DashboardIndexes,
  m0017WeekIndexes,
];
/** The last migration's version (the same as the count, since the list has no gap: a test checks). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
