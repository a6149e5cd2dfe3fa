import { useState } from 'react';
import { copyText } from '../clipboard';

/** Careline could not put the reply into X's composer: say what it looked for and offer Copy. */
export function InsertAlert({ text, missing, copied }: { text: string; missing: string; copied: boolean }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>(copied ? 'copied' : 'idle');
  return (
    <div className="alert" role="alert">
      <p>
        Careline could not find X&apos;s reply box (looked for {missing}).{' '}
        {copyState === 'copied' ? 'The reply is on your clipboard: click into the reply box and press Ctrl+V.' : null}
        {copyState === 'failed' ? 'Copying failed: select the preview text and copy it by hand.' : null}
      </p>
      <button type="button" onClick={() => void copyText(text).then((ok) => setCopyState(ok ? 'copied' : 'failed'))}>
        Copy
      </button>
    </div>
  );
}
