/**
 * "Routes by reason": for each reason of the list above, Default (the method chosen above) or its
 * own method and destination. Rows follow the reasons as typed, so a new reason can be routed
 * before saving; a route whose reason is removed goes with it on Save.
 */
import { useLocale } from '@/components/useLocale';
import { routeProblem } from '@/utils/handoff/settings';
import type { DeliveryMethod, HandoffRoute } from '@/utils/handoff/types';
import type { MessageKey } from '@/utils/i18n/pages';
import { reasonsOf, type HandoffForm } from './form';

const METHOD_LABELS: Record<DeliveryMethod, MessageKey> = {
  webhook: 'options.handoff.method.webhook',
  crm: 'options.handoff.method.crm',
  email: 'options.handoff.method.email',
};
const HINTS: Record<DeliveryMethod, MessageKey> = {
  webhook: 'options.handoff.routes.webhookHint',
  crm: 'options.handoff.routes.crmHint',
  email: 'options.handoff.routes.emailHint',
};
const sameReason = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function RoutesTable({
  form,
  onChange,
  problemIds,
}: {
  form: HandoffForm;
  onChange: (routes: HandoffRoute[]) => void;
  problemIds?: string;
}) {
  const { t } = useLocale();
  const reasons = reasonsOf(form.reasonsText);
  const routeOf = (reason: string) => form.routes.find((r) => sameReason(r.reason, reason));
  const put = (reason: string, next: HandoffRoute | null) => {
    const others = form.routes.filter((r) => !sameReason(r.reason, reason));
    onChange(next ? [...others, next] : others);
  };
  return (
    <div className="handoff-routes">
      <h3>{t('options.handoff.routes.heading')}</h3>
      <p className="muted small">{t('options.handoff.routes.help')}</p>
      {reasons.length === 0 ? (
        <p className="muted small">{t('options.handoff.routes.noReasons')}</p>
      ) : (
        <table aria-label={t('options.handoff.routes.table')}>
          <thead>
            <tr>
              <th scope="col">{t('options.handoff.routes.reason')}</th>
              <th scope="col">{t('options.handoff.routes.method')}</th>
              <th scope="col">{t('options.handoff.routes.destination')}</th>
            </tr>
          </thead>
          <tbody>
            {reasons.map((reason) => {
              const route = routeOf(reason);
              // Marked only after a refused Save (problemIds set), so the first one to fix gets the focus.
              const invalid = Boolean(problemIds && route && routeProblem(route));
              return (
                <tr key={reason}>
                  <th scope="row">{reason}</th>
                  <td>
                    <select
                      aria-label={t('options.handoff.routes.methodFor', { reason })}
                      value={route?.method ?? ''}
                      onChange={(e) => {
                        const method = e.target.value as DeliveryMethod | '';
                        put(reason, method ? { reason, method, address: route?.address ?? '' } : null);
                      }}
                    >
                      <option value="">{t('options.handoff.routes.default')}</option>
                      {(Object.keys(METHOD_LABELS) as DeliveryMethod[]).map((m) => (
                        <option key={m} value={m}>
                          {t(METHOD_LABELS[m])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {route ? (
                      <input
                        // Text with an e-mail keyboard, not type=email: it takes several addresses, comma-separated.
                        type={route.method === 'email' ? 'text' : 'url'}
                        inputMode={route.method === 'email' ? 'email' : 'url'}
                        aria-label={t('options.handoff.routes.destinationFor', { reason })}
                        placeholder={t(HINTS[route.method])}
                        value={route.address}
                        spellCheck={false}
                        autoComplete="off"
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? problemIds : undefined}
                        onChange={(e) => put(reason, { ...route, address: e.target.value })}
                      />
                    ) : (
                      <span className="muted small">{t('options.handoff.routes.default')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
