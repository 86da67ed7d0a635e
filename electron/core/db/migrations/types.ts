import type { Db } from '../driver';

/** One schema step. Never edit a migration once it has shipped: add the next one. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
