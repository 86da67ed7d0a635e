import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalL },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** A titled block of a detail view, with an optional action beside the title and a quiet empty text. */
export function Section(props: { title: string; action?: ReactNode; empty?: string; children?: ReactNode; testId?: string }) {
  const styles = useStyles();
  const hasContent = Array.isArray(props.children) ? props.children.some(Boolean) : Boolean(props.children);
  return (
    <section className={styles.section} data-testid={props.testId}>
      <div className={styles.head}>
        <Subtitle2 as="h3">{props.title}</Subtitle2>
        {props.action}
      </div>
      {hasContent ? props.children : props.empty && <span className={styles.empty}>{props.empty}</span>}
    </section>
  );
}

/** Label/value pairs of a detail view. */
export function Facts(props: { items: [string, ReactNode][] }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(110px, auto) 1fr', gap: '6px 16px', margin: 0 }}>
      {props.items
        .filter(([, v]) => v !== '' && v !== null && v !== undefined)
        .map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt style={{ color: tokens.colorNeutralForeground3 }}>{k}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
