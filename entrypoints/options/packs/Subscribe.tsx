import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import type { Translate } from '@/utils/i18n/pages';
import { applyImport, type ImportPlan } from '@/utils/templates/pack/plan';
import { subscribeToPack, validatePackUrl } from '@/utils/templates/pack/subscription';
import { describeFailure } from './ImportFile';
import { ImportPreview } from './ImportPreview';
import { errorText, MessageLine, type PackMessage, type Report } from './messages';
import { permissionNote, requestOriginPermission, type PermissionOutcome } from '../permissions';

const failure = (t: Translate, r: { error: string; path?: string }) =>
  t('options.packs.subscribe.failed', { error: describeFailure(r.error, r.path) });

type State =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'waiting' } | { kind: 'preview'; plan: ImportPlan; busy: boolean };

/** Subscribe to a pack URL: download and preview it like a file, then the background keeps it fresh. */
export function Subscribe({ message, report }: { message: PackMessage | null; report: Report }) {
  const { t } = useLocale();
  const id = useId();
  const [url, setUrl] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  function submit(event: FormEvent): void {
    event.preventDefault();
    const address = url.trim();
    const invalid = validatePackUrl(address);
    if (invalid) {
      setState({ kind: 'idle' });
      report({ from: 'subscribe', ok: false, text: invalid });
      return;
    }
    report(null);
    // Synchronously, inside the submit's user gesture (see requestOriginPermission).
    const permission = requestOriginPermission(address);
    let access: PermissionOutcome | undefined;
    void permission.then((a) => (access = a));
    setState({ kind: 'loading' });
    void (async () => {
      // Not waiting for the prompt: a pack host that sends CORS headers works without the grant, and
      // an unanswered prompt must not hang the page.
      let result = await subscribeToPack(address);
      if (!result.ok && access === undefined) {
        setState({ kind: 'waiting' });
        report({
          from: 'subscribe',
          ok: false,
          text: t('options.packs.subscribe.allowAccess', { failure: failure(t, result), host: new URL(address).host }),
        });
        access = await permission;
        if (access.granted) result = await subscribeToPack(address);
      }
      if (!result.ok) {
        const note = access && !access.granted ? permissionNote(t, access) : undefined;
        const hint = note ? ` (${note})` : '';
        setState({ kind: 'idle' });
        report({ from: 'subscribe', ok: false, text: `${failure(t, result)}${hint}` });
        return;
      }
      report(null);
      setState({ kind: 'preview', plan: result.plan, busy: false });
    })();
  }

  async function confirm(plan: ImportPlan): Promise<void> {
    setState({ kind: 'preview', plan, busy: true });
    try {
      await applyImport(plan);
      report({
        from: 'subscribe',
        ok: true,
        text: plural(t, 'options.count.subscribed', plan.templates.length, { name: plan.pack.name }),
      });
      setUrl('');
    } catch (e) {
      report({ from: 'subscribe', ok: false, text: t('options.packs.subscribe.applyFailed', { error: errorText(e) }) });
    }
    setState({ kind: 'idle' });
  }

  return (
    <div className="pack-block">
      <h4 id={`${id}-h`}>{t('options.packs.subscribe.heading')}</h4>
      <p className="muted small">{t('options.packs.subscribe.help')}</p>
      {/* noValidate: our own message (validatePackUrl) explains more than the browser bubble. */}
      <form className="row" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
        <label className="grow">
          {t('options.packs.subscribe.url')}
          <input
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://example.com/cs-team.json"
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <button
          type="submit"
          disabled={state.kind === 'loading' || state.kind === 'waiting' || (state.kind === 'preview' && state.busy)}
        >
          {t('options.packs.subscribe.button')}
        </button>
      </form>
      {state.kind === 'loading' ? <p className="muted">{t('options.packs.subscribe.loading')}</p> : null}
      <MessageLine from="subscribe" message={message} />
      {state.kind === 'preview' ? (
        <ImportPreview
          plan={state.plan}
          source={state.plan.pack.url ?? url}
          busy={state.busy}
          confirmLabel={t('options.packs.subscribe.confirm')}
          onConfirm={() => void confirm(state.plan)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      ) : null}
    </div>
  );
}
