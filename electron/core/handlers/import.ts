import { CoreError } from '../errors';
import type { CoreHandlers } from './types';

type ImportChannel = Extract<keyof CoreHandlers, `import:${string}`>;

const notYet = (): never => {
  throw new CoreError('NOT_AVAILABLE', 'import is being built');
};

export const importHandlers = {
  'import:preview': notYet,
  'import:check': notYet,
  'import:run': notYet,
  'import:cancel': () => ({}),
  'import:errorFile': notYet,
} satisfies Pick<CoreHandlers, ImportChannel>;
