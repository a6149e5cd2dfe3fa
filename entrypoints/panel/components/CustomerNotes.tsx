import { useState, type FormEvent } from 'react';
import { addNote, type SeenAs } from '@/utils/customers/card';
import type { CustomerEventRecord } from '@/utils/db/types';
import { formatWhen } from './when';

/** The agents' notes on this customer, newest first, and a box to add one. */
export function CustomerNotes({ seen, notes }: { seen: SeenAs; notes: CustomerEventRecord[] }) {
  const [text, setText] = useState('');
  function submit(event: FormEvent): void {
    event.preventDefault();
    void addNote(seen, text).then(() => setText(''));
  }
  return (
    <div className="notes">
      <form className="inline-form" onSubmit={submit}>
        <textarea aria-label="Note" rows={2} placeholder="Note for the team" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={!text.trim()}>Add note</button>
      </form>
      <ul aria-label="Notes" className="events">
        {notes.map((n) => (
          <li key={n.id}>
            <span className="when">{formatWhen(n.at)}{n.agent ? ` · ${n.agent}` : ''}</span>
            <span className="event-text">{n.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
