import { DAY_PARTS, INDUSTRIES, WEEKDAYS, type MatchCriterion } from '../../../../shared/contract/mentoring-schemas';

// Turns the `matched` values of a match explanation (codes core sends) into words: fields,
// language names, times like "Tue evening", free places like "1/2". Pure, given a translate
// function and a language-name function, so it is unit-tested without a browser.

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isIndustry = (v: string): boolean => (INDUSTRIES as readonly string[]).includes(v);

/** "tue-evening" as its weekday and part of the day, or null for anything else. */
export function parseSlot(value: string): { day: (typeof WEEKDAYS)[number]; part: (typeof DAY_PARTS)[number] } | null {
  const [day, part, ...rest] = value.split('-');
  if (rest.length > 0 || !(WEEKDAYS as readonly string[]).includes(day ?? '') || !(DAY_PARTS as readonly string[]).includes(part ?? ''))
    return null;
  return { day: day as (typeof WEEKDAYS)[number], part: part as (typeof DAY_PARTS)[number] };
}

/** A language name in the UI's language (Intl.DisplayNames), the code itself if unknown. */
export function languageNamer(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  } catch {
    names = null;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** One `matched` value of a criterion, as the coordinator should read it. */
export function matchedLabel(criterion: MatchCriterion, value: string, t: Translate, languageName: (code: string) => string): string {
  switch (criterion) {
    case 'field':
      // Core sends the shared fields' codes first, then shared words of profession and skills.
      return isIndustry(value) ? t(`mentoring.industry.${value}`) : t('cases.matching.word', { word: value });
    case 'languages':
      return languageName(value);
    case 'availability': {
      const slot = parseSlot(value);
      if (!slot) return value;
      // "Tue evening": in the five languages the part of the day is lower-case after the weekday.
      return t('cases.matching.slot', {
        day: t(`mentoring.weekdayShort.${slot.day}`),
        part: t(`mentoring.dayPart.${slot.part}`).toLowerCase(),
      });
    }
    case 'capacity': {
      const [left, capacity] = value.split('/');
      return left && capacity ? t('cases.matching.placesFree', { left, capacity }) : value;
    }
    case 'preferences':
      return value === 'female' || value === 'male' ? t(`mentoring.mentorGender.${value}`) : value;
    case 'place':
      return value;
  }
}
