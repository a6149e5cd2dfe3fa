/**
 * A table of counts beside each chart: the same figures for screen readers, keyboard users and
 * tests. Rows are named by their first cell; it scrolls sideways on its own when the days do not fit.
 */
import { useLocale } from '@/components/useLocale';

export interface DeskTableRow {
  key: string;
  name: string;
  values: number[];
}

export function DeskTable(props: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: DeskTableRow[];
  total?: string;
  /** The heading right above says the same: the caption is for screen readers only. */
  captionHidden?: boolean;
}) {
  const { formatNumber } = useLocale();
  return (
    // Focusable so the keyboard can scroll it when it is wider than the page.
    <div className="desk-scroll" tabIndex={0} role="group" aria-label={props.caption}>
      <table className="team-table desk-table">
        <caption className={props.captionHidden ? 'desk-caption-hidden' : undefined}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.rowHeader}</th>
            {props.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            {props.total ? <th scope="col">{props.total}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {row.values.map((v, i) => (
                <td key={i}>{formatNumber(v)}</td>
              ))}
              {props.total ? <td>{formatNumber(row.values.reduce((a, b) => a + b, 0))}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
