import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WelcomeApp } from './WelcomeApp';
import './welcome.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <WelcomeApp />
  </StrictMode>,
);
