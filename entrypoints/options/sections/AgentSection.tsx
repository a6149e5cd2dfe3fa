import { useEffect, useState, type FormEvent } from 'react';
import { agentSettings } from '@/utils/settings/settings';

/** The agent's name, used by {{agent.name}} in templates. */
export function AgentSection() {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void agentSettings.getValue().then((s) => setName(s.agentName));
  }, []);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const current = await agentSettings.getValue();
    await agentSettings.setValue({ ...current, agentName: name.trim() });
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
        <button type="submit">Save</button>
        {saved ? <span role="status">Saved</span> : null}
      </form>
    </section>
  );
}
