import { mayDisclose, localMinuteNow } from '../consents/decide';
import { getConsent, listConsents, personLabel, saveConsent, withdrawConsent } from '../consents/consents-repo';
import { attachEvidence, saveEvidenceCopy } from '../consents/evidence';
import { consentReminders, readConsentSettings, writeConsentSettings } from '../consents/reminders';
import { appendAudit } from '../audit/audit-log';
import type { CoreContext, CoreHandlers } from './types';

type ConsentChannel = Extract<keyof CoreHandlers, `consents:${string}`>;

const open = (ctx: CoreContext) => ctx.session.require();

export const consentHandlers = {
  'consents:list': ({ person }, ctx) => listConsents(open(ctx).db, person),
  'consents:save': (input, ctx) => {
    const r = open(ctx);
    return getConsent(r.db, saveConsent(r.db, input, r.actor));
  },
  'consents:withdraw': (input, ctx) => {
    const r = open(ctx);
    const result = withdrawConsent(r.db, input, r.actor);
    return { consent: getConsent(r.db, input.id), ...result };
  },
  'consents:attachEvidence': ({ id, path }, ctx) => {
    const r = open(ctx);
    attachEvidence(r.db, id, path, r.actor);
    return getConsent(r.db, id);
  },
  'consents:saveEvidenceCopy': ({ id, path }, ctx) => {
    const r = open(ctx);
    return saveEvidenceCopy(r.db, id, path, r.actor);
  },
  'consents:check': (input, ctx) => {
    const r = open(ctx);
    personLabel(r.db, input.person);
    return mayDisclose(r.db, { ...input, at: input.at ?? localMinuteNow() });
  },
  'consents:reminders': ({ days }, ctx) => {
    const r = open(ctx);
    return consentReminders(r.db, days ?? readConsentSettings(r.db).reminderDays);
  },
  'consents:getSettings': (_input, ctx) => readConsentSettings(open(ctx).db),
  'consents:saveSettings': (input, ctx) => {
    const r = open(ctx);
    return r.db.transaction(() => {
      const saved = writeConsentSettings(r.db, input);
      appendAudit(r.db, { actor: r.actor, action: 'consent.settings-saved', details: { reminderDays: saved.reminderDays } });
      return saved;
    })();
  },
} satisfies Pick<CoreHandlers, ConsentChannel>;
