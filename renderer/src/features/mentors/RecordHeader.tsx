import {
  Caption1,
  Button,
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
import { DeleteRegular, DismissRegular, EditRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { asAppError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { ConfirmDeleteDialog } from '../partners/ConfirmDeleteDialog';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  titles: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { overflowWrap: 'anywhere' },
  sub: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingTop: tokens.spacingVerticalXXS },
  toolbar: { padding: 0, flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/**
 * The head of a mentor's or mentee's view: name, subtitle, status badges and the actions. These
 * records have a status instead of an archive, so delete (asked first) is the only menu item.
 */
export function RecordHeader(props: {
  name: string;
  subtitle?: string;
  badges?: ReactNode;
  /** Actions before Edit, e.g. the primary "Refer to a course". */
  leadingActions?: ReactNode;
  actions?: ReactNode;
  /** Rarer actions, in the "more" menu above Delete. */
  menuItems?: ReactNode;
  deleteTitle: string;
  deleteBody: string;
  onEdit: () => void;
  onDelete: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

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
          {props.badges && <div className={styles.badges}>{props.badges}</div>}
        </div>
        <Tooltip content={t('common.close')} relationship="label">
          <Button appearance="subtle" icon={<DismissRegular />} onClick={props.onClose} data-testid="detail-close" />
        </Tooltip>
      </div>
      <Toolbar className={styles.toolbar} aria-label={t('partners.actions')} size="small">
        {props.leadingActions}
        <ToolbarButton icon={<EditRegular />} onClick={props.onEdit} data-testid="edit-button">
          {t('partners.edit')}
        </ToolbarButton>
        {props.actions}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={t('partners.more')} relationship="label">
              <ToolbarButton icon={<MoreHorizontalRegular />} data-testid="more-actions" />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {props.menuItems}
              <MenuItem icon={<DeleteRegular />} onClick={() => setConfirm(true)} data-testid="delete-button">
                {t('partners.deleteMenu')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </Toolbar>
      <ErrorBar error={error} testId="record-error" />
      <ConfirmDeleteDialog
        open={confirm}
        title={props.deleteTitle}
        body={props.deleteBody}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(false)}
      />
    </>
  );
}
