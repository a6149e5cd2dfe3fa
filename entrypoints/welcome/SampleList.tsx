import type { Translate } from '@/utils/i18n/pages';
import type { TemplateRecord } from '@/utils/db/types';
import { splitBody } from '@/utils/templates/placeholders';
import { languageName } from '@/utils/templates/variants';

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
            {/* `{{customer.name | "고객"}}` and friends shown apart from the text, found as the panel finds them. */}
            {splitBody(t.body).map((part, i) =>
              'raw' in part ? (
                <code key={i} className="placeholder">
                  {part.raw}
                </code>
              ) : (
                part.text
              ),
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
