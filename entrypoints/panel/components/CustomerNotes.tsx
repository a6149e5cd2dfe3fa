import { useState, type FormEvent } from 'react';
import { addNote, type SeenAs } from '@/utils/customers/card';
import type { CustomerEventRecord } from '@/utils/db/types';
import { useLocale } from '@/components/useLocale';
import { entryByline } from './entry-byline';

/** The agents' notes on this customer, newest first, and a box to add one. */
export function CustomerNotes({ seen, notes }: { seen: SeenAs; notes: CustomerEventRecord[] }) {
  const { t, locale } = useLocale();
  const [text, setText] = useState('');
  function submit(event: FormEvent): void {
    event.preventDefault();
    void addNote(seen, text).then(() => setText(''));
  }
  return (
    <div className="notes">
      <form className="inline-form" onSubmit={submit}>
        <textarea
          aria-label={t('panel.notes.note')}
          rows={2}
          placeholder={t('panel.notes.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={!text.trim()}>
          {t('panel.notes.add')}
        </button>
      </form>
      <ul aria-label={t('panel.notes.list')} className="events">
        {notes.map((n) => (
          <li key={n.id}>
            <span className="when">{entryByline(n, t, locale)}</span>
            <span className="event-text">{n.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
