import { describe, expect, it } from 'vitest';
import {
  type MatchMentee,
  type MatchMentor,
  type MatchOptions,
  normaliseLanguage,
  rankMentors,
} from '../../../electron/core/mentoring/matching';
import { DEFAULT_MENTORING_SETTINGS } from '../../../electron/core/mentoring/settings';

// Matching on constructed mentees and mentors: the hard filters, each criterion's score and
// explanation, the weights, and the order.

const amina: MatchMentee = {
  industries: ['health'],
  fieldText: 'Sygeplejerske',
  languages: ['ar', 'da', 'en'],
  municipality: 'Kolding',
  availability: ['tue-evening', 'thu-evening', 'sat-daytime'],
  preferredMentorGender: 'female',
};

let nextId = 1;
function mentor(name: string, extra: Partial<MatchMentor> = {}): MatchMentor {
  return {
    id: nextId++,
    name,
    status: 'active',
    capacity: 2,
    load: 0,
    gender: 'female',
    industries: [],
    fieldText: '',
    languages: ['da'],
    municipality: 'Aarhus',
    availability: [],
    ...extra,
  };
}

const options = (extra: Partial<MatchOptions> = {}): MatchOptions => ({
  weights: DEFAULT_MENTORING_SETTINGS.weights,
  localLanguage: 'da',
  neighbours: [['Kolding', 'Vejle']],
  previousMentorIds: new Set(),
  limit: 10,
  ...extra,
});

const criterion = (m: ReturnType<typeof rankMentors>['suggestions'][number], name: string) => m.criteria.find((c) => c.criterion === name)!;

describe('rankMentors', () => {
  it('leaves out mentors who are not active or have no room, and counts them', () => {
    const { suggestions, excluded } = rankMentors(
      amina,
      [
        mentor('Applicant', { status: 'applicant' }),
        mentor('Trained', { status: 'trained' }),
        mentor('Paused', { status: 'paused' }),
        mentor('Full', { capacity: 1, load: 1 }),
        mentor('Room', { capacity: 2, load: 1 }),
      ],
      options(),
    );
    expect(suggestions.map((s) => s.name)).toEqual(['Room']);
    expect(excluded).toEqual({ notActive: 3, noCapacity: 1 });
    expect(suggestions[0]).toMatchObject({ capacityLeft: 1 });
    expect(criterion(suggestions[0]!, 'capacity')).toMatchObject({ score: 0.5, reason: 'room-left', matched: ['1/2'] });
  });

  it('explains each criterion', () => {
    const birgitte = mentor('Birgitte', {
      industries: ['health', 'social-care'],
      fieldText: 'Sygeplejerske, afdelingssygeplejerske',
      languages: ['da', 'ar'],
      municipality: 'kolding',
      availability: ['tue-evening', 'thu-evening', 'mon-daytime'],
    });
    const [s] = rankMentors(amina, [birgitte], options()).suggestions;
    expect(criterion(s!, 'field')).toMatchObject({ score: 1, reason: 'same-field-and-profession', matched: ['health', 'sygeplejerske'] });
    expect(criterion(s!, 'languages')).toMatchObject({ score: 1, reason: 'shared-language', matched: ['ar', 'da'] });
    expect(criterion(s!, 'place')).toMatchObject({ score: 1, reason: 'same-municipality' });
    expect(criterion(s!, 'availability')).toMatchObject({ score: 1, reason: 'overlap', matched: ['tue-evening', 'thu-evening'] });
    expect(criterion(s!, 'preferences')).toMatchObject({ score: 1, reason: 'preference-met' });
    expect(s!.score).toBe(100);
  });

  it('scores the weaker fits lower, with their own reasons', () => {
    const m = mentor('Ole', {
      gender: 'male',
      industries: ['it'],
      fieldText: 'Sygeplejerske',
      languages: ['da'],
      municipality: 'Vejle',
      availability: ['wed-daytime'],
    });
    const [s] = rankMentors(amina, [m], options()).suggestions;
    expect(criterion(s!, 'field')).toMatchObject({ score: 0.6, reason: 'similar-profession' });
    expect(criterion(s!, 'languages')).toMatchObject({ score: 0.5, reason: 'local-language-only', matched: ['da'] });
    expect(criterion(s!, 'place')).toMatchObject({ score: 0.6, reason: 'neighbouring-municipality' });
    expect(criterion(s!, 'availability')).toMatchObject({ score: 0, reason: 'no-overlap' });
    expect(criterion(s!, 'preferences')).toMatchObject({ score: 0, reason: 'preference-not-met' });
    const none = rankMentors(
      { ...amina, industries: [], fieldText: '', municipality: '', availability: [], preferredMentorGender: 'any' },
      [m],
      options(),
    ).suggestions[0]!;
    expect(criterion(none, 'field').reason).toBe('not-recorded');
    expect(criterion(none, 'place').reason).toBe('not-recorded');
    expect(criterion(none, 'availability')).toMatchObject({ score: 0.5, reason: 'not-recorded' });
    expect(criterion(none, 'preferences').reason).toBe('no-preference');
  });

  it('treats nb, nn and no as one language', () => {
    expect(normaliseLanguage('NO')).toBe('nb');
    const [s] = rankMentors(
      { ...amina, languages: ['nn', 'so'] },
      [mentor('Kari', { languages: ['no'] })],
      options({ localLanguage: 'nb' }),
    ).suggestions;
    expect(criterion(s!, 'languages')).toMatchObject({ reason: 'local-language-only', matched: ['nb'] });
  });

  it('orders by score, then room left, then name; the weights change the order', () => {
    const sameField = mentor('Zainab', { industries: ['health'], municipality: 'Odense' });
    const samePlace = mentor('Anders', { industries: ['it'], municipality: 'Kolding' });
    const tieA = mentor('Bente', { industries: ['it'], municipality: 'Odense', capacity: 3 });
    const tieB = mentor('Aase', { industries: ['it'], municipality: 'Odense', capacity: 3, load: 1 });
    const tieC = mentor('Cecilie', { industries: ['it'], municipality: 'Odense', capacity: 3 });
    const all = [tieC, tieB, samePlace, tieA, sameField];
    const noCapacityWeight = { ...DEFAULT_MENTORING_SETTINGS.weights, capacity: 0 };
    expect(rankMentors(amina, all, options({ weights: noCapacityWeight })).suggestions.map((s) => s.name)).toEqual([
      'Zainab',
      'Anders',
      'Bente',
      'Cecilie',
      'Aase',
    ]);
    const placeFirst = { ...noCapacityWeight, field: 1, place: 5 };
    expect(
      rankMentors(amina, all, options({ weights: placeFirst }))
        .suggestions.map((s) => s.name)
        .slice(0, 2),
    ).toEqual(['Anders', 'Zainab']);
    expect(rankMentors(amina, all, options({ limit: 2 })).suggestions).toHaveLength(2);
  });

  it('flags a previous mentor without changing the score', () => {
    const m = mentor('Former');
    const before = rankMentors(amina, [m], options()).suggestions[0]!;
    const again = rankMentors(amina, [m], options({ previousMentorIds: new Set([m.id]) })).suggestions[0]!;
    expect(again.previousMentor).toBe(true);
    expect(again.score).toBe(before.score);
  });

  it('gives 0 with all weights at zero instead of dividing by zero', () => {
    const zero = { field: 0, languages: 0, place: 0, availability: 0, capacity: 0, preferences: 0 };
    expect(rankMentors(amina, [mentor('X')], options({ weights: zero })).suggestions[0]?.score).toBe(0);
  });
});
