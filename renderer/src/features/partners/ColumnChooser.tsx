import { Button, Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ColumnTripleEditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

/** The "Columns" menu: a checkbox per column. AG Grid's own column chooser is an Enterprise feature. */
export function ColumnChooser(props: { columns: { id: string; label: string }[]; hidden: string[]; onChange: (hidden: string[]) => void }) {
  const { t } = useTranslation();
  const visible = props.columns.map((c) => c.id).filter((id) => !props.hidden.includes(id));
  return (
    <Menu
      checkedValues={{ columns: visible }}
      onCheckedValueChange={(_e, data) => {
        // The first column (the name) always stays: without it a row cannot be recognised.
        const shown = new Set([...data.checkedItems, props.columns[0]?.id ?? '']);
        props.onChange(props.columns.map((c) => c.id).filter((id) => !shown.has(id)));
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ColumnTripleEditRegular />} appearance="subtle" data-testid="column-chooser">
          {t('grid.columns')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.columns.map((c, i) => (
            <MenuItemCheckbox key={c.id} name="columns" value={c.id} disabled={i === 0} data-testid={`column-toggle-${c.id}`}>
              {c.label}
            </MenuItemCheckbox>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
