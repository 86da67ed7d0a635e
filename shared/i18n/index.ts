import type { Language } from '../languages';
import { da } from './da';
import { en, type Catalog } from './en';
import { fi } from './fi';
import { nb } from './nb';
import { sv } from './sv';

export type { Catalog };
/** Every language's catalog; each must have exactly the English keys (checked by the compiler and a test). */
export const catalogs: Record<Language, Catalog> = { da, nb, sv, fi, en };
