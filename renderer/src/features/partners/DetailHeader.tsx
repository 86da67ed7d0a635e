import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle1,
  tokens,
  Toolbar,
  ToolbarButton,
  Tooltip,
} from '@fluentui/react-components';
import { ArchiveRegular, ArrowUndoRegular, DeleteRegular, DismissRegular, EditRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useCanWrite } from '../users/session';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  titles: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { overflowWrap: 'anywhere' },
  sub: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingTop: tokens.spacingVerticalXXS },
  toolbar: { padding: 0, flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export type RecordKind = 'organisations' | 'contacts' | 'networks';

/** Archive and delete for a partner record, through its own channels; `onChanged(true)` after a delete. */
export function partnerActions(kind: RecordKind, id: number, onChanged: (deleted: boolean) => void) {
  return {
    onArchive: async (archived: boolean) => {
      await call(`${kind}:archive` as 'organisations:archive', { id, archived });
      onChanged(false);
    },
    onDelete: async () => {
      await call(`${kind}:delete` as 'organisations:delete', { id });
      onChanged(true);
    },
  };
}

/**
 * The head of a record's view: name, subtitle, badges and the actions (edit, archive or restore,
 * delete, close). Partner records can be archived; mentors and mentees have a status instead, so
 * without `onArchive` delete (asked first) is the only fixed menu item.
 */
export function DetailHeader(props: {
  name: string;
  subtitle?: string;
  badges?: ReactNode;
  /** Shows the archived badge and Restore, and offers Archive in the menu; needs `onArchive`. */
  archived?: boolean;
  onArchive?: (archived: boolean) => Promise<void>;
  /** Actions before Edit, e.g. the primary "Refer to a course". */
  leadingActions?: ReactNode;
  extraActions?: ReactNode;
  /** Rarer actions, in the "more" menu above Delete. */
  menuItems?: ReactNode;
  /** Defaults to "Delete <name>?". */
  deleteTitle?: string;
  deleteBody: string;
  onEdit: () => void;
  onDelete: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [confirm, setConfirm] = useState(false);
  // Read-only users see the record but not the actions that change it (core refuses them anyway).
  const canWrite = useCanWrite();
  const [error, setError] = useState<AppError | null>(null);
  const { onArchive } = props;
  const archived = onArchive !== undefined && props.archived === true;

  async function archive(value: boolean) {
    if (!onArchive) return;
    try {
      await onArchive(value);
      setError(null);
    } catch (e) {
      setError(asAppError(e));
    }
  }
  async function remove() {
    setConfirm(false);
    try {
      await props.onDelete();
    } catch (e) {
      setError(asAppError(e));
    }
  }

  return (
    <>
      <div className={styles.head}>
        <div className={styles.titles}>
          <Subtitle1 as="h2" className={styles.title} data-testid="detail-title">
            {props.name}
          </Subtitle1>
          {props.subtitle && <Caption1 className={styles.sub}>{props.subtitle}</Caption1>}
          {archived && (
            <Badge appearance="tint" color="warning" data-testid="archived-badge">
              {t('partners.archived')}
            </Badge>
          )}
          {props.badges && <div className={styles.badges}>{props.badges}</div>}
        </div>
        <Tooltip content={t('common.close')} relationship="label">
          <Button appearance="subtle" icon={<DismissRegular />} onClick={props.onClose} data-testid="detail-close" />
        </Tooltip>
      </div>
      <Toolbar className={styles.toolbar} aria-label={t('partners.actions')} size="small">
        {props.leadingActions}
        <ToolbarButton icon={<EditRegular />} onClick={props.onEdit} data-testid="edit-button" disabled={!canWrite}>
          {t('partners.edit')}
        </ToolbarButton>
        {props.extraActions}
        {archived && (
          <ToolbarButton icon={<ArrowUndoRegular />} onClick={() => void archive(false)} data-testid="restore-button" disabled={!canWrite}>
            {t('partners.restore')}
          </ToolbarButton>
        )}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={t('partners.more')} relationship="label">
              <ToolbarButton icon={<MoreHorizontalRegular />} data-testid="more-actions" />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {props.menuItems}
              {onArchive && !archived && (
                <MenuItem icon={<ArchiveRegular />} onClick={() => void archive(true)} data-testid="archive-button" disabled={!canWrite}>
                  {t('partners.archive')}
                </MenuItem>
              )}
              <MenuItem icon={<DeleteRegular />} onClick={() => setConfirm(true)} data-testid="delete-button" disabled={!canWrite}>
                {t('partners.deleteMenu')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </Toolbar>
      <ErrorBar error={error} testId="record-error" />
      <ConfirmDeleteDialog
        open={confirm}
        title={props.deleteTitle ?? t('partners.deleteTitle', { name: props.name })}
        body={props.deleteBody}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(false)}
      />
    </>
  );
}
