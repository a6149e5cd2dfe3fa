/** What a chosen customer file holds, before and while it is imported: mapping, encoding, counts, problems. */
import { useLocale } from '@/components/useLocale';
import { choiceOf, describeTarget, FIELD_CHOICES, fieldName, type ColumnChoice } from '@/utils/customers/csv/columns';
import { ENCODING_LABEL } from '@/utils/customers/csv/decode';
import type { CsvProblem } from '@/utils/customers/csv/parse';
import type { ImportPreview } from '@/utils/customers/csv/session';
import type { Translate } from '@/utils/i18n/pages';
import { count } from '../data/messages';

/** How many problems and warnings are listed on the page (the alert names the first few). */
const SHOWN = 20;

export function FileSummary({ preview }: { preview: ImportPreview }) {
  const { t, formatNumber } = useLocale();
  return (
    <dl className="cust-summary" aria-label={t('options.customers.fileSummary')}>
      <div>
        <dt>{t('options.customers.file')}</dt>
        <dd>{preview.fileName}</dd>
      </div>
      <div>
        <dt>{t('options.customers.encoding')}</dt>
        <dd>{ENCODING_LABEL[preview.encoding]}</dd>
      </div>
      <div>
        <dt>{t('options.customers.rows')}</dt>
        <dd>{formatNumber(preview.dataRows)}</dd>
      </div>
      <div>
        <dt>{t('options.customers.toWrite')}</dt>
        <dd>{formatNumber(preview.toWrite)}</dd>
      </div>
    </dl>
  );
}

/**
 * Each CSV column and the Careline field it goes to. Before the import (`onChoose` given) every
 * column has a select to change that; during and after the import the mapping is shown as text.
 */
export function ColumnMappingTable({
  preview,
  onChoose,
}: {
  preview: ImportPreview;
  onChoose?: (index: number, choice: ColumnChoice) => void;
}) {
  const { t } = useLocale();
  return (
    <table className="cust-mapping" aria-label={t('options.customers.columnMapping')}>
      <thead>
        <tr>
          <th scope="col">{t('options.customers.csvColumn')}</th>
          <th scope="col">{t('options.customers.carelineField')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.columns.map((c) => {
          const header = c.header || t('options.customers.unnamedColumn', { n: String(c.index + 1) });
          return (
            <tr key={c.index}>
              <td>{c.header || <span className="muted">{header}</span>}</td>
              {onChoose ? (
                <td>
                  <select
                    aria-label={t('options.customers.fieldFor', { column: header })}
                    value={choiceOf(c.target)}
                    onChange={(e) => onChoose(c.index, e.target.value as ColumnChoice)}
                  >
                    {FIELD_CHOICES.map((f) => (
                      <option key={f} value={f}>
                        {fieldName(f)}
                      </option>
                    ))}
                    {c.header ? <option value="attribute">{t('options.customers.choice.attribute')}</option> : null}
                    <option value="skip">
                      {c.target.kind === 'ignored' && c.target.reason !== 'chosen'
                        ? describeTarget(c.target)
                        : t('options.customers.choice.skip')}
                    </option>
                  </select>
                </td>
              ) : (
                <td className={c.target.kind === 'field' ? undefined : 'muted'}>{describeTarget(c.target)}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RowList({ label, items, total }: { label: string; items: CsvProblem[]; total: number }) {
  const { t, formatNumber } = useLocale();
  if (total === 0) return null;
  const shown = items.slice(0, SHOWN);
  return (
    <div className="cust-rowlist">
      <h3>
        {label} ({formatNumber(total)})
      </h3>
      <ul aria-label={label}>
        {shown.map((p) => (
          <li key={p.row}>{t('options.customers.rowProblem', { row: String(p.row), message: p.message })}</li>
        ))}
      </ul>
      {total > shown.length ? (
        <p className="muted small">
          {t('options.customers.andMore', { rows: count(t, total - shown.length, 'moreRow') })}
        </p>
      ) : null}
    </div>
  );
}

export function ProblemLists({ preview }: { preview: ImportPreview }) {
  const { t } = useLocale();
  return (
    <>
      <RowList label={t('options.customers.problems')} items={preview.problems} total={preview.problemCount} />
      <RowList label={t('options.customers.duplicates')} items={preview.warnings} total={preview.warningCount} />
    </>
  );
}

/** The alert for a file with problems: the count, the first rows with their numbers, and the way out. */
export function problemsAlertText(t: Translate, preview: ImportPreview): string {
  const first = preview.problems
    .slice(0, 3)
    .map((p) => t('options.customers.alertRow', { row: String(p.row), message: p.message }))
    .join('; ');
  const more = preview.problemCount > 3 ? '; …' : '';
  return t('options.customers.problemsAlert', { rows: count(t, preview.problemCount, 'rowHas'), first, more });
}
