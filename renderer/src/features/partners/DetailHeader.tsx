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
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  titles: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { overflowWrap: 'anywhere' },
  sub: { color: tokens.colorNeutralForeground3 },
  toolbar: { padding: 0, flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export type RecordKind = 'organisations' | 'contacts' | 'networks';

/** Name, archived badge and the record's actions: edit, log, archive or restore, delete, close. */
export function DetailHeader(props: {
  kind: RecordKind;
  id: number;
  name: string;
  subtitle?: string;
  archived: boolean;
  deleteBody: string;
  extraActions?: ReactNode;
  onEdit: () => void;
  onChanged: (deleted: boolean) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function archive(archived: boolean) {
    try {
      await call(`${props.kind}:archive` as 'organisations:archive', { id: props.id, archived });
      setError(null);
      props.onChanged(false);
    } catch (e) {
      setError(asAppError(e));
    }
  }
  async function remove() {
    setConfirm(false);
    try {
      await call(`${props.kind}:delete` as 'organisations:delete', { id: props.id });
      props.onChanged(true);
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
          {props.archived && (
            <Badge appearance="tint" color="warning" data-testid="archived-badge">
              {t('partners.archived')}
            </Badge>
          )}
        </div>
        <Tooltip content={t('common.close')} relationship="label">
          <Button appearance="subtle" icon={<DismissRegular />} onClick={props.onClose} data-testid="detail-close" />
        </Tooltip>
      </div>
      <Toolbar className={styles.toolbar} aria-label={t('partners.actions')} size="small">
        <ToolbarButton icon={<EditRegular />} onClick={props.onEdit} data-testid="edit-button">
          {t('partners.edit')}
        </ToolbarButton>
        {props.extraActions}
        {props.archived && (
          <ToolbarButton icon={<ArrowUndoRegular />} onClick={() => void archive(false)} data-testid="restore-button">
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
              {!props.archived && (
                <MenuItem icon={<ArchiveRegular />} onClick={() => void archive(true)} data-testid="archive-button">
                  {t('partners.archive')}
                </MenuItem>
              )}
              <MenuItem icon={<DeleteRegular />} onClick={() => setConfirm(true)} data-testid="delete-button">
                {t('partners.deleteMenu')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </Toolbar>
      <ErrorBar error={error} />
      <ConfirmDeleteDialog
        open={confirm}
        title={t('partners.deleteTitle', { name: props.name })}
        body={props.deleteBody}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(false)}
      />
    </>
  );
}
