import { useRef, type Dispatch, type FocusEvent, type SetStateAction } from 'react';

interface Bodies {
  body: string;
  variant: string;
}

/**
 * A placeholder picked from the list goes into the text the lead was last writing (the body or the
 * variant), replacing the selection, and the caret follows it there, ready to type on.
 */
export function usePlaceholderPick<D extends Bodies>(setDraft: Dispatch<SetStateAction<D>>) {
  const body = useRef<HTMLTextAreaElement>(null);
  const variant = useRef<HTMLTextAreaElement>(null);
  const last = useRef<'body' | 'variant'>('body');
  return {
    body,
    variant,
    focused(event: FocusEvent<HTMLTextAreaElement>) {
      last.current = event.currentTarget === variant.current ? 'variant' : 'body';
    },
    pick(code: string) {
      const field = last.current;
      const area = (field === 'variant' ? variant : body).current;
      if (!area) return;
      const start = area.selectionStart;
      const end = area.selectionEnd;
      setDraft((d) => ({ ...d, [field]: d[field].slice(0, start) + code + d[field].slice(end) }));
      // After React wrote the new text into the textarea.
      requestAnimationFrame(() => {
        area.focus();
        area.setSelectionRange(start + code.length, start + code.length);
      });
    },
  };
}
