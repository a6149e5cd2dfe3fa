import { useLocale } from '@/components/useLocale';
import { useCoveredStore, type GuardedAction } from '../visibility';

/**
 * Careline refused `action` because the page covered the panel or made it see-through (the click may
 * not have been the agent's): says so and what to do. Gone at the next try that goes through.
 */
export function CoveredAlert({ action }: { action: GuardedAction }) {
  const { t } = useLocale();
  const refused = useCoveredStore((s) => s.refused);
  if (refused !== action) return null;
  return (
    <div className="alert" role="alert">
      <p>{t(action === 'insert' ? 'panel.covered.insert' : 'panel.covered.handoff')}</p>
    </div>
  );
}
