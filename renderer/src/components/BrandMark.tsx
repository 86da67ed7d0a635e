/** The Bindeled mark: two linked rings, the link between newcomers, volunteers and partners. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#0F6CBD" />
      <circle cx="12.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.6" />
      <circle cx="19.5" cy="16" r="6" fill="none" stroke="#BFE0FF" strokeWidth="2.6" />
    </svg>
  );
}
