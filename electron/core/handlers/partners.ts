import { archiveContact, deleteContact, findDuplicateContacts, getContact, listContacts, saveContact } from '../partners/contacts-repo';
import { keepBoth, listOpenPairs, mergePair } from '../partners/duplicate-pairs-repo';
import { deleteInteraction, saveInteraction } from '../partners/interactions-repo';
import { archiveNetwork, deleteNetwork, getNetwork, listNetworks, saveNetwork } from '../partners/networks-repo';
import {
  archiveOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  saveOrganisation,
} from '../partners/organisations-repo';
import { pageContacts, pageOrganisations } from '../partners/partner-pages';
import { searchIndex } from '../partners/search-index';
import type { CoreContext, CoreHandlers } from './types';

type PartnerChannel = Extract<keyof CoreHandlers, `${'organisations' | 'contacts' | 'interactions' | 'networks' | 'search'}:${string}`>;

const open = (ctx: CoreContext) => ctx.session.require();

export const partnerHandlers = {
  'organisations:list': ({ includeArchived }, ctx) => listOrganisations(open(ctx).db, includeArchived),
  'organisations:page': (query, ctx) => pageOrganisations(open(ctx).db, query),
  'organisations:get': ({ id }, ctx) => getOrganisation(open(ctx).db, id),
  'organisations:save': (input, ctx) => {
    const r = open(ctx);
    return getOrganisation(r.db, saveOrganisation(r.db, input, r.actor));
  },
  'organisations:archive': ({ id, archived }, ctx) => {
    const r = open(ctx);
    archiveOrganisation(r.db, id, archived, r.actor);
    return {};
  },
  'organisations:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteOrganisation(r.db, id, r.actor);
    return {};
  },

  'contacts:list': ({ includeArchived }, ctx) => listContacts(open(ctx).db, includeArchived),
  'contacts:page': (query, ctx) => pageContacts(open(ctx).db, query),
  'contacts:get': ({ id }, ctx) => getContact(open(ctx).db, id),
  'contacts:save': (input, ctx) => {
    const r = open(ctx);
    return getContact(r.db, saveContact(r.db, input, r.actor));
  },
  'contacts:archive': ({ id, archived }, ctx) => {
    const r = open(ctx);
    archiveContact(r.db, id, archived, r.actor);
    return {};
  },
  'contacts:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteContact(r.db, id, r.actor);
    return {};
  },
  'contacts:findDuplicates': (query, ctx) => findDuplicateContacts(open(ctx).db, query),
  'contacts:duplicatePairs': (_input, ctx) => listOpenPairs(open(ctx).db),
  'contacts:merge': ({ keepId, otherId }, ctx) => {
    const r = open(ctx);
    mergePair(r.db, keepId, otherId, r.actor);
    return {};
  },
  'contacts:keepBoth': ({ id, otherId }, ctx) => {
    const r = open(ctx);
    keepBoth(r.db, id, otherId, r.actor);
    return {};
  },

  'interactions:save': (input, ctx) => {
    const r = open(ctx);
    return saveInteraction(r.db, input, r.actor);
  },
  'interactions:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteInteraction(r.db, id, r.actor);
    return {};
  },

  'networks:list': ({ includeArchived }, ctx) => listNetworks(open(ctx).db, includeArchived),
  'networks:get': ({ id }, ctx) => getNetwork(open(ctx).db, id),
  'networks:save': (input, ctx) => {
    const r = open(ctx);
    return getNetwork(r.db, saveNetwork(r.db, input, r.actor));
  },
  'networks:archive': ({ id, archived }, ctx) => {
    const r = open(ctx);
    archiveNetwork(r.db, id, archived, r.actor);
    return {};
  },
  'networks:delete': ({ id }, ctx) => {
    const r = open(ctx);
    deleteNetwork(r.db, id, r.actor);
    return {};
  },

  'search:query': ({ text, limit }, ctx) => searchIndex(open(ctx).db, text, limit),
} satisfies Pick<CoreHandlers, PartnerChannel>;
