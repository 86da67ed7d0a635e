import type { BadgeProps } from '@fluentui/react-components';
import type { CaseStatus } from '../../../../../shared/contract/mentoring-schemas';

type Look = { color: NonNullable<BadgeProps['color']>; appearance: NonNullable<BadgeProps['appearance']> };

/** How each course status badge looks: waiting stands out, before-match and paused are quieter. */
export const STATUS_LOOK: Record<CaseStatus, Look> = {
  referred: { color: 'brand', appearance: 'tint' },
  intake: { color: 'brand', appearance: 'tint' },
  waiting: { color: 'warning', appearance: 'filled' },
  matched: { color: 'brand', appearance: 'filled' },
  active: { color: 'success', appearance: 'filled' },
  paused: { color: 'warning', appearance: 'tint' },
  closed: { color: 'informative', appearance: 'filled' },
};
