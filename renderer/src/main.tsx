import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, systemLanguage } from './i18n';
import './styles.css';

const root = document.getElementById('root');
// The system language's texts first (a local chunk, a few milliseconds), then the first screen.
function render() {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <App />
      </FluentProvider>
    </StrictMode>,
  );
}
// Should i18next fail to start, the screens still come up (their keys then show as they are).
void initI18n(systemLanguage()).then(render, render);
