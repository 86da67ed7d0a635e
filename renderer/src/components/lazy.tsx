import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

// Code-splitting: the signed-in app and each of its pages are chunks of their own, loaded when
// first shown (React.lazy). Chunks come from the app's own folder (file:// in the built app),
// so the Content-Security-Policy's script-src 'self' covers them. Navigation is a transition
// (navigation.tsx, App.tsx), so the page on screen stays until the next one is ready; only a
// first load that takes longer than a moment shows a spinner, and nothing flashes before it.

/** A lazy component from a module's named export (React.lazy wants a default one). */
export function lazyNamed<M extends Record<K, ComponentType<never>>, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(() => load().then((module) => ({ default: module[name] as unknown as ComponentType<object> }))) as unknown as M[K];
}

const useStyles = makeStyles({
  wait: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
});

/** How long a load may take before the spinner shows: most chunks are read from disk well within it. */
const CALM_MS = 300;

/** The Suspense fallback: nothing at first, then a quiet spinner if the chunk takes a while. */
export function ChunkLoading() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), CALM_MS);
    return () => window.clearTimeout(timer);
  }, []);
  if (!slow) return null;
  return (
    <div className={styles.wait} data-testid="chunk-loading">
      <Spinner label={t('common.loading')} />
    </div>
  );
}
