import { z } from 'zod';
import { coreCall, coreRead } from './define';
import { pageOf, PageQuery } from './paging';
import * as P from './partners-schemas';

const ById = z.strictObject({ id: P.Id });
const Archive = z.strictObject({ id: P.Id, archived: z.boolean() });
const Done = z.strictObject({});
const ListOptions = z.strictObject({ includeArchived: z.boolean().default(false) });

/** The partner register: organisations, contact persons, interactions, networks, search. */
export const partnerChannels = {
  'organisations:list': coreRead(ListOptions, z.array(P.OrganisationRow)),
  /** One page of the organisations list, sorted and filtered in core. */
  'organisations:page': coreRead(PageQuery, pageOf(P.OrganisationRow)),
  'organisations:get': coreRead(ById, P.Organisation),
  'organisations:save': coreCall(P.OrganisationInput, P.Organisation),
  'organisations:archive': coreCall(Archive, Done),
  'organisations:delete': coreCall(ById, Done),

  'contacts:list': coreRead(ListOptions, z.array(P.ContactRow)),
  /** One page of the contacts list, sorted and filtered in core. */
  'contacts:page': coreRead(PageQuery, pageOf(P.ContactRow)),
  'contacts:get': coreRead(ById, P.Contact),
  'contacts:save': coreCall(P.ContactInput, P.Contact),
  'contacts:archive': coreCall(Archive, Done),
  'contacts:delete': coreCall(ById, Done),
  'contacts:findDuplicates': coreRead(
    z.strictObject({
      name: z.string().max(200),
      email: z.string().max(320),
      organisationIds: z.array(P.Id).max(50).default([]),
      excludeId: P.Id.optional(),
    }),
    z.array(P.DuplicateCandidate),
  ),
  /** The possible duplicates an import listed and nobody has decided yet, oldest first. */
  'contacts:duplicatePairs': coreRead(z.strictObject({}), z.array(P.DuplicatePair)),
  /**
   * Merges the pair's other contact into `keepId` (contacts-repo's mergeContacts: memberships,
   * interactions, offers and referred courses move over; audited as contact.merged). Only for an
   * open pair: a pair already decided, or one whose contact is gone, is DUPLICATE_PAIR_GONE.
   */
  'contacts:merge': coreCall(z.strictObject({ keepId: P.Id, otherId: P.Id }), Done),
  /** Marks an open pair as two people; it is not offered again. Audited (contact.duplicates-kept-both). */
  'contacts:keepBoth': coreCall(z.strictObject({ id: P.Id, otherId: P.Id }), Done),

  'interactions:save': coreCall(P.InteractionInput, P.Interaction),
  'interactions:delete': coreCall(ById, Done),

  'networks:list': coreRead(ListOptions, z.array(P.NetworkRow)),
  'networks:get': coreRead(ById, P.Network),
  'networks:save': coreCall(P.NetworkInput, P.Network),
  'networks:archive': coreCall(Archive, Done),
  'networks:delete': coreCall(ById, Done),

  'search:query': coreRead(
    z.strictObject({ text: z.string().max(200), limit: z.number().int().min(1).max(200).default(20) }),
    z.array(P.SearchHit),
  ),
};
