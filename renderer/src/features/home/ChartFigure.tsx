import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { AgChartOptions } from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { useEffect, useId, useRef } from 'react';
import './chart-setup';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  chart: { height: '260px' },
  empty: { height: '260px', display: 'flex', alignItems: 'center', justifyContent: 'center', color: tokens.colorNeutralForeground3 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface ChartTable {
  /** Column headers: the item, then one per series. */
  columns: string[];
  rows: { label: string; values: string[] }[];
}

/**
 * A chart with its title and, for screen readers, the same numbers as a table (the canvas itself
 * is hidden from them). With no data it says so instead of drawing empty axes.
 */
export function ChartFigure(props: { title: string; options: AgChartOptions; table: ChartTable; empty: string | null; testId: string }) {
  const styles = useStyles();
  const id = useId();
  const canvas = useRef<HTMLDivElement>(null);
  // The canvas is hidden from screen readers (the table says the same), so nothing inside it may
  // take keyboard focus either; AG Charts keeps making its drawing surface focusable.
  useEffect(() => {
    const root = canvas.current;
    if (!root) return;
    const unfocus = () => root.querySelectorAll('[tabindex]:not([tabindex="-1"])').forEach((el) => el.setAttribute('tabindex', '-1'));
    unfocus();
    const observer = new MutationObserver(unfocus);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, [props.empty]);
  return (
    <figure className={styles.figure} aria-labelledby={id} data-testid={props.testId}>
      <Subtitle2 as="h3" id={id}>
        {props.title}
      </Subtitle2>
      {props.empty !== null ? (
        <Caption1 className={styles.empty}>{props.empty}</Caption1>
      ) : (
        <>
          <div className={styles.chart} aria-hidden ref={canvas}>
            <AgCharts options={props.options} style={{ height: '100%' }} />
          </div>
          <table className={styles.srOnly}>
            <caption>{props.title}</caption>
            <thead>
              <tr>
                {props.table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.table.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, i) => (
                    <td key={i}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
