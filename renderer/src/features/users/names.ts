import type { TFunction } from 'i18next';
import type { Role } from '../../../../shared/contract/consents-schemas';

/** A user's name as screens show it: the migration's placeholder 'Owner' in the interface language. */
export function userName(t: TFunction, user: { id: string; displayName: string }): string {
  return user.id === 'owner' && user.displayName === 'Owner' ? t('users.ownerDefault') : user.displayName;
}

export function roleName(t: TFunction, role: Role): string {
  return t(`users.roles.${role}`);
}
