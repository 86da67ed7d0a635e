import { courseList } from './cases-list';
import { page, pageIn } from './cases-page';
import type { Widen } from './widen';

// The cases screens' strings: the case page (cases-page.ts) and the list, board and matching
// panel (cases-list.ts), in five languages.

const en = {
  page,
  ...courseList.en,
};

export const cases = {
  en,
  da: { ...en, page: pageIn.da, ...courseList.da },
  nb: { ...en, page: pageIn.nb, ...courseList.nb },
  sv: { ...en, page: pageIn.sv, ...courseList.sv },
  fi: { ...en, page: pageIn.fi, ...courseList.fi },
} satisfies Record<string, Widen<typeof en>>;
