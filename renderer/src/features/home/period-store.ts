import { DEFAULT_PRESET, PERIOD_PRESETS, type PeriodPreset } from './period';

const PERIOD_KEY = 'bindeled.dashboard.period';

/** The period the user last chose on the dashboard (kept on this computer), else the default. */
export function storedPreset(): PeriodPreset {
  const value = localStorage.getItem(PERIOD_KEY);
  return (PERIOD_PRESETS as readonly string[]).includes(value ?? '') ? (value as PeriodPreset) : DEFAULT_PRESET;
}

export function storePreset(preset: PeriodPreset): void {
  localStorage.setItem(PERIOD_KEY, preset);
}
