import { useLocale } from '@/components/useLocale';
import { useCoveredStore, type GuardedAction } from '../visibility';
import { useShownInView } from './useShownInView';

/**
 * Careline refused `action` because the page covered the panel or made it see-through (the click may
 * not have been the agent's): says so and what to do. Gone once the panel is in plain view again.
 */
export function CoveredAlert({ action }: { action: GuardedAction }) {
  const refused = useCoveredStore((s) => s.refused);
  return refused === action ? <Shown action={action} /> : null;
}

function Shown({ action }: { action: GuardedAction }) {
  const { t } = useLocale();
  const ref = useShownInView<HTMLDivElement>();
  return (
    <div className="alert" role="alert" ref={ref}>
      <p>{t(action === 'insert' ? 'panel.covered.insert' : 'panel.covered.handoff')}</p>
    </div>
  );
}
