import type { AutoDeps } from '../backup/auto';
import { BackupPrefsStore } from '../backup/prefs';
import type { CoreContext } from './types';

/** What the automatic backups need from core: the per-device settings, the app version and the clock. */
export function backupDeps(ctx: Pick<CoreContext, 'profile' | 'appVersion'>, now: () => Date = () => new Date()): AutoDeps {
  return { prefs: new BackupPrefsStore(ctx.profile.dir), appVersion: ctx.appVersion, now };
}
