// First of all: take this frame's mount secret out of its address (nothing else may read it there).
import { mountSecret } from './mount-secret-first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '@/components/useLocale';
import { App } from './App';
import { isToggleShortcut } from '@/utils/messaging/protocol';
import { PanelLink } from './link';
import { panelOpened } from './panel-keys';
import { usePanelStore } from './store';
import { useQueueStore } from './queue-store';
import { startVisibilityGuard } from './visibility';
import '@/components/page-base.css';
import './style.css';

// Watching from the start, so the first click already has a verdict (visibility.ts).
startVisibilityGuard();
const root = createRoot(document.getElementById('root') as HTMLElement);
const { setPage, setConnected, setComposer, select, openFillIn, setQuery, reveal } = usePanelStore.getState();

function render(link: PanelLink | null): void {
  root.render(
    <StrictMode>
      <LocaleProvider>
        <App link={link} />
      </LocaleProvider>
    </StrictMode>,
  );
}

render(null);
PanelLink.forThisFrame(
  {
    onState: setPage,
    onConnection: setConnected,
    onComposer: setComposer,
    onQueue: useQueueStore.getState().setSummary,
    onOpenTemplate: (id) => {
      setQuery('');
      select(id);
      openFillIn(id);
      reveal(id);
    },
    onFocusSearch: panelOpened,
  },
  mountSecret,
)
  .then((link) => {
    render(link);
    // With focus inside the panel the page never sees Alt+Shift+K: close from here.
    window.addEventListener('keydown', (event) => {
      if (!isToggleShortcut(event)) return;
      event.preventDefault();
      void link.request({ type: 'close-panel' });
    });
  })
  .catch((error: unknown) => {
    // Opened outside an x.com tab (e.g. panel.html on its own): the library still works, insert does not.
    console.warn('[Careline] panel has no x.com tab:', error);
  });
