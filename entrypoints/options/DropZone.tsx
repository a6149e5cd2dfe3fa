/**
 * A file chooser an agent can click, reach with Tab (Enter or Space opens the browser's dialog) or
 * drop a file on; it names the chosen file in the page's language (the native input's own "No file
 * chosen" would not follow Careline's language). The native input stays the control: its name is the
 * zone's title alone, so "Import templates" and "Restore backup" are what screen readers and tests
 * find. Choosing the same file again after fixing it works: the input is cleared after each choice.
 */
import { useId, useState, type DragEvent, type Ref } from 'react';
import { useLocale } from '@/components/useLocale';
import { accepts } from './choose-file';

interface Props {
  /** The accessible name of the file input. */
  title: string;
  /** As the input's `accept`: extensions and MIME types, comma-separated. */
  accept: string;
  /** What a wrong file is not, in a refusal ("JSON", "CSV"). */
  kind: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onFile: (file: File) => void;
  /** A drop that cannot be used (several files, another type): the section reports it. */
  onRefused: (text: string) => void;
}

export function DropZone({ title, accept, kind, disabled = false, inputRef, onFile, onRefused }: Props) {
  const { t } = useLocale();
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  function take(file: File): void {
    setFileName(file.name);
    onFile(file);
  }

  function onDragOver(event: DragEvent): void {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }

  function onDrop(event: DragEvent): void {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    const [file] = files;
    if (!file) return;
    if (files.length > 1) onRefused(t('options.drop.oneFile'));
    else if (!accepts(accept, file)) onRefused(t('options.drop.wrongType', { file: file.name, kind }));
    else take(file);
  }

  const status = over
    ? t('options.drop.dropHere')
    : fileName
      ? t('options.drop.chosen', { file: fileName })
      : t('options.drop.none');
  return (
    <label
      className={`drop-zone${over ? ' over' : ''}${disabled ? ' disabled' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span id={`${id}-title`} className="drop-title">
        {title}
      </span>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-file`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) take(file);
        }}
      />
      <span className="drop-button" aria-hidden="true">
        {t('options.drop.choose')}
      </span>
      <span className="muted" aria-hidden="true">
        {t('options.drop.orDrop')}
      </span>
      <span id={`${id}-file`} className="drop-file muted small">
        {status}
      </span>
    </label>
  );
}
