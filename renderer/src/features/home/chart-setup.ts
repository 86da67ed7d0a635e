import { BarSeriesModule, CategoryAxisModule, LegendModule, LineSeriesModule, ModuleRegistry, NumberAxisModule } from 'ag-charts-community';

// Only the chart parts the dashboard draws, registered once before any chart is made.
ModuleRegistry.registerModules([LineSeriesModule, BarSeriesModule, CategoryAxisModule, NumberAxisModule, LegendModule]);

/** Fluent's brand blue and a calm second colour that both read on white and in grey print. */
export const CHART_COLOURS = ['#0F6CBD', '#C4314B', '#8764B8', '#107C10'];
