import { useLocale } from '@/components/useLocale';
import { REPLY_VARIABLES, SYNTAX } from '@/utils/templates/variables';

/**
 * Every placeholder a reply may use, from the registry (utils/templates/variables.ts): its code,
 * what it becomes, and whether it is customer data a public reply asks about. A click puts the code
 * into the body (or the variant) being written, at the caret.
 */
export function PlaceholderList({ onPick }: { onPick: (code: string) => void }) {
  const { t } = useLocale();
  const rows = [
    ...REPLY_VARIABLES.map((v) => ({
      code: `{{${v.path}}}`,
      description: v.description,
      private: v.privacy === 'private',
    })),
    ...SYNTAX.map((s) => ({ code: s.code, description: s.description, private: s.code.startsWith('{{customer.') })),
  ];
  return (
    <details className="tpl-placeholders">
      <summary>{t('options.editor.placeholderList')}</summary>
      <ul>
        {rows.map((row) => (
          <li key={row.code}>
            <button
              type="button"
              className="tpl-code"
              aria-label={t('options.editor.placeholderAdd', { code: row.code })}
              onClick={() => onPick(row.code)}
            >
              {row.code}
            </button>{' '}
            <span>{row.description}</span>
            {row.private ? <span className="muted small"> · {t('options.editor.placeholderPrivate')}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
