import { isAcceptablePassphrase } from '../../../shared/passphrase';
import { commitKeySlotChange } from '../crypto/keyslot-change';
import {
  passphraseOpensOtherSlot,
  setDeviceSlot,
  setPassphraseSlot,
  unwrapWithPassphrase,
  withNewRecoverySlot,
  withoutDeviceSlot,
  type KeySlotFile,
} from '../crypto/keyslots';
import { CoreError } from '../errors';
import { closeRegister, type OpenRegister } from './open-register';

/**
 * Holds the one register open in this core process. Handlers ask it for the register and get a
 * clear REGISTER_LOCKED or PASSPHRASE_CHANGE_REQUIRED instead of a null.
 */
export class RegisterSession {
  private current: OpenRegister | null = null;
  /** Runs just before the register is closed (the automatic backup on close); must not throw. */
  beforeClose: ((register: OpenRegister, reason: string) => void) | null = null;

  get open(): OpenRegister | null {
    return this.current;
  }

  /** The open register, for calls that need one and may run before a new passphrase is set. */
  requireAny(): OpenRegister {
    if (!this.current) throw new CoreError('REGISTER_LOCKED');
    return this.current;
  }

  /** The open register, for every ordinary call. */
  require(): OpenRegister {
    const register = this.requireAny();
    if (register.mustSetPassphrase) throw new CoreError('PASSPHRASE_CHANGE_REQUIRED');
    return register;
  }

  adopt(register: OpenRegister): void {
    if (this.current) throw new CoreError('REGISTER_ALREADY_OPEN');
    this.current = register;
  }

  /** Locks the open register; returns false when none was open. */
  lock(reason: string): boolean {
    const register = this.current;
    if (!register) return false;
    this.current = null;
    try {
      this.beforeClose?.(register, reason);
    } finally {
      closeRegister(register, reason);
    }
    return true;
  }

  private saveSlots(register: OpenRegister, slots: KeySlotFile, action: string): void {
    // Key slots and audit row together, crash-proof (crypto/keyslot-change.ts).
    commitKeySlotChange(register.dir, register.db, register.dataKey, register.slots, slots, { audit: { actor: register.actor, action } });
    register.slots = slots;
  }

  /**
   * Changes the current user's own passphrase (every role may) after checking the current one
   * against that user's slot only. Rewrites one slot.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    const register = this.require();
    await this.checkOwnPassphrase(register, current);
    if (!isAcceptablePassphrase(next)) throw new CoreError('PASSPHRASE_TOO_WEAK');
    if (await passphraseOpensOtherSlot(register.slots, next, register.actor)) throw new CoreError('PASSPHRASE_IN_USE');
    this.saveSlots(register, await setPassphraseSlot(register.slots, register.actor, register.dataKey, next), 'passphrase.changed');
  }

  /** Makes a new recovery key (the old one stops working) after checking the caller's own passphrase; returns it to show once. */
  async rotateRecoveryKey(passphrase: string): Promise<string> {
    const register = this.require();
    await this.checkOwnPassphrase(register, passphrase);
    const { file, recoveryKey } = await withNewRecoverySlot(register.slots, register.dataKey);
    this.saveSlots(register, file, 'recovery-key.rotated');
    return recoveryKey;
  }

  private async checkOwnPassphrase(register: OpenRegister, passphrase: string): Promise<void> {
    const own = { ...register.slots, slots: register.slots.slots.filter((s) => s.kind === 'passphrase' && s.user === register.actor) };
    await unwrapWithPassphrase(own, passphrase).catch(() => {
      throw new CoreError('WRONG_PASSPHRASE');
    });
  }

  /** After a recovery-key unlock: sets the new passphrase of the user it opened as and lifts the restriction. */
  async setPassphraseAfterRecovery(next: string): Promise<void> {
    const register = this.requireAny();
    if (!register.mustSetPassphrase) throw new CoreError('NOT_ALLOWED', 'only after unlocking with the recovery key');
    if (!isAcceptablePassphrase(next)) throw new CoreError('PASSPHRASE_TOO_WEAK');
    if (await passphraseOpensOtherSlot(register.slots, next, register.actor)) throw new CoreError('PASSPHRASE_IN_USE');
    this.saveSlots(
      register,
      await setPassphraseSlot(register.slots, register.actor, register.dataKey, next),
      'passphrase.reset-with-recovery-key',
    );
    register.mustSetPassphrase = false;
  }

  async addDeviceSlot(secret: Buffer): Promise<void> {
    const register = this.require();
    this.saveSlots(register, await setDeviceSlot(register.slots, register.dataKey, secret, register.actor), 'device-slot.added');
  }

  removeDeviceSlot(): void {
    const register = this.require();
    this.saveSlots(register, withoutDeviceSlot(register.slots), 'device-slot.removed');
  }
}
