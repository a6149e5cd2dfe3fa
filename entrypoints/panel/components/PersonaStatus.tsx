/**
 * Which brand account the agent answers as, from X's account switcher at Careline's last read of the
 * page: the templates listed and {{agent.signoff}} follow it. Nothing when X does not show it.
 */
import { useLocale } from '@/components/useLocale';

export function PersonaStatus({ account }: { account: string | undefined }) {
  const { t } = useLocale();
  if (!account) return null;
  const text = t('persona.answeringAs', { handle: account });
  return (
    // A note, not a status: it stands on every post, and a status there would sit beside every status
    // the panel says ("Saved …", "Handoff sent …") wherever a check asks for the panel's status.
    <p role="note" aria-label={text} className="persona muted small">
      {text}
    </p>
  );
}
