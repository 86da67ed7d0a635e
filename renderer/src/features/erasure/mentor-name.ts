/**
 * The name to print for a course's mentor: an anonymised mentor (erasure) has no name left, so the
 * screens say "Anonymised mentor" in the user's language instead of showing nothing. Null stays
 * null (the course has no mentor).
 */
export function mentorName(t: (key: 'erasure.anonymisedMentor') => string, name: string | null, anonymised: boolean): string | null {
  if (anonymised) return t('erasure.anonymisedMentor');
  return name;
}
