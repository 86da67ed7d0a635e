import { Caption1, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { roleName, userName } from './names';
import { useSession } from './session';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
});

/** Who is signed in, in the top bar; the role is in the tooltip and for screen readers. */
export function CurrentUserBadge() {
  const { t } = useTranslation();
  const styles = useStyles();
  const user = useSession().session?.user;
  if (!user) return null;
  const label = t('users.signedInAs', { name: userName(t, user), role: roleName(t, user.role) });
  return (
    <Tooltip content={label} relationship="label">
      <span className={styles.root} data-testid="current-user" tabIndex={0}>
        <PersonRegular aria-hidden />
        <Caption1>{userName(t, user)}</Caption1>
      </span>
    </Tooltip>
  );
}
