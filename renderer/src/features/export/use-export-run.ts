import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call, onEvent } from '../../api';

/** A running export as the progress bar shows it. */
export interface ExportRunState {
  done: number;
  total: number;
  cancelling: boolean;
}

/**
 * Runs a long export under an operation id: follows its `progress` events and cancels it with
 * export:cancel. `run` resolves to the export's value, or to null when it was cancelled (core
 * then removed the file and logged nothing).
 */
export function useExportRun() {
  const [state, setState] = useState<ExportRunState | null>(null);
  const operation = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('progress', (p) => {
        if (p.operationId === operation.current) setState((s) => (s ? { ...s, done: p.done, total: p.total } : s));
      }),
    [],
  );

  const run = useCallback(async <T>(start: (operationId: string) => Promise<T>): Promise<T | null> => {
    const id = crypto.randomUUID();
    operation.current = id;
    setState({ done: 0, total: 0, cancelling: false });
    try {
      return await start(id);
    } catch (e) {
      if (e instanceof ApiError && e.error.code === 'CANCELLED') return null;
      throw e;
    } finally {
      operation.current = null;
      setState(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const id = operation.current;
    if (!id) return;
    setState((s) => (s ? { ...s, cancelling: true } : s));
    void call('export:cancel', { operationId: id }).catch(() => undefined);
  }, []);

  return { state, run, cancel };
}
