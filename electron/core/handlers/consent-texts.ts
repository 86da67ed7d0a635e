import { printConsentForm } from '../consent-texts/form';
import { getTemplate, listLanguages, listTemplates, retireTemplate, saveTemplate } from '../consent-texts/repo';
import type { CoreHandlers } from './types';

type ConsentTextChannel = Extract<keyof CoreHandlers, `consentTexts:${string}`>;

export const consentTextHandlers = {
  'consentTexts:list': (input, ctx) => {
    const { db } = ctx.session.require();
    return { languages: listLanguages(db), templates: listTemplates(db, input.history) };
  },
  'consentTexts:get': (input, ctx) => getTemplate(ctx.session.require().db, input.id),
  'consentTexts:save': (input, ctx) => saveTemplate(ctx.session.require(), input),
  'consentTexts:retire': (input, ctx) => retireTemplate(ctx.session.require(), input.id, input.retired),
  'consentTexts:form': (input, ctx) => printConsentForm(ctx.session.require(), input),
} satisfies Pick<CoreHandlers, ConsentTextChannel>;
