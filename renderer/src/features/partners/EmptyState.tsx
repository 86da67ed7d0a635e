import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useCanWrite } from '../users/session';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXXXL,
    flex: 1,
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  body: { maxWidth: '520px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** What an empty list shows instead of an empty grid: what this is, and how to start. */
export function EmptyState(props: {
  icon: ReactNode;
  title: string;
  body: string;
  action: string;
  onAction: () => void;
  extra?: ReactNode;
}) {
  const styles = useStyles();
  const canWrite = useCanWrite();
  return (
    <div className={styles.root} data-testid="empty-state">
      <span className={styles.icon} aria-hidden>
        {props.icon}
      </span>
      <Subtitle1 as="h2">{props.title}</Subtitle1>
      <Body1 className={styles.body}>{props.body}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<AddRegular />} onClick={props.onAction} data-testid="empty-add" disabled={!canWrite}>
          {props.action}
        </Button>
        {props.extra}
      </div>
    </div>
  );
}
