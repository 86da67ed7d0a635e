import { writeAccessExport } from '../rights/access-export';
import { disclosureRecipients, pageDisclosures } from '../rights/disclosure-page';
import { disclosuresOf } from '../rights/disclosures';
import { listFieldHistory } from '../rights/field-history';
import { recallList } from '../rights/recall';
import { writeRecallLetter } from '../rights/recall-letter';
import type { CoreContext, CoreHandlers } from './types';

type RightsChannel = Extract<keyof CoreHandlers, `rights:${string}` | `disclosures:${string}`>;

const open = (ctx: CoreContext) => ctx.session.require();

export const rightsHandlers = {
  'rights:disclosures': (filter, ctx) => disclosuresOf(open(ctx).db, filter),
  'disclosures:page': (query, ctx) => pageDisclosures(open(ctx).db, query),
  'disclosures:recipients': (_input, ctx) => disclosureRecipients(open(ctx).db),
  'rights:history': ({ person }, ctx) => listFieldHistory(open(ctx).db, person),
  'rights:recallList': ({ person, trigger }, ctx) => recallList(open(ctx).db, person, trigger),
  'rights:recallLetter': (input, ctx) => writeRecallLetter(open(ctx), input),
  'rights:accessExport': (input, ctx) => writeAccessExport(open(ctx), input),
} satisfies Pick<CoreHandlers, RightsChannel>;
