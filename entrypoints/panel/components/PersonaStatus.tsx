/**
 * Which brand account the agent answers as, from X's account switcher at Careline's last read of the
 * page: the templates listed and {{agent.signoff}} follow it. Nothing when X does not show it.
 */
import { useLocale } from '@/components/useLocale';

export function PersonaStatus({ account }: { account: string | undefined }) {
  const { t } = useLocale();
  if (!account) return null;
  return (
    <p role="status" className="persona muted small">
      {t('persona.answeringAs', { handle: account })}
    </p>
  );
}
