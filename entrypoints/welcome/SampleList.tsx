import type { Translate } from '@/utils/i18n/pages';
import type { TemplateRecord } from '@/utils/db/types';
import { languageName } from '@/utils/templates/variants';

/** `{{customer.name | "고객"}}` and friends, shown apart from the text around them. */
const PLACEHOLDER = /(\{\{[^{}]*\}\})/;

interface Props {
  /** The samples still in the library, in their seeding order; undefined while they are read. */
  samples: TemplateRecord[] | undefined;
  t: Translate;
}

/** The sample replies as they are in the library, with their shortcut, language and body. */
export function SampleList({ samples, t }: Props) {
  if (samples === undefined) return <p className="muted">{t('welcome.samples.reading')}</p>;
  if (samples.length === 0) return <p className="muted">{t('welcome.samples.gone')}</p>;
  return (
    <ul className="samples" aria-labelledby="samples-h">
      {samples.map((t) => (
        <li key={t.id} className="sample">
          <div className="sample-head">
            <span className="sample-title">{t.title}</span>
            {t.shortcut ? <kbd>;{t.shortcut}</kbd> : null}
            {t.lang ? <span className="badge">{languageName(t.lang)}</span> : null}
          </div>
          <p className="sample-body">
            {/* split() with a capture group puts the placeholders at the odd indexes. */}
            {t.body.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? <code key={i} className="placeholder">{part}</code> : part))}
          </p>
        </li>
      ))}
    </ul>
  );
}
