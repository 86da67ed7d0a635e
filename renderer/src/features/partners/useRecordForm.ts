import { useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/errors';
import { asAppError } from '../../api';
import { differs } from './labels';
import { useDirtyGuard } from './navigation';
import { useFormKeys } from './useFormKeys';

/**
 * The wiring every record form shares: the draft and its setters, "tried" (show what is missing
 * only after the first save), the save error, the dirty guard and Ctrl+S / Esc. `valid` decides
 * whether to save at all; `save` sends the draft and returns the stored record.
 */
export function useRecordForm<D, V>(options: {
  start: D;
  valid: (draft: D) => boolean;
  save: (draft: D) => Promise<V>;
  onSaved: (value: V) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(options.start);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  const saved = useDirtyGuard(differs(draft, options.start));
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    setTried(true);
    if (!options.valid(draft)) return;
    try {
      const value = await options.save(draft);
      setError(null);
      saved();
      options.onSaved(value);
    } catch (e) {
      setError(asAppError(e));
    }
  }
  useFormKeys(ref, () => void submit(), options.onCancel);

  /** Spread on the <form>: the ref for the keys and the submit that saves. */
  const formProps = {
    ref,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void submit();
    },
  };
  return { draft, setDraft, set, tried, error, formProps };
}
