/**
 * One labelled text control of the Handoff form. The visible label is the accessible name (the
 * contract's "Webhook URL", "Webhook secret"…); a hint and the field's problems describe it.
 */
import { useId, type ReactNode } from 'react';
import type { FormField, HandoffForm } from './form';

/** The form's typed-text fields (the routes are a table of their own). */
export type TextFormField = Exclude<FormField, 'routes'>;

export interface FieldContext {
  form: HandoffForm;
  change: (field: TextFormField, value: string) => void;
  /** The ids of the field's problems after a refused Save (see ProblemList). */
  problemIds: (field: FormField) => string | undefined;
}

interface TextFieldProps {
  ctx: FieldContext;
  field: TextFormField;
  label: string;
  hint?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'url' | 'email' | 'password' | 'tel';
  inputMode?: 'text' | 'url' | 'email' | 'numeric' | 'decimal' | 'tel';
  placeholder?: string;
  autoComplete?: string;
  className?: string;
  /** Next to the control, inside the label row (the secret's Show button). */
  after?: ReactNode;
}

export function TextField({
  ctx,
  field,
  label,
  hint,
  multiline,
  type = 'text',
  inputMode,
  placeholder,
  autoComplete = 'off',
  className,
  after,
}: TextFieldProps) {
  const id = useId();
  const problems = ctx.problemIds(field);
  const describedBy = [hint ? `${id}-hint` : undefined, problems].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: ctx.form[field],
    placeholder,
    autoComplete,
    spellCheck: false,
    'aria-invalid': problems ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`handoff-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="handoff-control">
        {multiline ? (
          <textarea {...common} onChange={(e) => ctx.change(field, e.target.value)} />
        ) : (
          <input {...common} type={type} inputMode={inputMode} onChange={(e) => ctx.change(field, e.target.value)} />
        )}
        {after}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="muted small handoff-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
