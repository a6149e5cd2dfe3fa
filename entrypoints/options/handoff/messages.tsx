/**
 * The Handoff section's one message at a time (see ../section-message.tsx), plus the list of
 * problems a refused Save shows: every one at once, each linked from its field.
 */
import { useLocale } from '@/components/useLocale';
import type { SectionMessage } from '../section-message';
import type { FormField } from './form';

export { MessageLine, errorText } from '../section-message';
export type HandoffMessageSource = 'save' | 'test';
export type HandoffMessage = SectionMessage<HandoffMessageSource>;

export interface FieldProblem {
  field: FormField;
  message: string;
}

const problemId = (formId: string, index: number) => `${formId}-problem-${index}`;

/** The ids of a field's problems, for its aria-describedby (undefined when it has none). */
export function problemIdsFor(formId: string, problems: FieldProblem[], field: FormField): string | undefined {
  const ids = problems.flatMap((p, i) => (p.field === field ? [problemId(formId, i)] : []));
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function ProblemList({ formId, problems }: { formId: string; problems: FieldProblem[] }) {
  const { t, locale } = useLocale();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="handoff-problems">
      <p>
        {problems.length === 1
          ? t('options.handoff.problems.one')
          : t('options.handoff.problems.other', { n: locale === 'en' ? String(problems.length) : problems.length })}
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} id={problemId(formId, i)}>
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
