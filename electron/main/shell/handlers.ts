import type { Input } from '../../../shared/contract';
import type { ShellHandlers } from './types';
import type { DeviceKeychain } from './device-keychain';

/** What the shell handlers need from Electron, injected so they can be tested without it. */
export interface ShellDeps {
  device: DeviceKeychain;
  /** Shows the OS folder picker; null when the user cancels. */
  chooseFolder(purpose: Input<'shell:chooseFolder'>['purpose'], defaultPath: string | undefined): Promise<string | null>;
  /** Shows the OS file picker for a file to read; null when the user cancels. */
  chooseFile(purpose: Input<'shell:chooseFile'>['purpose']): Promise<string | null>;
  /** Shows the OS save dialog, proposing `suggestedName`; null when the user cancels. */
  chooseSaveFile(purpose: Input<'shell:chooseSaveFile'>['purpose'], suggestedName: string): Promise<string | null>;
  restartCore(): Promise<void>;
}

/** The shell's side of the contract. */
export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  return {
    'shell:capabilities': () => ({ deviceKeychain: deps.device.state(), chooseFolder: true }),
    'shell:chooseFolder': async ({ purpose, defaultPath }) => ({ dir: await deps.chooseFolder(purpose, defaultPath) }),
    'shell:chooseFile': async ({ purpose }) => ({ path: await deps.chooseFile(purpose) }),
    'shell:chooseSaveFile': async ({ purpose, suggestedName }) => ({ path: await deps.chooseSaveFile(purpose, suggestedName) }),
    'shell:rememberOnDevice': async ({ enabled }) => {
      await deps.device.remember(enabled);
      return {};
    },
    'shell:unlockWithDevice': ({ dir }) => deps.device.unlock(dir),
    'shell:restartCore': async () => {
      await deps.restartCore();
      return {};
    },
  };
}
