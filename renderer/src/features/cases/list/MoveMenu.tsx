import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import { ArrowRightRegular, OpenRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { moveOptions, type BoardCard, type MoveOption } from './board-model';

/**
 * The one "move" menu of the board, anchored to the card it was opened from (one menu for the
 * whole board instead of one per card). Offers only the changes the lifecycle allows; the ones
 * that need more input end in "…" and open the course page.
 */
export function MoveMenu(props: {
  card: BoardCard | null;
  target: HTMLElement | null;
  onPick: (card: BoardCard, option: MoveOption) => void;
  onOpenCase: (id: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { card } = props;
  const label = (o: MoveOption) =>
    o.kind === 'move' ? t('cases.board.moveTo', { status: t(`mentoring.caseStatus.${o.to}`) }) : t(`cases.board.action.${o.kind}`);
  return (
    <Menu
      open={card !== null && props.target !== null}
      onOpenChange={(_e, d) => !d.open && props.onClose()}
      positioning={{ target: props.target, position: 'below', align: 'end' }}
    >
      <MenuPopover data-testid="move-menu">
        {card && (
          <MenuList aria-label={t('cases.board.moveLabel', { code: card.row.menteeCode })}>
            {moveOptions(card.row.status).map((o) => (
              <MenuItem
                key={o.to}
                icon={o.direct ? <ArrowRightRegular /> : <OpenRegular />}
                onClick={() => props.onPick(card, o)}
                data-testid={`move-to-${o.to}`}
              >
                {label(o)}
              </MenuItem>
            ))}
            <MenuDivider />
            <MenuItem onClick={() => props.onOpenCase(card.row.id)} data-testid="move-open">
              {t('cases.board.openCase')}
            </MenuItem>
          </MenuList>
        )}
      </MenuPopover>
    </Menu>
  );
}
