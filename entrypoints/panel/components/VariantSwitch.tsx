import type { KeyboardEvent } from 'react';
import { languageName } from '@/utils/templates/variants';
import { useLocale } from '@/components/useLocale';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Switch between a template's language variants (한국어 / English). A radio group: one Tab stop
 * (the checked language), arrows move and pick.
 */
export function VariantSwitch({
  langs,
  current,
  onPick,
}: {
  langs: string[];
  current: string;
  onPick: (lang: string) => void;
}) {
  const { t } = useLocale();
  if (langs.length < 2) return null;
  const checked = langs.includes(current) ? current : langs[0];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = langs[(langs.indexOf(checked ?? '') + step + langs.length) % langs.length];
    if (!next) return;
    onPick(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-lang="${CSS.escape(next)}"]`)?.focus();
  }

  return (
    <div role="radiogroup" aria-label={t('panel.variants.label')} className="variants" onKeyDown={onKeyDown}>
      {langs.map((lang) => (
        <button
          key={lang}
          type="button"
          role="radio"
          aria-checked={lang === current}
          tabIndex={lang === checked ? 0 : -1}
          data-lang={lang}
          onClick={() => onPick(lang)}
          lang={lang}
        >
          {lang === 'und' ? t('panel.variants.default') : languageName(lang)}
        </button>
      ))}
    </div>
  );
}
