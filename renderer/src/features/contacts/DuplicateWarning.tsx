import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { DuplicateCandidate } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { useNavigation } from '../partners/navigation';

/** While a person is being entered: "possibly the same person as …", checked a moment after typing stops. */
export function DuplicateWarning(props: { name: string; email: string; organisationIds: number[]; excludeId?: number }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const [hits, setHits] = useState<z.output<typeof DuplicateCandidate>[]>([]);
  const orgKey = props.organisationIds.join(',');

  const worthAsking = props.name.trim().length >= 2 || props.email.includes('@');

  useEffect(() => {
    if (!worthAsking) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('contacts:findDuplicates', {
        name: props.name.trim().slice(0, 200),
        email: props.email.trim().slice(0, 320),
        organisationIds: orgKey ? orgKey.split(',').map(Number) : [],
        ...(props.excludeId === undefined ? {} : { excludeId: props.excludeId }),
      }).then(
        (found) => live && setHits(found),
        () => live && setHits([]),
      );
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [worthAsking, props.name, props.email, orgKey, props.excludeId]);

  if (!worthAsking || hits.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="duplicate-warning">
      <MessageBarBody>
        <MessageBarTitle>{t('contacts.duplicateTitle')}</MessageBarTitle>
        {hits.slice(0, 3).map((h) => (
          <div key={h.id}>
            <Link onClick={() => go({ page: 'contacts', id: h.id })} data-testid="duplicate-link">
              {h.name}
            </Link>{' '}
            ({[h.organisations, t(`contacts.duplicateReason.${h.reason}`)].filter(Boolean).join(' · ')})
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
