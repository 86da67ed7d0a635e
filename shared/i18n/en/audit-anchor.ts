// What the audit anchor found (electron/core/audit/anchor.ts, docs/security.md), shown by the
// audit page's chain check: what happened, what was not done, and what to do.
export const auditAnchor = {
  truncated:
    'The newest entries of the audit log have been deleted outside Bindeled: the log ended at entry {{anchorSeq}}, now it ends at entry {{headSeq}}. Nothing else has been deleted. Keep this copy of the register for analysis and restore the register from a backup.',
  rolledBack:
    'The register file has been replaced by an older copy of itself: the audit log last ended at entry {{anchorSeq}}, and this copy does not have that entry (its log ends at entry {{headSeq}}). Recent work may be missing. Nothing has been deleted. If you have a newer copy or a backup, close Bindeled and restore it.',
  foreign:
    "The key file (keyslots.json) belongs to another register than this database. Nothing has been changed. Put back this register's own keyslots.json, or restore the folder from a backup.",
  forged:
    'The seal in keyslots.json that records where the audit log ended has been edited outside Bindeled, so deleted entries cannot be ruled out. Nothing has been changed. Keep this copy for analysis and restore the register from a backup.',
  missing:
    'The seal that records where the audit log ended is missing from keyslots.json, though this register had one: the file has been replaced or edited. Nothing has been changed. Restore keyslots.json from a backup.',
  /** "Continue with this copy": what the finding means in plain words, and the acceptance. */
  explain: {
    truncated_one:
      'In plain words: the newest entry of the audit log is missing. This can happen when someone removes it with another program, or when register files are put back by hand. If you know why and it was done on purpose, you can continue with this copy.',
    truncated_other:
      'In plain words: the newest {{count}} entries of the audit log are missing. This can happen when someone removes them with another program, or when register files are put back by hand. If you know why and it was done on purpose, you can continue with this copy.',
    rolledBack:
      'In plain words: an older copy of the register was put back, so the newest entries of the audit log, and the work they record, are not in this copy. This can happen when a copy of the register folder is put back by hand instead of with Restore. If you put this copy back on purpose, you can continue with it.',
    forged:
      'In plain words: the seal was changed by hand, so Bindeled cannot tell whether entries are missing. If you or your IT support changed keyslots.json on purpose, you can continue with this copy.',
    missing:
      'In plain words: the seal is gone, for example because keyslots.json was replaced by an older copy. If you know why and it was done on purpose, you can continue with this copy.',
  },
  foreignRefused:
    'This cannot be accepted. The key file opens this database but was made for another register, so two registers would share one key file and Bindeled could no longer tell them apart. Put back the keyslots.json that belongs to this register (from the backup it came from), then check again.',
  accept: {
    button: 'Continue with this copy',
    title: 'Continue with this copy of the register?',
    body: 'From now on Bindeled treats this copy as the right one and seals the audit log where it ends now. The log gets an entry saying what was found and that you accepted it. Missing entries do not come back. Only do this if you know why the log differs.',
    confirm: 'Continue with this copy',
    done: 'You are continuing with this copy. Entry {{seq}} of the audit log records what was found and that you accepted it.',
  },
};
