import { describe, expect, it } from 'vitest';
import { ContactInput, MeetingInput, OrganisationInput } from '../../../shared/contract';
import { keepMentoringCountsCurrent } from '../../../electron/core/mentoring/mentoring-counts';
import { saveMeeting } from '../../../electron/core/mentoring/meetings-repo';
import { saveContact } from '../../../electron/core/partners/contacts-repo';
import { keepOrganisationCountsCurrent } from '../../../electron/core/partners/organisation-counts';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import { freshRegister, seed, storedAndRecount } from './mentoring-counts-ops';

// The first read of a new day moves the kept figures on (a count, a contact's organisations, a
// course's meetings). A read-only user's connection is query_only: that read must still work,
// give the figures for the new day, and leave the connection query_only for everything else.

describe('kept figures on a read-only user’s connection', () => {
  it('move to the new day, exactly, and the connection stays query_only', () => {
    const db = freshRegister();
    try {
      keepOrganisationCountsCurrent(db, '2026-12-01');
      keepMentoringCountsCurrent(db, '2026-12-01');
      seed(db);
      const org = saveOrganisation(db, OrganisationInput.parse({ name: 'Røde Kors' }), 'owner');
      const person = saveContact(
        db,
        ContactInput.parse({ name: 'Lone', memberships: [{ organisationId: org, to: '2026-12-02' }] }),
        'owner',
      );
      saveMeeting(db, MeetingInput.parse({ caseId: 1, date: '2026-12-03', type: 'follow-up' }), 'owner');
      db.pragma('query_only = ON');

      expect(keepOrganisationCountsCurrent(db, '2026-12-05')).toBe(true);
      expect(keepMentoringCountsCurrent(db, '2026-12-05')).toBe(true);

      expect(db.prepare('SELECT contact_count AS n FROM organisations WHERE id = ?').get(org)).toEqual({ n: 0 });
      expect(db.prepare('SELECT current_organisations AS o FROM contacts WHERE id = ?').get(person)).toEqual({ o: '' });
      const { stored, recount } = storedAndRecount(db);
      expect(stored).toEqual(recount);
      expect(db.prepare('SELECT meeting_count AS n FROM cases WHERE id = 1').get()).toEqual({ n: 1 });
      expect(db.pragma('query_only', { simple: true })).toBe(1);
      expect(() => db.prepare("UPDATE contacts SET name = 'x'").run()).toThrow(/readonly/i);
    } finally {
      db.close();
    }
  });
});
