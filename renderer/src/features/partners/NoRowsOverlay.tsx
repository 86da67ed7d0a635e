import type { CustomNoRowsOverlayProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';

/**
 * What an empty paged grid says: "no rows match" when a filter or the quick search is on,
 * "nothing to show" otherwise (as AG Grid says by itself for a list loaded whole).
 */
export function NoRowsOverlay(props: CustomNoRowsOverlayProps) {
  const { t } = useTranslation();
  const filtered = props.api.isAnyFilterPresent() || Boolean((props.context as { quick?: string } | undefined)?.quick);
  return <span className="ag-overlay-no-rows-center">{filtered ? t('grid.noMatchingRows') : t('grid.noRowsToShow')}</span>;
}
