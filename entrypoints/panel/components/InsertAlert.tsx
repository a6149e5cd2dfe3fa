import { useState } from 'react';
import { copyText } from '../clipboard';
import { useLocale } from '@/components/useLocale';
import { useShownInView } from './useShownInView';

/** Careline could not put the reply into X's composer: say what it looked for and offer Copy. */
export function InsertAlert({ text, missing, copied }: { text: string; missing: string; copied: boolean }) {
  const { t } = useLocale();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>(copied ? 'copied' : 'idle');
  const ref = useShownInView<HTMLDivElement>();
  return (
    <div className="alert" role="alert" ref={ref}>
      <p>
        {t('panel.insert.notFound', { missing })} {copyState === 'copied' ? t('panel.insert.copied') : null}
        {copyState === 'failed' ? t('panel.insert.copyFailed') : null}
      </p>
      <button type="button" onClick={() => void copyText(text).then((ok) => setCopyState(ok ? 'copied' : 'failed'))}>
        {t('panel.insert.copy')}
      </button>
    </div>
  );
}
