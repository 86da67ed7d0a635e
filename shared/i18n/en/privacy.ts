// Privacy: the page that gathers consents, disclosures, erasure and retention, and its tabs. Owned by the lead.
export const privacy = {
  nav: 'Privacy',
  title: 'Privacy',
  tabs: {
    reminders: 'Consents due',
    disclosures: 'Disclosures',
    erasure: 'Erasure',
    retention: 'Retention',
    texts: 'Consent texts',
  },
};
