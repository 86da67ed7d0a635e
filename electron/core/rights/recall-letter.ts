import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { DataCategory, PersonRef } from '../../../shared/contract/consents-schemas';
import type { RecallTrigger } from '../../../shared/contract/rights';
import type { Language } from '../../../shared/languages';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { readSettings } from '../register/settings-repo';
import { writeLoggedOutput } from '../storage/logged-output';
import {
  ACCENT,
  bullet,
  checkTarget,
  displayName,
  fieldLabel,
  fill,
  FREE_TEXT_FIELDS,
  labelled,
  listText,
  longDate,
  MUTED,
  para,
  rightsText,
  valueText,
} from './doc-common';
import { fieldHistoryRows } from './field-history';
import { FIELD_DISCLOSURE, localMinuteOf, recallList } from './recall';

// The draft notification letter to one recipient on a recall list: letterhead, recipient, date,
// which data about which person (named as the recipient knew them), what changed or that consent
// was withdrawn, what they must do, and whom to contact. In the recipient's language.

/** The person's name as it stood at a minute: the old value of the first name change after it. */
function nameAt(db: Db, person: PersonRef, minute: string): string {
  const table = person.kind === 'mentee' ? 'mentees' : 'mentors';
  const current = db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(person.id) as { name: string } | undefined;
  if (!current) throw new CoreError('NOT_FOUND', `${person.kind} ${person.id}`);
  const changes = db
    .prepare("SELECT old_value, changed_at FROM field_history WHERE person_kind = ? AND person_id = ? AND field = 'name' ORDER BY id")
    .all(person.kind, person.id) as { old_value: string; changed_at: string }[];
  const later = changes.find((c) => localMinuteOf(c.changed_at) >= minute);
  return later ? later.old_value : current.name;
}

export async function writeRecallLetter(
  register: OpenRegister,
  input: { person: PersonRef; trigger: RecallTrigger; organisationId: number; language: Language; path: string },
): Promise<{ path: string }> {
  const target = checkTarget(register, input.path, '.docx');
  const { db } = register;
  const list = recallList(db, input.person, input.trigger);
  const recipient = list.recipients.find((r) => r.organisationId === input.organisationId);
  if (!recipient) throw new CoreError('NOT_FOUND', `organisation ${input.organisationId} is not on the recall list`);
  const lang = input.language;
  const t = rightsText(lang);
  const settings = readSettings(db);
  const org = db.prepare('SELECT email, phone FROM organisations WHERE id = ?').get(input.organisationId) as
    { email: string; phone: string } | undefined;
  const first = recipient.disclosures[0]!;
  const name = nameAt(db, input.person, first.at);
  const received = new Set<DataCategory>(recipient.disclosures.flatMap((d) => d.categories));
  const signer = displayName(db, register.actor, lang);

  const body: Paragraph[] = [];
  // Letterhead.
  body.push(
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: settings.organisationName, bold: true, size: 32, color: ACCENT })],
    }),
    new Paragraph({
      spacing: { after: 360 },
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: longDate(lang, new Date()), color: MUTED })],
    }),
  );
  // Recipient.
  const address = [recipient.organisationName, recipient.contact?.name ?? '', recipient.contact?.email || org?.email || ''].filter(Boolean);
  body.push(para(address.join('\n'), { after: 360 }));
  body.push(para(list.trigger.kind === 'withdrawal' ? t.letter.subjectWithdrawal : t.letter.subjectCorrection, { bold: true, after: 240 }));
  body.push(
    para(
      recipient.contact
        ? fill(t.letter.greeting, { name: recipient.contact.name })
        : fill(t.letter.greetingOrganisation, { organisation: recipient.organisationName }),
    ),
  );
  body.push(
    para(
      list.trigger.kind === 'withdrawal'
        ? fill(t.letter.introWithdrawal, { organisation: recipient.organisationName, date: longDate(lang, list.since) })
        : fill(t.letter.introCorrection, { organisation: recipient.organisationName }),
    ),
  );
  body.push(...labelled(t.letter.person, name), ...labelled(t.letter.reference, list.personCode));
  body.push(para(t.letter.shared, { bold: true, after: 60, before: 160 }));
  for (const d of recipient.disclosures) {
    const what = listText([t.category.identity, ...d.categories.map((c) => t.category[c])]);
    body.push(bullet(`${longDate(lang, d.at)}: ${what}${d.fileName ? ` ${fill(t.letter.sharedFile, { file: d.fileName })}` : ''}`));
  }
  if (input.trigger.kind === 'correction') {
    const map = FIELD_DISCLOSURE[input.person.kind];
    const changes = fieldHistoryRows(db, input.person, input.trigger.fieldHistoryIds).filter((c) => {
      const what = map[c.field];
      return what === 'identity' || (what !== undefined && received.has(what));
    });
    if (changes.length) {
      body.push(para(t.letter.changed, { bold: true, after: 60, before: 160 }));
      for (const c of changes) {
        const label = fieldLabel(lang, c.field);
        body.push(
          bullet(
            FREE_TEXT_FIELDS.has(c.field)
              ? fill(t.letter.changedText, { field: label })
              : fill(t.letter.changedLine, {
                  field: label,
                  new: valueText(lang, c.field, c.newValue) || t.corrections.emptyValue,
                  old: valueText(lang, c.field, c.oldValue) || t.corrections.emptyValue,
                }),
          ),
        );
      }
    }
  }
  body.push(para(''));
  body.push(para(list.trigger.kind === 'withdrawal' ? t.letter.askWithdrawal : t.letter.askCorrection));
  body.push(para(t.letter.legal));
  body.push(para(t.letter.contact, { after: 360 }));
  body.push(para(t.letter.regards, { after: 480 }));
  body.push(para([signer, settings.organisationName].join('\n')));

  const doc = new Document({
    creator: settings.organisationName,
    title: list.trigger.kind === 'withdrawal' ? t.letter.subjectWithdrawal : t.letter.subjectCorrection,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { line: 276 } } } } },
    sections: [{ properties: { page: { margin: { top: 1200, bottom: 1200, left: 1300, right: 1300 } } }, children: body }],
  });
  const data = await Packer.toBuffer(doc);
  writeLoggedOutput(db, [{ target, data }], () =>
    appendAudit(db, {
      actor: register.actor,
      action: 'recall-letter.written',
      entity: input.person.kind,
      entityId: String(input.person.id),
      details: {
        organisation: input.organisationId,
        trigger: input.trigger.kind,
        language: lang,
        disclosures: recipient.disclosures.length,
      },
    }),
  );
  return { path: target };
}
