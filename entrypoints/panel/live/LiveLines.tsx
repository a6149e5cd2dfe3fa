/**
 * Above the customer card, a line each: who else is replying to or viewing this post or customer,
 * and who holds it ("Claimed by 지민 until 2:15 PM", "Yours until…") with "Take this one" / "Release".
 * Nothing at all when the panel is not live (solo, out of reach, revoked): the card says the rest.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocale } from '@/components/useLocale';
import { askBackground } from '@/utils/messaging/background-api';
import { formatUntil } from '@/utils/i18n/when';
import type { Claim } from '@/utils/team/live-wire';
import type { ClaimAnswer, ReleaseAnswer } from '@/utils/team/live-types';
import { usePanelStore } from '../store';
import { claimOn, peopleOn, useLiveStore } from './live-store';
import { liveTargets } from './useLiveTeam';
import './live-lines.css';

type Problem = { kind: 'offline' } | { kind: 'refused'; message: string } | null;

function problemOf(answer: ClaimAnswer | ReleaseAnswer | undefined): Problem {
  if (!answer || answer.state === 'offline' || answer.state === 'solo' || answer.state === 'revoked')
    return { kind: 'offline' };
  return answer.state === 'refused' ? { kind: 'refused', message: answer.message } : null;
}

/** Re-renders when the earliest of these claims runs out, so an expired one leaves the screen. */
function useClock(claims: readonly Claim[]): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const next = Math.min(...claims.map((c) => Date.parse(c.until)).filter((t) => t > now));
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(next - now + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [claims, now]);
  return now;
}

export function LiveLines() {
  const { t, locale } = useLocale();
  const live = useLiveStore((s) => s.status === 'live');
  const me = useLiveStore((s) => s.me?.agentId);
  const people = useLiveStore(useShallow((s) => peopleOn(s.people, s.subjects)));
  const claims = useLiveStore((s) => s.claims);
  const target = usePanelStore(useShallow((s) => liveTargets(s.page?.context)));
  const now = useClock(claims);
  const [busy, setBusy] = useState(false);
  // Said about one post or customer: the next one does not show it.
  const [said, setSaid] = useState<{ about: string | undefined; problem: Problem }>({
    about: undefined,
    problem: null,
  });
  const claimTarget = target.postId
    ? { postId: target.postId }
    : target.customerId
      ? { customerId: target.customerId }
      : null;
  const claimKey = target.postId ?? target.customerId;
  const problem = said.about === claimKey ? said.problem : null;
  const setProblem = (next: Problem) => setSaid({ about: claimKey, problem: next });
  if (!live || (!claimTarget && people.length === 0)) return null;

  const claim = claimOn(claims, target, now);
  const mine = claim !== undefined && claim.agentId === me;
  const receive = useLiveStore.getState().receive;

  async function take(): Promise<void> {
    if (!claimTarget) return;
    setBusy(true);
    const answer = await askBackground({ type: 'careline:team-claim', ...claimTarget }).catch(() => undefined);
    setBusy(false);
    setProblem(problemOf(answer));
    if (answer?.state === 'connected' || answer?.state === 'claimed') receive({ type: 'claim', claim: answer.claim });
  }

  async function release(held: Claim): Promise<void> {
    setBusy(true);
    const answer = await askBackground({
      type: 'careline:team-release',
      ...(held.postId ? { postId: held.postId } : { customerId: held.customerId ?? '' }),
    }).catch(() => undefined);
    setBusy(false);
    setProblem(problemOf(answer));
    if (answer?.state === 'connected')
      receive({ type: 'claim-released', postId: held.postId, customerId: held.customerId });
  }

  return (
    <div className="live-lines">
      {people.map((person) => {
        const text = t(person.state === 'replying' ? 'panel.live.replying' : 'panel.live.viewing', {
          name: person.name,
        });
        return (
          <p key={person.agentId} role="status" aria-label={text} className={`live-line ${person.state}`}>
            {text}
          </p>
        );
      })}
      {claimTarget ? (
        <div className="live-claim">
          {claim ? (
            <p role="status" aria-label={claimText()} className={mine ? 'live-line mine' : 'live-line claimed'}>
              {claimText()}
            </p>
          ) : null}
          {mine ? (
            <button type="button" disabled={busy} onClick={() => void release(claim)}>
              {t('panel.live.release')}
            </button>
          ) : claim ? null : (
            <button type="button" disabled={busy} onClick={() => void take()}>
              {t('panel.live.take')}
            </button>
          )}
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="live-line problem">
          {problem.kind === 'offline' ? t('panel.live.offline') : t('panel.live.refused', { message: problem.message })}
        </p>
      ) : null}
    </div>
  );

  function claimText(): string {
    if (!claim) return '';
    const time = formatUntil(claim.until, locale, new Date(now));
    return mine ? t('panel.live.yours', { time }) : t('panel.live.claimedBy', { name: claim.agentName, time });
  }
}
