import { CoreError } from '../errors';
import type { CoreHandlers } from './types';

type ExportChannel = Extract<keyof CoreHandlers, `${'export' | 'directory'}:${string}`>;

export const exportHandlers = {
  'export:contacts': () => {
    throw new CoreError('NOT_AVAILABLE', 'export is being built');
  },
  'export:organisations': () => {
    throw new CoreError('NOT_AVAILABLE', 'export is being built');
  },
  'directory:generate': () => {
    throw new CoreError('NOT_AVAILABLE', 'directory is being built');
  },
} satisfies Pick<CoreHandlers, ExportChannel>;
