import { useCallback, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AppError } from '../../../../shared/errors';
import { asAppError } from '../../api';
import { useDirtyGuard, useNavigation } from '../../features/partners/navigation';
import { differs, isCancelKey, isSaveKey } from './form-keys';
import { useFormKeys } from './useFormKeys';

export type FormOptions<D, V> = {
  /** The draft the form opens with. Pass a stable value (memoised or kept in state): what differs from it is unsaved. */
  start: D;
  /** Whether to save at all; when not, the form only shows what is missing (`tried`). Default: always. */
  valid?: (draft: D) => boolean;
  /** Sends the draft and returns what was stored. */
  save: (draft: D) => Promise<V>;
  onSaved: (value: V) => void;
  /** Cancel, or closing the dialog. */
  onCancel?: () => void;
  /**
   * - `'page'`: the one form on a record page. Ctrl+S anywhere on the page saves; Esc inside the
   *   form cancels.
   * - `'form'`: a form that shares its page, or a dialog's form. Ctrl+S or Ctrl+Enter inside it
   *   saves; Esc inside it cancels when `onCancel` is given (in a dialog, `guard: 'close'`, Esc is
   *   the dialog's own: pass `cancel` to its onOpenChange).
   * - `'none'`: the form binds its own keys (FormDialog: Ctrl+Enter submits), calling `submit`.
   */
  keys: 'page' | 'form' | 'none';
  /**
   * - `'navigation'`: while the draft differs from `start`, leaving the page asks first (so does a
   *   Cancel that the page wraps in `guard`).
   * - `'close'`: a dialog. `cancel` asks first while the typed text (`typed`) differs from `start`.
   * - `'none'`: nothing asks.
   */
  guard: 'navigation' | 'close' | 'none';
  /** The part of the draft whose change counts as unsaved (a dialog's typed text). Default: all of it. */
  typed?: (draft: D) => unknown;
};

/**
 * The wiring the forms and dialogs share: the draft and its setters, "tried" (show what is
 * missing only after the first save), busy while saving (a second submit meanwhile is ignored),
 * the error of the last attempt, the unsaved-changes guard, and the keys.
 */
export function useForm<D, V>(options: FormOptions<D, V>) {
  const { start, valid = () => true, save, onSaved, onCancel, keys, guard, typed = (d: D): unknown => d } = options;
  const [draft, setDraft] = useState(start);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Set at once, unlike `busy`, so that two submits in one tick still save once.
  const running = useRef(false);
  const ref = useRef<HTMLFormElement>(null);
  const { ask } = useNavigation();
  const dirty = differs(typed(draft), typed(start));
  const markSaved = useDirtyGuard(guard === 'navigation' && dirty);
  // Stable, like setDraft, so effects may use it.
  const set = useCallback(<K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value })), []);

  /** Runs `work` as the form's action in flight: busy meanwhile, its error shown. False when it failed or another ran. */
  async function run(work: () => Promise<void>): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(asAppError(e));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  /** Saves the draft if it is valid, then hands what was stored to `onSaved`. */
  async function submit(): Promise<void> {
    setTried(true);
    if (running.current || !valid(draft)) return;
    await run(async () => {
      const value = await save(draft);
      markSaved();
      onSaved(value);
    });
  }

  /** Cancel or close; a dialog with typed text asks first. */
  function cancel(): void {
    if (!onCancel) return;
    if (guard === 'close' && dirty) ask(onCancel);
    else onCancel();
  }

  useFormKeys(keys === 'page' ? ref : null, () => void submit(), onCancel && cancel);

  /** Spread on the <form>: the ref for the page's keys, the submit that saves and, for `keys: 'form'`, the keys. */
  const formProps = {
    ref,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void submit();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (keys !== 'form') return;
      if (isSaveKey(e, true)) {
        e.preventDefault();
        void submit();
      } else if (onCancel && guard !== 'close' && isCancelKey(e, e.target)) {
        e.preventDefault();
        cancel();
      }
    },
  };
  return { draft, setDraft, set, tried, busy, error, setError, submit, cancel, run, formProps };
}
