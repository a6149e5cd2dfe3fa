/** What a chosen customer file holds, before and while it is imported: mapping, encoding, counts, problems. */
import { describeTarget } from '@/utils/customers/csv/columns';
import { ENCODING_LABEL } from '@/utils/customers/csv/decode';
import type { CsvProblem } from '@/utils/customers/csv/parse';
import type { ImportPreview } from '@/utils/customers/csv/session';

/** How many problems and warnings are listed on the page (the alert names the first few). */
const SHOWN = 20;

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function FileSummary({ preview }: { preview: ImportPreview }) {
  return (
    <dl className="cust-summary" aria-label="File summary">
      <div><dt>File</dt><dd>{preview.fileName}</dd></div>
      <div><dt>Encoding</dt><dd>{ENCODING_LABEL[preview.encoding]}</dd></div>
      <div><dt>Rows</dt><dd>{preview.dataRows.toLocaleString('en-US')}</dd></div>
      <div><dt>Customers to write</dt><dd>{preview.toWrite.toLocaleString('en-US')}</dd></div>
    </dl>
  );
}

export function ColumnMappingTable({ preview }: { preview: ImportPreview }) {
  return (
    <table className="cust-mapping" aria-label="Column mapping">
      <thead>
        <tr><th scope="col">CSV column</th><th scope="col">Careline field</th></tr>
      </thead>
      <tbody>
        {preview.columns.map((c) => (
          <tr key={c.index}>
            <td>{c.header || <span className="muted">(column {c.index + 1})</span>}</td>
            <td className={c.target.kind === 'field' ? undefined : 'muted'}>{describeTarget(c.target)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowList({ label, items, total }: { label: string; items: CsvProblem[]; total: number }) {
  if (total === 0) return null;
  const shown = items.slice(0, SHOWN);
  return (
    <div className="cust-rowlist">
      <h3>{label} ({total.toLocaleString('en-US')})</h3>
      <ul aria-label={label}>
        {shown.map((p) => <li key={p.row}>Row {p.row}: {p.message}</li>)}
      </ul>
      {total > shown.length ? <p className="muted small">…and {plural(total - shown.length, 'more row')}.</p> : null}
    </div>
  );
}

export function ProblemLists({ preview }: { preview: ImportPreview }) {
  return (
    <>
      <RowList label="Problems" items={preview.problems} total={preview.problemCount} />
      <RowList label="Duplicate handles" items={preview.warnings} total={preview.warningCount} />
    </>
  );
}

/** The alert for a file with problems: the count, the first rows with their numbers, and the way out. */
export function problemsAlertText(preview: ImportPreview): string {
  const first = preview.problems.slice(0, 3).map((p) => `row ${p.row}: ${p.message}`).join('; ');
  const more = preview.problemCount > 3 ? '; …' : '';
  return `Nothing imported: ${plural(preview.problemCount, 'row has', 'rows have')} problems (${first}${more}). Fix the file and choose it again, or import the valid rows only.`;
}
