/**
 * Joining a team: the server's address and an invite code, or the company's sign-in. Both ask the
 * browser for access to the server's origin first (from the click itself, see ../permissions.ts),
 * so the background can sync without the server answering CORS. Any problem is said in an alert
 * and nothing is stored.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { TeamError } from '@/utils/team/client';
import { signInWithCompany } from '@/utils/team/company-sign-in';
import type { ManagedTeamConfig } from '@/utils/team/managed';
import { joinTeam, normaliseServerUrl } from '@/utils/team/membership';
import { requestOriginPermission } from '../permissions';
import { teamErrorText } from './team-errors';
import { MessageLine, type TeamReport, type TeamMessage } from './team-message';

export function JoinForm({
  managed,
  message,
  report,
}: {
  managed: ManagedTeamConfig;
  message: TeamMessage | null;
  report: TeamReport;
}) {
  const { t } = useLocale();
  const [url, setUrl] = useState(managed.teamServerUrl ?? '');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const urlRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  /** The server's address, or undefined after saying what is wrong with it. */
  function checkedUrl(): string | undefined {
    try {
      return normaliseServerUrl(url);
    } catch (error) {
      report({ from: 'join', ok: false, text: teamErrorText(t, error, { server: url.trim() }) });
      urlRef.current?.focus();
      return undefined;
    }
  }

  /**
   * Asks for the origin (synchronously, inside the click's gesture) and signs in at once: a server
   * that answers CORS does not need the access, and the prompt may stay open. Whether access was
   * given only words a failure.
   */
  function attempt(serverUrl: string, signIn: () => Promise<unknown>): void {
    let granted: boolean | undefined;
    void requestOriginPermission(serverUrl).then((outcome) => (granted = outcome.granted));
    setBusy(true);
    void (async () => {
      try {
        await signIn();
        setCode('');
      } catch (error) {
        report({
          from: 'join',
          ok: false,
          text: teamErrorText(t, error, { server: serverUrl, accessGranted: granted }),
        });
        if (error instanceof TeamError && error.serverCode?.startsWith('invite')) codeRef.current?.focus();
      }
      setBusy(false);
    })();
  }

  function join(event: FormEvent): void {
    event.preventDefault();
    report(null);
    const serverUrl = checkedUrl();
    if (!serverUrl) return;
    if (code.trim().length < 8) {
      report({ from: 'join', ok: false, text: t('options.team.error.code') });
      codeRef.current?.focus();
      return;
    }
    attempt(serverUrl, () => joinTeam({ serverUrl, inviteCode: code }));
  }

  function companySignIn(): void {
    report(null);
    const serverUrl = checkedUrl();
    if (serverUrl) attempt(serverUrl, () => signInWithCompany({ serverUrl }));
  }

  const companyButton = (
    <button
      type="button"
      disabled={busy}
      onClick={companySignIn}
      className={managed.companySignIn ? 'primary' : undefined}
    >
      {t('options.team.oidc')}
    </button>
  );

  return (
    <form className="team-join" onSubmit={join} aria-busy={busy}>
      <label className="team-field">
        {t('options.team.serverUrl')}
        <input
          ref={urlRef}
          type="text"
          inputMode="url"
          value={url}
          readOnly={Boolean(managed.teamServerUrl)}
          placeholder="https://careline.example.com"
          autoComplete="url"
          spellCheck={false}
          aria-describedby="team-url-help"
          onChange={(e) => setUrl(e.target.value)}
        />
        <span id="team-url-help" className="muted small">
          {managed.teamServerUrl ? t('options.team.serverUrlManaged') : t('options.team.serverUrlHelp')}
        </span>
      </label>
      {managed.companySignIn ? <div className="row">{companyButton}</div> : null}
      <label className="team-field">
        {t('options.team.inviteCode')}
        <input
          ref={codeRef}
          type="text"
          value={code}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <div className="row">
        <button type="submit" className={managed.companySignIn ? undefined : 'primary'} disabled={busy}>
          {t('options.team.join')}
        </button>
        {managed.companySignIn ? null : (
          <>
            <span className="muted">{t('options.team.or')}</span>
            {companyButton}
          </>
        )}
      </div>
      <MessageLine from="join" message={message} />
    </form>
  );
}
