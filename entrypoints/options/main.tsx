import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '@/components/useLocale';
import { OptionsApp } from './OptionsApp';
import '@/components/page-base.css';
import './options.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <LocaleProvider>
      <OptionsApp />
    </LocaleProvider>
  </StrictMode>,
);
