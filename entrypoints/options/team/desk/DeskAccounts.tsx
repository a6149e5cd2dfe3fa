/** Replies grouped by the brand account they were sent as (the filter above narrows the rest of the desk). */
import { useLocale } from '@/components/useLocale';
import type { DeskReport } from '@/utils/team/desk-wire';

export function DeskAccounts({ report }: { report: DeskReport }) {
  const { t, formatNumber } = useLocale();
  // One account (or none known) says nothing a lead would group by.
  if (report.accounts.length < 2) return null;
  const heading = t('options.desk.accounts.heading');
  return (
    <div className="team-block">
      <table className="team-table desk-table">
        <caption>
          <h4>{heading}</h4>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('options.desk.account')}</th>
            <th scope="col">{t('options.desk.accounts.replies')}</th>
          </tr>
        </thead>
        <tbody>
          {[...report.accounts]
            .sort((a, b) => b.replies - a.replies || a.account.localeCompare(b.account))
            .map((a) => (
              <tr key={a.account}>
                <th scope="row">{a.account ? `@${a.account}` : t('options.desk.unknownAccount')}</th>
                <td>{formatNumber(a.replies)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
