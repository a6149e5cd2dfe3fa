import { useEffect, useState, type FormEvent } from 'react';
import { agentSettings } from '@/utils/settings/settings';

/** The agent's name, used by {{agent.name}} in templates. */
export function AgentSection() {
  const [name, setName] = useState('');
  const [logDrafts, setLogDrafts] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void agentSettings.getValue().then((s) => {
      setName(s.agentName);
      setLogDrafts(s.logDrafts);
    });
  }, []);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const current = await agentSettings.getValue();
    await agentSettings.setValue({ ...current, agentName: name.trim(), logDrafts });
    setSaved(true);
  }

  return (
    <section aria-labelledby="agent-h" className="options-section">
      <h2 id="agent-h">You</h2>
      <form onSubmit={(e) => void save(e)} className="row">
        <label>
          Agent name
          <input type="text" value={name} onChange={(e) => { setName(e.target.value); setSaved(false); }} autoComplete="name" />
        </label>
        <label className="check">
          <input type="checkbox" checked={logDrafts} onChange={(e) => { setLogDrafts(e.target.checked); setSaved(false); }} />
          Log inserted replies that were not sent (drafts) in the customer&apos;s history
        </label>
        <button type="submit">Save</button>
        {saved ? <span role="status">Saved</span> : null}
      </form>
    </section>
  );
}
