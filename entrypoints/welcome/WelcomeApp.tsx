/**
 * The welcome page, opened once when Careline is installed (entrypoints/background.ts): what
 * Careline does, the sample replies already in the library, and the first steps (customers,
 * handoff, the keyboard shortcut). It only reads the library; every setting lives in the options page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { templatesRepo } from '@/utils/db/templates-repo';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';
import { downloadText } from '../options/download';
import { openSettingsAt } from './open-settings';
import { SAMPLE_PACK_FILE, samplePackJson } from './sample-pack';
import { SampleList } from './SampleList';

const repo = templatesRepo();
/** The options page; its sections' headings carry the ids linked below (entrypoints/options/sections/). */
const OPTIONS = '/options.html';

const FEATURES = [
  {
    title: 'A panel beside X’s reply box',
    text: 'On x.com, Careline sits at the right of the page: who you are answering (handle, name, the post), what your team knows about them, and your reply library.',
  },
  {
    title: 'Canned responses, in Korean and English',
    text: 'Search by title, shortcut, tag or text. Initial consonants find words (ㄱㅅ finds 감사), and a syllable you are still typing already matches. Replies fill in the customer’s name and plan and are counted the way X counts.',
  },
  {
    title: 'Customer history',
    text: 'Your CRM’s fields, tags and notes, and every reply you sent with Careline, newest first. Kept in this browser, never in x.com’s page.',
  },
  {
    title: 'One-click handoff',
    text: 'Pick a reason, add a note, Send: the case goes to your call center, retried until it arrives, and the ticket number comes back as a ready reply.',
  },
];

export function WelcomeApp() {
  // Live, and by key only: an edit or delete of a sample in the options page shows up here, while a
  // 10,000-template pack import elsewhere does not wake this page (it shares their process).
  const samples = useLiveQuery(
    async () => (await Promise.all(SAMPLE_TEMPLATES.map((s) => repo.get(s.id)))).filter((t) => t !== undefined),
    [],
  );

  return (
    <main className="welcome">
      <header className="welcome-hero">
        <h1>Welcome to Careline</h1>
        <p className="lead">
          Canned responses, customer history and a one-click handoff to your call center, right beside X’s reply box.
          Careline works on the x.com page you already have open: no X API, and your customers’ data stays on this computer.
        </p>
        <p className="welcome-actions">
          <a className="button primary" href="https://x.com/home" target="_blank" rel="noreferrer">
            Open x.com
          </a>
          <a className="button" href={OPTIONS} target="_blank">
            Open settings
          </a>
        </p>
      </header>

      <section aria-labelledby="what-h" className="welcome-section">
        <h2 id="what-h">What Careline does</h2>
        <ul className="feature-grid">
          {FEATURES.map((f) => (
            <li key={f.title} className="feature">
              <h3>{f.title}</h3>
              <p>{f.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="try-h" className="welcome-section card">
        <h2 id="try-h">Try it</h2>
        <ol className="steps">
          <li>
            Open a customer’s post on <a href="https://x.com/home" target="_blank" rel="noreferrer">x.com</a> and
            click Reply. The Careline panel shows the customer and your replies.
          </li>
          <li>Search the replies (try <q>ㄱㅅ</q> or <q>delay</q>), check the preview filled with the customer’s values, and press Insert.</li>
          <li>
            Or, right in X’s reply box, type <kbd>;thanks</kbd> then <kbd>Tab</kbd>.
          </li>
        </ol>
        <h3 id="samples-h">Sample replies in your library</h3>
        <SampleList samples={samples} />
        <div className="pack-download">
          <button type="button" onClick={() => downloadText(SAMPLE_PACK_FILE, samplePackJson())}>
            Download the sample team pack
          </button>
          <p className="muted">
            The same replies as a team pack file (JSON): the format a team lead publishes for the team. Edit it and import
            it in Settings → Templates → Team packs; the format is described in <code>docs/template-packs.md</code>.
          </p>
        </div>
      </section>

      <div className="setup-grid">
        <section aria-labelledby="import-h" className="welcome-section card">
          <h2 id="import-h">Import your customers</h2>
          <p>
            Import your CRM’s CSV export (UTF-8, or CP949 from Excel). Columns are matched by name, Korean headers too:
            handle (핸들), name (이름), customer_id (고객번호), phone (전화번호), email, plan (요금제), tags (태그), note (메모).
            Any other column can be used in replies as <code>{'{{customer.<column>}}'}</code>.
          </p>
          <p>
            <a className="button" href={`${OPTIONS}#customers-h`} target="_blank" onClick={(e) => openSettingsAt(e, 'customers-h')}>
              Go to Customers in settings
            </a>
          </p>
        </section>

        <section aria-labelledby="setup-handoff-h" className="welcome-section card">
          <h2 id="setup-handoff-h">Set up the handoff</h2>
          <p>
            In Settings → Handoff, point Careline at your call center: a webhook (https, signed when you set a secret),
            an e-mail draft, or your CRM’s new-ticket form. Add the call center’s name and number for the ticket reply,
            then press <q>Send test handoff</q>.
          </p>
          <p>
            <a className="button" href={`${OPTIONS}#handoff-h`} target="_blank" onClick={(e) => openSettingsAt(e, 'handoff-h')}>
              Go to Handoff in settings
            </a>
          </p>
        </section>

        <section aria-labelledby="keys-h" className="welcome-section card">
          <h2 id="keys-h">Keyboard</h2>
          <dl className="keys">
            <dt>
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>
            </dt>
            <dd>opens and closes the panel on x.com</dd>
            <dt>
              <kbd>;shortcut</kbd> <kbd>Tab</kbd>
            </dt>
            <dd>inserts a reply by its shortcut in X’s reply box</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>in the panel’s list, inserts the selected reply</dd>
          </dl>
          <p className="muted">
            Change the shortcut at <code>chrome://extensions/shortcuts</code> (Firefox: Add-ons → Manage Extension Shortcuts).
          </p>
        </section>
      </div>

      <footer className="welcome-footer muted">
        <p>
          Writing replies for a team? Organise them in <a href={OPTIONS} target="_blank">settings</a>, export a folder as a
          pack, and host it at an https URL agents subscribe to.
        </p>
      </footer>
    </main>
  );
}
