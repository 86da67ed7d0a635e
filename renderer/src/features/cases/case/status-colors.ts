import type { BadgeProps } from '@fluentui/react-components';
import type { CaseStatus } from '../../../../../shared/contract/mentoring-schemas';

/** The badge colour of each course status: waiting stands out, closed recedes. */
export const STATUS_COLOR: Record<CaseStatus, NonNullable<BadgeProps['color']>> = {
  referred: 'informative',
  intake: 'informative',
  waiting: 'warning',
  matched: 'brand',
  active: 'success',
  paused: 'subtle',
  closed: 'subtle',
};
