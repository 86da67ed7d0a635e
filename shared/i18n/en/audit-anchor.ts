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
};
