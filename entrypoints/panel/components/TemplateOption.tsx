import type { TemplateRecord } from '@/utils/db/types';
import { useLocale } from '@/components/useLocale';

interface Props {
  template: TemplateRecord;
  /** The option's element id (the listbox's aria-activedescendant points at it). */
  optionId: string;
  selected: boolean;
  onSelect: () => void;
  onInsert: () => void;
}

/** One template in the list: named by its title; the shortcut is its description. */
export function TemplateOption({ template: t, optionId, selected, onSelect, onInsert }: Props) {
  const { t: tr } = useLocale();
  return (
    <li
      id={optionId}
      data-id={t.id}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${optionId}-title`}
      // Named by the title alone (the contract) and so is its visible label (WCAG 2.5.3): the
      // shortcut is drawn by CSS from data-shortcut and read as the option's description.
      aria-describedby={t.shortcut ? `${optionId}-shortcut` : undefined}
      onClick={onSelect}
      onDoubleClick={onInsert}
    >
      <span id={`${optionId}-title`} className="title" lang={t.lang}>
        {t.title}
      </span>
      {t.shortcut ? (
        <>
          <span className="shortcut" data-shortcut={`;${t.shortcut}`} aria-hidden="true" />
          <span id={`${optionId}-shortcut`} hidden>
            {tr('panel.templates.shortcut', { shortcut: t.shortcut })}
          </span>
        </>
      ) : null}
    </li>
  );
}
