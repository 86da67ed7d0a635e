import type { Rng } from './prng';
import type { TextLanguage } from './texts';

// Real municipalities, with the language their offers are written in: Finland's
// Swedish-speaking municipalities get Swedish texts. `genitive` is for Finnish names such as
// "Helsingin kaupunki".

export interface Place {
  name: string;
  country: 'DK' | 'NO' | 'FI';
  language: TextLanguage;
  genitive: string;
  dial: string;
  domain: string;
}

const dk = (name: string): Place => ({ name, country: 'DK', language: 'da', genitive: name, dial: '+45', domain: 'dk' });
const no = (name: string): Place => ({ name, country: 'NO', language: 'nb', genitive: name, dial: '+47', domain: 'no' });
const fi = (name: string, genitive: string): Place => ({ name, country: 'FI', language: 'fi', genitive, dial: '+358', domain: 'fi' });
const fs = (name: string): Place => ({ name, country: 'FI', language: 'sv', genitive: name, dial: '+358', domain: 'fi' });

export const PLACES: Place[] = [
  ...[
    'København',
    'Aarhus',
    'Odense',
    'Aalborg',
    'Esbjerg',
    'Vejle',
    'Randers',
    'Kolding',
    'Horsens',
    'Herning',
    'Silkeborg',
    'Roskilde',
    'Næstved',
    'Holbæk',
    'Slagelse',
    'Ishøj',
    'Brøndby',
    'Albertslund',
    'Høje-Taastrup',
    'Sønderborg',
    'Svendborg',
    'Viborg',
    'Frederikshavn',
    'Hjørring',
  ].map(dk),
  ...[
    'Oslo',
    'Bergen',
    'Trondheim',
    'Stavanger',
    'Drammen',
    'Fredrikstad',
    'Kristiansand',
    'Sandnes',
    'Tromsø',
    'Bærum',
    'Asker',
    'Lillestrøm',
    'Sarpsborg',
    'Skien',
    'Bodø',
    'Ålesund',
  ].map(no),
  fi('Helsinki', 'Helsingin'),
  fi('Espoo', 'Espoon'),
  fi('Vantaa', 'Vantaan'),
  fi('Tampere', 'Tampereen'),
  fi('Turku', 'Turun'),
  fi('Oulu', 'Oulun'),
  fi('Jyväskylä', 'Jyväskylän'),
  fi('Lahti', 'Lahden'),
  fi('Kuopio', 'Kuopion'),
  fi('Pori', 'Porin'),
  ...['Vasa', 'Närpes', 'Jakobstad', 'Raseborg', 'Korsholm', 'Borgå'].map(fs),
];

/** Rough relative sizes (inhabitants), so demo people live mostly where people live. */
export const PLACE_WEIGHTS: Record<string, number> = {
  København: 30,
  Aarhus: 18,
  Odense: 12,
  Aalborg: 10,
  Esbjerg: 6,
  Vejle: 6,
  Randers: 5,
  Kolding: 5,
  Horsens: 5,
  Herning: 4,
  Silkeborg: 4,
  Roskilde: 4,
  Næstved: 4,
  Holbæk: 3,
  Slagelse: 4,
  Ishøj: 4,
  Brøndby: 5,
  Albertslund: 4,
  'Høje-Taastrup': 5,
  Sønderborg: 3,
  Svendborg: 2,
  Viborg: 3,
  Frederikshavn: 2,
  Hjørring: 2,
  Oslo: 35,
  Bergen: 15,
  Trondheim: 12,
  Stavanger: 10,
  Drammen: 8,
  Fredrikstad: 6,
  Kristiansand: 6,
  Sandnes: 5,
  Tromsø: 4,
  Bærum: 8,
  Asker: 5,
  Lillestrøm: 7,
  Sarpsborg: 4,
  Skien: 4,
  Bodø: 3,
  Ålesund: 3,
  Helsinki: 30,
  Espoo: 15,
  Vantaa: 14,
  Tampere: 12,
  Turku: 10,
  Oulu: 8,
  Jyväskylä: 6,
  Lahti: 6,
  Kuopio: 5,
  Pori: 4,
  Vasa: 5,
  Närpes: 1,
  Jakobstad: 2,
  Raseborg: 2,
  Korsholm: 1,
  Borgå: 3,
};

/** Municipalities in PLACES that share a border (each pair once). */
export const NEIGHBOURS: [string, string][] = [
  ['Albertslund', 'Brøndby'],
  ['Albertslund', 'Høje-Taastrup'],
  ['Høje-Taastrup', 'Ishøj'],
  ['Høje-Taastrup', 'Roskilde'],
  ['Vejle', 'Kolding'],
  ['Vejle', 'Horsens'],
  ['Horsens', 'Silkeborg'],
  ['Silkeborg', 'Viborg'],
  ['Viborg', 'Randers'],
  ['Næstved', 'Slagelse'],
  ['Frederikshavn', 'Hjørring'],
  ['Oslo', 'Bærum'],
  ['Oslo', 'Lillestrøm'],
  ['Bærum', 'Asker'],
  ['Stavanger', 'Sandnes'],
  ['Fredrikstad', 'Sarpsborg'],
  ['Helsinki', 'Espoo'],
  ['Helsinki', 'Vantaa'],
  ['Espoo', 'Vantaa'],
  ['Vasa', 'Korsholm'],
];

/** A plausible phone number in the place's country. */
export function phoneNumber(rng: Rng, place: Place): string {
  const d = () => rng.int(10, 99);
  if (place.dial === '+45') return `+45 ${rng.int(20, 99)} ${d()} ${d()} ${d()}`;
  if (place.dial === '+47') return `+47 ${rng.int(400, 999)} ${d()} ${rng.int(100, 999)}`;
  return `+358 ${rng.pick(['40', '44', '50'])} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
}
