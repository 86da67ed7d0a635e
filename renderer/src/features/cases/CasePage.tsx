/** One course: status and next steps, referral, agreement, goals, meetings, follow-ups, timeline. */
export function CasePage(props: { id: number }) {
  return <h1>{props.id}</h1>;
}
