import { z } from 'zod';

export const SECTORS = [
  'municipality',
  'job-centre',
  'civil-society',
  'housing-social',
  'company',
  'foundation',
  'education',
  'health',
  'other',
] as const;
export const COUNTRIES = ['DK', 'NO', 'FI', 'SE', 'other'] as const;
export const INTERACTION_KINDS = ['meeting', 'call', 'email', 'network-meeting'] as const;
/** Themes a contact person can be the designated contact for. */
export const THEMES = ['mentoring-referrals', 'volunteering', 'employment', 'education', 'housing', 'health', 'other'] as const;

export const Id = z.number().int().positive();
const Text = (max: number) => z.string().trim().max(max);
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Tags = z.array(Text(60).min(1)).max(50);

export const OfferInput = z.strictObject({
  id: Id.optional(),
  title: Text(200).min(1),
  description: Text(4000).default(''),
  targetGroup: Text(500).default(''),
  languages: z.array(Text(40).min(1)).max(30).default([]),
  area: Text(200).default(''),
  howToRefer: Text(2000).default(''),
  contactId: Id.nullable().default(null),
});
export const Offer = OfferInput.required({ id: true });

export const OrganisationInput = z.strictObject({
  id: Id.optional(),
  name: Text(200).min(1),
  sector: z.enum(SECTORS).default('other'),
  country: z.enum(COUNTRIES).default('DK'),
  municipality: Text(100).default(''),
  address: Text(500).default(''),
  website: Text(500).default(''),
  email: Text(320).default(''),
  phone: Text(60).default(''),
  howWeWork: Text(8000).default(''),
  tags: Tags.default([]),
  offers: z.array(OfferInput).max(200).default([]),
});

/** One row of the organisations list. */
export const OrganisationRow = z.object({
  id: Id,
  name: z.string(),
  sector: z.enum(SECTORS),
  country: z.enum(COUNTRIES),
  municipality: z.string(),
  email: z.string(),
  phone: z.string(),
  tags: z.array(z.string()),
  offers: z.number().int(),
  contacts: z.number().int(),
  archived: z.boolean(),
  updatedAt: z.string(),
});

export const MembershipInput = z.strictObject({
  organisationId: Id,
  role: Text(200).default(''),
  from: IsoDate.nullable().default(null),
  to: IsoDate.nullable().default(null),
});
export const Membership = MembershipInput.extend({ id: Id, organisationName: z.string() });

export const ContactInput = z.strictObject({
  id: Id.optional(),
  name: Text(200).min(1),
  role: Text(200).default(''),
  email: Text(320).default(''),
  phone: Text(60).default(''),
  preferredLanguage: Text(40).default(''),
  themes: z.array(z.enum(THEMES)).max(THEMES.length).default([]),
  notes: Text(8000).default(''),
  memberships: z.array(MembershipInput).max(50).default([]),
});

/** One row of the contacts list: the current organisation(s) flattened for the grid. */
export const ContactRow = z.object({
  id: Id,
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  organisations: z.string(),
  themes: z.array(z.enum(THEMES)),
  lastContacted: z.string().nullable(),
  archived: z.boolean(),
});

export const InteractionInput = z.strictObject({
  id: Id.optional(),
  kind: z.enum(INTERACTION_KINDS),
  date: IsoDate,
  summary: Text(8000).default(''),
  contactIds: z.array(Id).max(100).default([]),
  organisationIds: z.array(Id).max(100).default([]),
  networkId: Id.nullable().default(null),
});
export const Interaction = InteractionInput.required({ id: true }).extend({
  contacts: z.array(z.object({ id: Id, name: z.string() })),
  organisations: z.array(z.object({ id: Id, name: z.string() })),
});

export const Contact = ContactInput.required({ id: true }).extend({
  memberships: z.array(Membership),
  archived: z.boolean(),
  lastContacted: z.string().nullable(),
  interactions: z.array(Interaction),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const Organisation = OrganisationInput.required({ id: true }).extend({
  offers: z.array(Offer),
  archived: z.boolean(),
  /** People who are or were members, newest first; `to` set means they have left. */
  people: z.array(z.object({ contactId: Id, name: z.string(), role: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  interactions: z.array(Interaction),
  networks: z.array(z.object({ id: Id, name: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const NetworkInput = z.strictObject({
  id: Id.optional(),
  name: Text(200).min(1),
  purpose: Text(4000).default(''),
  memberIds: z.array(Id).max(500).default([]),
});
export const NetworkRow = z.object({
  id: Id,
  name: z.string(),
  purpose: z.string(),
  members: z.number().int(),
  lastMeeting: z.string().nullable(),
  archived: z.boolean(),
});
export const Network = NetworkInput.required({ id: true }).extend({
  members: z.array(z.object({ id: Id, name: z.string() })),
  meetings: z.array(Interaction),
  archived: z.boolean(),
});

export const DuplicateCandidate = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  organisations: z.string(),
  reason: z.enum(['same-email', 'similar-name-same-organisation']),
});

/** One side of a possible-duplicate pair: the fields the review shows side by side. */
export const DuplicatePairContact = z.object({
  id: Id,
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  /** Current organisations, comma-separated, as in the contacts list. */
  organisations: z.string(),
  createdAt: z.string(),
  /** What a merge would move: the number of memberships and of interactions. */
  memberships: z.number().int(),
  interactions: z.number().int(),
});

/** A pair an import found that may be one person, still open for review; `left` is the older contact. */
export const DuplicatePair = z.object({
  left: DuplicatePairContact,
  right: DuplicatePairContact,
  foundAt: z.string(),
});

export const SearchHit = z.object({
  kind: z.enum(['organisation', 'contact', 'network', 'mentor', 'mentee']),
  id: Id,
  title: z.string(),
  subtitle: z.string(),
});
