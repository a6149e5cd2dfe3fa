import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '@/components/useLocale';
import { WelcomeApp } from './WelcomeApp';
import '@/components/page-base.css';
import './welcome.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <LocaleProvider>
      <WelcomeApp />
    </LocaleProvider>
  </StrictMode>,
);
