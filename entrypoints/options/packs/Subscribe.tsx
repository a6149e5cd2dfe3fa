import { useId, useState, type FormEvent } from 'react';
import { applyImport, type ImportPlan } from '@/utils/templates/pack/plan';
import { subscribeToPack, validatePackUrl } from '@/utils/templates/pack/subscription';
import { describeFailure } from './ImportFile';
import { ImportPreview } from './ImportPreview';
import { errorText, MessageLine, type PackMessage, type Report } from './messages';
import { requestOriginPermission, type PermissionOutcome } from './permissions';

const failure = (r: { error: string; path?: string }) => `Could not subscribe: ${describeFailure(r.error, r.path)}`;

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'waiting' } | { kind: 'preview'; plan: ImportPlan; busy: boolean };

/** Subscribe to a pack URL: download and preview it like a file, then the background keeps it fresh. */
export function Subscribe({ message, report }: { message: PackMessage | null; report: Report }) {
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
        report({ from: 'subscribe', ok: false, text: `${failure(result)} (Allow access to ${new URL(address).host} when the browser asks, and Careline tries again.)` });
        access = await permission;
        if (access.granted) result = await subscribeToPack(address);
      }
      if (!result.ok) {
        const hint = access && !access.granted && access.note ? ` (${access.note})` : '';
        setState({ kind: 'idle' });
        report({ from: 'subscribe', ok: false, text: `${failure(result)}${hint}` });
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
      report({ from: 'subscribe', ok: true, text: `Subscribed to ${plan.pack.name}: imported ${plan.templates.length} templates` });
      setUrl('');
    } catch (e) {
      report({ from: 'subscribe', ok: false, text: `Subscribing failed, nothing was changed: ${errorText(e)}` });
    }
    setState({ kind: 'idle' });
  }

  return (
    <div className="pack-block">
      <h4 id={`${id}-h`}>Subscribe to a pack</h4>
      <p className="muted small">
        Your team lead publishes the pack at an https address; Careline checks it for updates in the background.
      </p>
      {/* noValidate: our own message (validatePackUrl) explains more than the browser bubble. */}
      <form className="row" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
        <label className="grow">
          Pack URL
          <input
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://example.com/cs-team.json"
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <button type="submit" disabled={state.kind === 'loading' || state.kind === 'waiting' || (state.kind === 'preview' && state.busy)}>
          Subscribe
        </button>
      </form>
      {state.kind === 'loading' ? <p className="muted">Downloading the pack…</p> : null}
      <MessageLine from="subscribe" message={message} />
      {state.kind === 'preview' ? (
        <ImportPreview
          plan={state.plan}
          source={state.plan.pack.url ?? url}
          busy={state.busy}
          confirmLabel="Subscribe and import"
          onConfirm={() => void confirm(state.plan)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      ) : null}
    </div>
  );
}
