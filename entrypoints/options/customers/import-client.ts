/**
 * Starting a customer import session: in a module Web Worker (Vite emits import-worker.ts as its own
 * file in the extension, which the extension CSP's `script-src 'self'` allows), or, if no worker can
 * start, in the page itself with the same protocol, so an import never fails for want of a thread.
 */
import { problemLocale } from '@/utils/i18n/problems';
import { createImportSession, type ImportReply, type ImportRequest } from '@/utils/customers/csv/session';

export interface ImportChannel {
  send(request: ImportRequest): void;
  close(): void;
  /** Where the session runs, for the page to say (and the tests to check). */
  readonly where: () => 'worker' | 'page';
}

function inPage(onReply: (reply: ImportReply) => void): ImportChannel {
  // Replies are delivered asynchronously, as a worker's would be.
  const handle = createImportSession((reply) => queueMicrotask(() => onReply(reply)));
  return { send: (request) => void handle(request), close: () => undefined, where: () => 'page' };
}

export function openImportChannel(onReply: (reply: ImportReply) => void): ImportChannel {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'careline-customer-import',
    });
  } catch (error) {
    console.warn('Careline: customer import runs in the page (no worker):', error);
    return inPage(onReply);
  }
  let fallback: ImportChannel | undefined;
  let answered = false;
  // Requests are kept until the worker first answers, so a worker that fails to load can be replaced.
  const pending: ImportRequest[] = [];
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    answered = true;
    pending.length = 0;
    onReply(event.data);
  };
  worker.onerror = (event) => {
    if (answered || fallback) return;
    event.preventDefault();
    console.warn('Careline: the import worker did not start; importing in the page:', event.message);
    worker.terminate();
    fallback = inPage(onReply);
    for (const request of pending.splice(0)) fallback.send(request);
  };
  return {
    send(plain) {
      // The worker writes its problems in the page's language.
      const request = plain.type === 'cancel' ? plain : { ...plain, locale: problemLocale() };
      if (fallback) return fallback.send(request);
      if (!answered) pending.push(request);
      worker.postMessage(request);
    },
    close: () => (fallback ? fallback.close() : worker.terminate()),
    where: () => (fallback ? 'page' : 'worker'),
  };
}
