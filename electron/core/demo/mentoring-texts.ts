import type { GOAL_KINDS, INDUSTRIES, OUTCOMES } from '../../../shared/contract';

export type Industry = (typeof INDUSTRIES)[number];
export type GoalKind = (typeof GOAL_KINDS)[number];
export type Outcome = (typeof OUTCOMES)[number];

/**
 * One language's word material for the mentoring demo. In templates `{p}` is the mentee's
 * profession (lower case), `{P}` the same capitalised, `{f}` the field, `{c}` the country of
 * origin and `{m}` the municipality.
 */
export interface MentoringTexts {
  /** Job titles per field, shared by mentors and mentees so matching finds the same words. */
  professions: Record<Industry, string[]>;
  /** The field of education behind each industry. */
  fields: Record<Industry, string>;
  skills: string[];
  trainings: string[];
  referralReasons: string[];
  goals: Record<GoalKind, string[]>;
  goalNotes: string[];
  divisionOfWork: string[];
  pauseReasons: string[];
  rematchReasons: string[];
  /** Why a course closed before a mentor was found (outcome `ended-early`). */
  declinedReasons: string[];
  /** Why a course with a mentor ended early. */
  endedEarlyReasons: string[];
  evaluations: Record<Outcome, string[]>;
  topics: string[];
  meetingNotes: string[];
  followUpNotes: string[];
  mentorPreferences: string[];
  mentorNotes: string[];
  menteePreferences: string[];
  menteeNotes: string[];
}

/** Female given names in the name pools (names.ts), so a person's gender fits their name. */
export const FEMALE_NAMES = new Set([
  'Anne',
  'Mette',
  'Kirsten',
  'Hanne',
  'Freja',
  'Ida',
  'Signe',
  'Astrid',
  'Birgitte',
  'Line',
  'Malene',
  'Kari',
  'Ingrid',
  'Sigrid',
  'Solveig',
  'Marit',
  'Åse',
  'Nora',
  'Silje',
  'Anna',
  'Karin',
  'Maria',
  'Åsa',
  'Linnea',
  'Elsa',
  'Camilla',
  'Aino',
  'Johanna',
  'Päivi',
  'Sanna',
  'Tiina',
  'Eeva',
  'Liisa',
  'Sari',
  'فاطمة',
  'عائشة',
  'مريم',
  'ليلى',
  'نور',
  'سارة',
  'Faadumo',
  'Xamdi',
  'Hodan',
  'Ayaan',
  'Khadra',
  'Sahra',
  'Ilhaan',
  'ሳባ',
  'ሄለን',
  'ሰላም',
  'ሉላ',
  'Олена',
  'Оксана',
  'Наталія',
  'Ірина',
  'Юлія',
  'Тетяна',
  'Thị Anh',
  'Thị Hương',
  'Ngọc Lan',
  'Thị Thảo',
  'Phương Linh',
  'Ayşe',
  'Elif',
  'Zeynep',
  'Gülşen',
  'Özlem',
  'زهرا',
  'مریم',
  'فرشته',
  'شیرین',
  'Agnieszka',
  'Katarzyna',
  'Małgorzata',
]);
