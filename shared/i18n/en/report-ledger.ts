// The results report's note on figures hidden because of an earlier report (ledger.ts): in the
// .docx, the .xlsx notes sheet and beside the preview.
export const reportLedger = {
  note: 'Some figures are hidden ("–") because an earlier report over an overlapping period was already given out: subtracting the two would reveal a number below 5, or the hours or waiting times of fewer than 5 meetings or courses. Figures hidden for this reason: {{count}}.',
};
