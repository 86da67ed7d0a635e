import {
  Badge,
  Body1,
  Button,
  Caption1,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle1,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, PersonAddRegular, RenameRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ROLES, type Role } from '../../../../shared/contract/consents-schemas';
import type { UserRow } from '../../../../shared/contract/users';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDate } from '../../i18n';
import { AddUserDialog } from './AddUserDialog';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { roleName, userName } from './names';
import { RenameUserDialog } from './RenameUserDialog';
import { useSession } from './session';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  spacer: { flex: 1 },
  removed: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  roles: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  roleSelect: { minWidth: '180px' },
});

type User = z.output<typeof UserRow>;

/**
 * Settings › Users. Administrators add users (the new user types their own passphrase), change
 * roles, rename and remove (with confirmation); everyone else sees who they are and who shares
 * the register. Core refuses what the role does not allow either way.
 */
export function UsersSection() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { session, refresh } = useSession();
  const me = session?.user;
  const isAdmin = me?.role === 'administrator';
  const [users, setUsers] = useState<User[] | null>(null);
  const [showRemoved, setShowRemoved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<User | null>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  // An administrator giving up their own role is asked first: they lose Settings › Users at once.
  const [steppingDown, setSteppingDown] = useState<Role | null>(null);

  const load = useCallback(() => {
    void call('users:list', {})
      .then(setUsers)
      .catch((e: unknown) => setError(asAppError(e)));
  }, []);
  useEffect(load, [load]);

  async function changeRole(user: User, role: Role) {
    setError(null);
    setNotice(null);
    try {
      await call('users:setRole', { id: user.id, role });
      if (user.id === me?.id) await refresh();
    } catch (e) {
      setError(asAppError(e));
    }
    load();
  }

  async function remove(user: User) {
    setRemoving(null);
    setError(null);
    setNotice(null);
    try {
      await call('users:remove', { id: user.id });
    } catch (e) {
      setError(asAppError(e));
    }
    load();
  }

  const removedCount = users?.filter((u) => u.removedAt).length ?? 0;
  const shown = users?.filter((u) => showRemoved || !u.removedAt) ?? [];

  return (
    <section className={styles.section} aria-labelledby="settings-users" data-testid="users-section">
      <Divider />
      <div className={styles.head}>
        <Subtitle1 as="h2" id="settings-users">
          {t('users.title')}
        </Subtitle1>
        <span className={styles.spacer} />
        {isAdmin && (
          <Button
            icon={<PersonAddRegular />}
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
            data-testid="users-add"
          >
            {t('users.add')}
          </Button>
        )}
      </div>
      <Body1>{t('users.intro')}</Body1>
      {me && (
        <Text weight="semibold" data-testid="users-you">
          {t('users.you', { name: userName(t, me), role: roleName(t, me.role) })}
        </Text>
      )}
      <ErrorBar error={error} testId="users-error" />
      {notice && (
        <MessageBar intent="success" data-testid="users-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Table aria-labelledby="settings-users" size="small" data-testid="users-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('users.col.name')}</TableHeaderCell>
            <TableHeaderCell>{t('users.col.role')}</TableHeaderCell>
            {isAdmin && <TableHeaderCell>{t('users.col.actions')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((user) => {
            const name = userName(t, user);
            const self = user.id === me?.id;
            return (
              <TableRow key={user.id} data-testid={`user-row-${user.id}`} className={user.removedAt ? styles.removed : undefined}>
                <TableCell>
                  {name}{' '}
                  {self && (
                    <Badge appearance="tint" color="brand" size="small">
                      {t('users.youTag')}
                    </Badge>
                  )}
                  {user.removedAt && <Caption1> · {t('users.removedOn', { date: formatDate(user.removedAt) })}</Caption1>}
                </TableCell>
                <TableCell>
                  {isAdmin && !user.removedAt ? (
                    <Select
                      className={styles.roleSelect}
                      aria-label={t('users.changeRole', { name })}
                      value={user.role}
                      onChange={(_e, d) => (self ? setSteppingDown(d.value as Role) : void changeRole(user, d.value as Role))}
                      data-testid={`user-role-${user.id}`}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleName(t, role)}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    roleName(t, user.role)
                  )}
                </TableCell>
                {isAdmin && (
                  <TableCell>
                    {!user.removedAt && (
                      <div className={styles.actions}>
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<RenameRegular />}
                          onClick={() => setRenaming(user)}
                          data-testid={`user-rename-${user.id}`}
                          aria-label={`${t('users.rename')}: ${name}`}
                        >
                          {t('users.rename')}
                        </Button>
                        {!self && (
                          <Button
                            size="small"
                            appearance="subtle"
                            icon={<DeleteRegular />}
                            onClick={() => setRemoving(user)}
                            data-testid={`user-remove-${user.id}`}
                            aria-label={`${t('users.remove')}: ${name}`}
                          >
                            {t('users.remove')}
                          </Button>
                        )}
                      </div>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {removedCount > 0 && (
        <Switch
          label={t('users.showRemoved')}
          checked={showRemoved}
          onChange={(_e, d) => setShowRemoved(d.checked)}
          data-testid="users-show-removed"
        />
      )}
      <ul className={styles.roles}>
        {ROLES.map((role) => (
          <li key={role}>
            <Caption1>
              <strong>{roleName(t, role)}</strong>: {t(`users.roleHints.${role}`)}
            </Caption1>
          </li>
        ))}
      </ul>
      <AddUserDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(user) => {
          setAdding(false);
          setNotice(t('users.added', { name: user.displayName }));
          load();
        }}
      />
      <RenameUserDialog
        user={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(user) => {
          setRenaming(null);
          if (user.id === me?.id) void refresh();
          load();
        }}
      />
      <ConfirmRemoveDialog
        open={removing !== null}
        title={removing ? t('users.removeTitle', { name: userName(t, removing) }) : ''}
        body={removing ? t('users.removeBody', { name: userName(t, removing) }) : ''}
        confirmLabel={t('users.removeConfirm')}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
      <ConfirmRemoveDialog
        open={steppingDown !== null && me !== undefined}
        title={t('users.stepDownTitle')}
        body={steppingDown ? t('users.stepDownBody', { role: roleName(t, steppingDown) }) : ''}
        confirmLabel={t('users.stepDownConfirm')}
        onConfirm={() => {
          const role = steppingDown;
          setSteppingDown(null);
          const self = users?.find((u) => u.id === me?.id);
          if (role && self) void changeRole(self, role);
        }}
        onCancel={() => setSteppingDown(null)}
      />
    </section>
  );
}
