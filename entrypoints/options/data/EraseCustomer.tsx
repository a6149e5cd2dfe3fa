import { useRef, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { customersRepo, handleKey } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { count, errorText, MessageLine, type DataMessage, type Report } from './messages';

const customers = customersRepo();
const events = eventsRepo();

/** Erase one customer and everything logged about them (a data subject's request), after a confirm. */
export function EraseCustomer({
  message,
  report,
  onDone,
}: {
  message: DataMessage | null;
  report: Report;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [handle, setHandle] = useState('');
  /** The handle being confirmed, as shown (@Display_Case when the customer exists). */
  const [pending, setPending] = useState<{ key: string; shown: string; name?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function ask(event: FormEvent): Promise<void> {
    event.preventDefault();
    report(null);
    const key = handleKey(handle);
    if (!key) return;
    const [customer, anyEvent] = await Promise.all([customers.get(key), events.newest(key, 1)]);
    // History can exist without a record (a reply to someone never added): that is erased too.
    if (!customer && anyEvent.length === 0) {
      report({ from: 'erase', ok: false, text: t('options.data.erase.notFound', { handle: key }) });
      return;
    }
    setPending({ key, shown: customer?.displayHandle || key, name: customer?.name });
  }

  async function erase(p: { key: string; shown: string }): Promise<void> {
    setBusy(true);
    try {
      const removed = await customers.erase(p.key);
      report({
        from: 'erase',
        ok: true,
        text: t('options.data.erase.done', { handle: p.shown, entries: count(t, removed, 'historyEntry') }),
      });
      setHandle('');
      onDone();
    } catch (e) {
      report({
        from: 'erase',
        ok: false,
        text: t('options.data.erase.failed', { handle: p.shown, error: errorText(e) }),
      });
    }
    setPending(null);
    setBusy(false);
    // The confirm (and the focused button in it) is gone: keyboard users go on from the handle box.
    inputRef.current?.focus();
  }

  return (
    <div className="data-block">
      <h3>{t('options.data.erase.heading')}</h3>
      <p className="muted small">{t('options.data.erase.help')}</p>
      <form className="row" onSubmit={(e) => void ask(e)}>
        <label>
          {t('options.data.erase.handle')}
          <input
            ref={inputRef}
            type="text"
            value={handle}
            placeholder={t('options.data.erase.placeholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setHandle(e.target.value);
              setPending(null);
            }}
          />
        </label>
        <button type="submit" className="danger" disabled={!handleKey(handle) || busy}>
          {t('options.data.erase.button')}
        </button>
      </form>
      {pending ? (
        <div role="group" aria-label={t('options.data.erase.confirmGroup')} className="data-confirm">
          <p>
            {t('options.data.erase.confirm', { handle: pending.shown, name: pending.name ? ` (${pending.name})` : '' })}
          </p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void erase(pending)}>
              {t('options.data.erase.erase')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setPending(null);
                inputRef.current?.focus();
              }}
            >
              {t('options.data.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <MessageLine from="erase" message={message} />
    </div>
  );
}
