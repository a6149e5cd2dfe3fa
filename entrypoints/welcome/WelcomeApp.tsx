/**
 * The welcome page, opened once when Careline is installed (entrypoints/background.ts): what
 * Careline does, the sample replies already in the library, and the first steps (customers,
 * handoff, the keyboard shortcut). It asks for the agent's name and sign-off (the same form as
 * options → You) and only reads the library; every other setting lives in the options page.
 */
import { useLiveRead } from '@/utils/db/live-read';
import { useEffect } from 'react';
import { useLocale } from '@/components/useLocale';
import { templatesRepo } from '@/utils/db/templates-repo';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';
import { AgentDetailsForm } from '../options/AgentDetailsForm';
import { downloadText } from '../options/download';
import { openSettingsAt } from './open-settings';
import { rich } from './rich';
import { SAMPLE_PACK_FILE, samplePackJson } from './sample-pack';
import { SampleList } from './SampleList';

const repo = templatesRepo();
/** The options page; its sections' headings carry the ids linked below (entrypoints/options/sections/). */
const OPTIONS = '/options.html';

/** The four things Careline does, by their keys in utils/i18n/messages/welcome.ts. */
const FEATURES = ['panel', 'replies', 'history', 'handoff'] as const;

export function WelcomeApp() {
  // Live, and by key only: an edit or delete of a sample in the options page shows up here, while a
  // 10,000-template pack import elsewhere does not wake this page (it shares their process).
  const samples = useLiveRead(
    async () => (await Promise.all(SAMPLE_TEMPLATES.map((s) => repo.get(s.id)))).filter((t) => t !== undefined),
    [],
  );
  const { t } = useLocale();
  const title = t('welcome.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <main className="welcome">
      <header className="welcome-hero">
        <h1>{title}</h1>
        <p className="lead">{t('welcome.lead')}</p>
        <p className="welcome-actions">
          <a className="button primary" href="https://x.com/home" target="_blank" rel="noreferrer">
            {t('welcome.openX')}
          </a>
          <a className="button" href={OPTIONS} target="_blank">
            {t('welcome.openSettings')}
          </a>
        </p>
      </header>

      {/* The two settings every agent needs before the first reply: asked here, kept in Settings → You. */}
      <section aria-labelledby="you-h" className="welcome-section card">
        <h2 id="you-h">{t('welcome.you.heading')}</h2>
        <p>{rich(t('welcome.you.text'), { signoff: <code>{'{{agent.signoff}}'}</code> })}</p>
        <AgentDetailsForm />
      </section>

      <section aria-labelledby="what-h" className="welcome-section">
        <h2 id="what-h">{t('welcome.what.heading')}</h2>
        <ul className="feature-grid">
          {FEATURES.map((f) => (
            <li key={f} className="feature">
              <h3>{t(`welcome.what.${f}.title`)}</h3>
              <p>{t(`welcome.what.${f}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="try-h" className="welcome-section card">
        <h2 id="try-h">{t('welcome.try.heading')}</h2>
        <ol className="steps">
          <li>
            {rich(t('welcome.try.open'), {
              x: (
                <a href="https://x.com/home" target="_blank" rel="noreferrer">
                  x.com
                </a>
              ),
            })}
          </li>
          <li>
            {rich(t('welcome.try.search'), { initials: <q>ㄱㅅ</q>, word: <q>{t('welcome.try.searchWord')}</q> })}
          </li>
          <li>{rich(t('welcome.try.shortcut'), { shortcut: <kbd>;thanks</kbd>, tab: <kbd>Tab</kbd> })}</li>
        </ol>
        <h3 id="samples-h">{t('welcome.samples.heading')}</h3>
        <SampleList samples={samples} t={t} />
        <div className="pack-download">
          <button type="button" onClick={() => downloadText(SAMPLE_PACK_FILE, samplePackJson(t('welcome.pack.name')))}>
            {t('welcome.pack.download')}
          </button>
          <p className="muted">{rich(t('welcome.pack.text'), { doc: <code>docs/template-packs.md</code> })}</p>
        </div>
      </section>

      <div className="setup-grid">
        <section aria-labelledby="import-h" className="welcome-section card">
          <h2 id="import-h">{t('welcome.import.heading')}</h2>
          <p>{rich(t('welcome.import.text'), { column: <code>{'{{customer.<column>}}'}</code> })}</p>
          <p>
            <a className="button" href={`${OPTIONS}#customers-h`} target="_blank" onClick={openSettingsAt}>
              {t('welcome.import.go')}
            </a>
          </p>
        </section>

        <section aria-labelledby="setup-handoff-h" className="welcome-section card">
          <h2 id="setup-handoff-h">{t('welcome.handoff.heading')}</h2>
          <p>{rich(t('welcome.handoff.text'), { test: <q>{t('welcome.handoff.test')}</q> })}</p>
          <p>
            <a className="button" href={`${OPTIONS}#handoff-h`} target="_blank" onClick={openSettingsAt}>
              {t('welcome.handoff.go')}
            </a>
          </p>
        </section>

        <section aria-labelledby="keys-h" className="welcome-section card">
          <h2 id="keys-h">{t('welcome.keys.heading')}</h2>
          <dl className="keys">
            <dt>
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>
            </dt>
            <dd>{t('welcome.keys.toggle')}</dd>
            <dt>
              <kbd>;shortcut</kbd> <kbd>Tab</kbd>
            </dt>
            <dd>{t('welcome.keys.shortcut')}</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>{t('welcome.keys.enter')}</dd>
          </dl>
          <p className="muted">
            {rich(t('welcome.keys.change'), { page: <code>chrome://extensions/shortcuts</code> })}
          </p>
        </section>
      </div>

      <footer className="welcome-footer muted">
        <p>
          {rich(t('welcome.footer'), {
            settings: (
              <a href={OPTIONS} target="_blank">
                {t('welcome.footer.settings')}
              </a>
            ),
          })}
        </p>
      </footer>
    </main>
  );
}
