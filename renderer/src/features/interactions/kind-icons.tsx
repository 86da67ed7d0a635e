import { CallRegular, MailRegular, PeopleCommunityRegular, PeopleRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { INTERACTION_KINDS } from '../../../../shared/contract/partners-schemas';

export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const KIND_ICONS: Record<InteractionKind, ReactElement> = {
  meeting: <PeopleRegular />,
  call: <CallRegular />,
  email: <MailRegular />,
  'network-meeting': <PeopleCommunityRegular />,
};
