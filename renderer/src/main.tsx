import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, systemLanguage } from './i18n';
import './styles.css';

initI18n(systemLanguage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <App />
      </FluentProvider>
    </StrictMode>,
  );
}
