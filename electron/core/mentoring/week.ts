import type { z } from 'zod';
import { WEEK_PAGE, type WeekOverview, type WeekSectionInput, type WeekSectionPage } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { prepared } from '../db/statements';
import { keepMentoringCountsCurrent } from './mentoring-counts';
import { addDays, localToday, mondayOf } from './rows';
import { readMentoringSettings } from './settings';
import { readWeekSection, type WeekDay } from './week-sections';

type Week = z.output<typeof WeekOverview>;

/**
 * The week around `today`, with the kept meeting figures first brought to `now` (the real
 * today, as the courses list does; a test gives its own): `today` equal to it reads the quiet
 * list from them alone, another day corrects them for the meetings in between.
 */
function weekDay(db: Db, today: string, now: string | undefined): WeekDay {
  keepMentoringCountsCurrent(db, now);
  const { day: kept } = prepared(db, 'SELECT day FROM mentoring_counts_day WHERE id = 1').get() as { day: string };
  const from = mondayOf(today);
  return { today, from, to: addDays(from, 6), quietDays: readMentoringSettings(db).quietDays, kept };
}

/**
 * The coordinator's week (Monday to Sunday around `today`): meetings dated this week, active
 * courses gone quiet, follow-ups due, and the waiting list longest-waiting first, each as its
 * count and first rows. For a past `today` the statuses are still today's; courses referred after
 * it are left out of the waiting list.
 */
export function weekOverview(db: Db, today = localToday(), now?: string): Week {
  const d = weekDay(db, today, now);
  return {
    today,
    from: d.from,
    to: d.to,
    quietDays: d.quietDays,
    meetings: readWeekSection(db, d, 'meetings', undefined, WEEK_PAGE),
    quiet: readWeekSection(db, d, 'quiet', undefined, WEEK_PAGE),
    followUps: readWeekSection(db, d, 'followUps', undefined, WEEK_PAGE),
    waiting: readWeekSection(db, d, 'waiting', undefined, WEEK_PAGE),
  };
}

/** More rows of one section, after the cursor the overview (or the call before) gave. */
export function weekSection(db: Db, input: z.output<typeof WeekSectionInput>, now?: string): z.output<typeof WeekSectionPage> {
  const d = weekDay(db, input.today, now);
  const page = readWeekSection(db, d, input.section, input.after, input.limit);
  return { section: input.section, ...page } as z.output<typeof WeekSectionPage>;
}
