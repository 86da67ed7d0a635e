import { Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleSwapRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';

/**
 * The contacts toolbar's "Possible duplicates" with the number of open pairs; shown only while
 * there are some. The page is mounted afresh after an import or a review, so the count is read on mount.
 */
const useStyles = makeStyles({ badge: { marginInlineStart: tokens.spacingHorizontalS } });

export function DuplicatesButton(props: { onOpen: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    call('contacts:duplicatePairs', {}).then(
      (pairs) => live && setCount(pairs.length),
      () => live && setCount(0),
    );
    return () => {
      live = false;
    };
  }, []);
  if (count === 0) return null;
  return (
    <Button
      icon={<PeopleSwapRegular />}
      onClick={props.onOpen}
      aria-label={t('duplicateReview.buttonCount', { count })}
      data-testid="duplicates-button"
    >
      {t('duplicateReview.button')}
      <CounterBadge className={styles.badge} count={count} size="small" color="important" aria-hidden data-testid="duplicates-count" />
    </Button>
  );
}
