import { applyErasure } from '../erasure/apply';
import { planErasure, publicPlan } from '../erasure/plan';
import { dequeue, listQueue, queueForErasure } from '../erasure/queue';
import { applyRetention, planRetention, readRetentionPolicy, retentionCalendar, saveRetentionPolicy, todayIso } from '../erasure/retention';
import type { CoreContext, CoreHandlers } from './types';

type ErasureChannel = Extract<keyof CoreHandlers, `${'erasure' | 'retention'}:${string}`>;

const open = (ctx: CoreContext) => ctx.session.require();

export const erasureHandlers = {
  'erasure:preview': ({ subject, mode }, ctx) => publicPlan(planErasure(open(ctx).db, subject, mode)),
  'erasure:apply': ({ subject, mode, fingerprint }, ctx) => {
    const r = open(ctx);
    return applyErasure(r.db, subject, mode, fingerprint, r.actor);
  },
  'erasure:queue': (_input, ctx) => listQueue(open(ctx).db),
  'erasure:request': ({ person }, ctx) => {
    const r = open(ctx);
    queueForErasure(r.db, person, 'request', r.actor);
    return {};
  },
  'erasure:dequeue': ({ id, reason }, ctx) => {
    const r = open(ctx);
    dequeue(r.db, id, reason, r.actor);
    return {};
  },

  'retention:getPolicy': (_input, ctx) => readRetentionPolicy(open(ctx).db),
  'retention:savePolicy': (policy, ctx) => {
    const r = open(ctx);
    return saveRetentionPolicy(r.db, policy, r.actor);
  },
  'retention:calendar': ({ today }, ctx) => retentionCalendar(open(ctx).db, today ?? todayIso()),
  'retention:plan': ({ today }, ctx) => planRetention(open(ctx).db, today ?? todayIso()),
  'retention:apply': ({ today, fingerprint }, ctx) => {
    const r = open(ctx);
    return applyRetention(r.db, today ?? todayIso(), fingerprint, r.actor);
  },
} satisfies Pick<CoreHandlers, ErasureChannel>;
