import { webLightTheme } from '@fluentui/react-components';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

// Registered once for the whole renderer: every list uses the same community features.
ModuleRegistry.registerModules([AllCommunityModule]);

const fluent = webLightTheme;

/** AG Grid's Quartz theme tuned to Fluent 2: Segoe UI at 14px, 36px rows, Fluent's neutral and brand colours. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: fluent.fontFamilyBase,
  fontSize: 14,
  headerFontSize: 14,
  headerFontWeight: 600,
  rowHeight: 36,
  headerHeight: 38,
  spacing: 6,
  cellHorizontalPadding: 12,
  iconSize: 14,
  accentColor: fluent.colorBrandBackground,
  foregroundColor: fluent.colorNeutralForeground1,
  backgroundColor: fluent.colorNeutralBackground1,
  headerBackgroundColor: fluent.colorNeutralBackground2,
  headerTextColor: fluent.colorNeutralForeground2,
  borderColor: fluent.colorNeutralStroke2,
  selectedRowBackgroundColor: fluent.colorBrandBackground2,
  oddRowBackgroundColor: fluent.colorNeutralBackground1,
  wrapperBorderRadius: 4,
  borderRadius: 4,
  columnBorder: false,
  headerColumnBorder: false,
  browserColorScheme: 'light',
});

/** Renders an ISO date (YYYY-MM-DD) in the user's locale; the raw ISO string stays the sort key. */
export function dateCell(locale: string): (p: { value: unknown }) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return ({ value }) => (typeof value === 'string' && value ? format.format(new Date(`${value.slice(0, 10)}T12:00:00`)) : '');
}

/** AG Grid's date filter compares a midnight Date against our ISO date strings. */
export const isoDateFilterParams = {
  comparator: (filterDate: Date, cell: unknown): number => {
    if (typeof cell !== 'string' || !cell) return -1;
    const [y, m, d] = cell.slice(0, 10).split('-').map(Number) as [number, number, number];
    const value = new Date(y, m - 1, d).getTime();
    return value === filterDate.getTime() ? 0 : value < filterDate.getTime() ? -1 : 1;
  },
};

/** A date filter core can apply (electron/core/paging): one condition, a day, before, after or between. */
export const pagedDateFilterParams = { filterOptions: ['equals', 'lessThan', 'greaterThan', 'inRange'], maxNumConditions: 1 };

/** A number filter core can apply (electron/core/paging): one condition, equal, below, above or between. */
export const pagedNumberFilterParams = { filterOptions: ['equals', 'lessThan', 'greaterThan', 'inRange'], maxNumConditions: 1 };
