import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, WEEKDAYS } from '../../../../shared/contract/mentoring-schemas';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  corner: { width: '28%' },
  head: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, textAlign: 'center', padding: 0 },
  part: { fontWeight: tokens.fontWeightRegular, textAlign: 'left', paddingRight: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  cell: { textAlign: 'center', padding: 0 },
  box: { '& .fui-Checkbox__indicator': { margin: tokens.spacingVerticalXS } },
});

/**
 * When a person can meet: a checkbox per weekday and part of the day (`tue-evening`). Tab
 * walks the boxes; the arrow keys move between them like in a table, Space ticks.
 */
export function AvailabilityGrid(props: { value: string[]; onChange: (v: string[]) => void; label: string; testId?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelId = useId();
  const toggle = (slot: string, on: boolean) =>
    props.onChange(on ? [...props.value.filter((s) => s !== slot), slot] : props.value.filter((s) => s !== slot));

  // Arrow keys: left/right along a row, up/down between daytime and evening.
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    const move = moves[e.key];
    const target = e.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (!move || Number.isNaN(row) || Number.isNaN(col)) return;
    const next = e.currentTarget.querySelector<HTMLInputElement>(
      `input[data-row="${(row + move[0] + DAY_PARTS.length) % DAY_PARTS.length}"][data-col="${(col + move[1] + WEEKDAYS.length) % WEEKDAYS.length}"]`,
    );
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <div className={styles.root} role="group" aria-labelledby={labelId} data-testid={props.testId}>
      <Text id={labelId} className={styles.label}>
        {props.label}
      </Text>
      <table className={styles.table} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <td className={styles.corner} />
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className={styles.head}>
                <abbr title={t(`mentoring.weekday.${d}`)} style={{ textDecoration: 'none' }}>
                  {t(`mentoring.weekdayShort.${d}`)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAY_PARTS.map((p, row) => (
            <tr key={p}>
              <th scope="row" className={styles.part}>
                {t(`mentoring.dayPart.${p}`)}
              </th>
              {WEEKDAYS.map((d, col) => {
                const slot = `${d}-${p}`;
                return (
                  <td key={d} className={styles.cell}>
                    <Checkbox
                      className={styles.box}
                      checked={props.value.includes(slot)}
                      onChange={(_e, data) => toggle(slot, data.checked === true)}
                      aria-label={t('mentors.availability.slot', { day: t(`mentoring.weekday.${d}`), part: t(`mentoring.dayPart.${p}`) })}
                      input={{ 'data-row': row, 'data-col': col, 'data-testid': `slot-${slot}` } as object}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Slots as a short text, by day: "Mon daytime and evening, Thu evening". */
export function availabilityText(slots: string[], t: (key: string) => string): string {
  return WEEKDAYS.flatMap((d) => {
    const parts = DAY_PARTS.filter((p) => slots.includes(`${d}-${p}`));
    if (parts.length === 0) return [];
    const when = parts.length === DAY_PARTS.length ? t('mentors.availability.allDay') : t(`mentoring.dayPart.${parts[0]}`).toLowerCase();
    return [`${t(`mentoring.weekdayShort.${d}`)} ${when}`];
  }).join(', ');
}
