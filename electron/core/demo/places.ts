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
