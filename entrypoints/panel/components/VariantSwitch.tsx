import { languageName } from '@/utils/templates/variants';

/** Switch between a template's language variants (한국어 / English). */
export function VariantSwitch({ langs, current, onPick }: { langs: string[]; current: string; onPick: (lang: string) => void }) {
  if (langs.length < 2) return null;
  return (
    <div role="radiogroup" aria-label="Language" className="variants">
      {langs.map((lang) => (
        <button key={lang} type="button" role="radio" aria-checked={lang === current} onClick={() => onPick(lang)} lang={lang}>
          {languageName(lang)}
        </button>
      ))}
    </div>
  );
}
