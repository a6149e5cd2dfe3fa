/**
 * Careline's options page: one landmark per section (ui-contract.md: "Templates", "Customers",
 * "Handoff", "Data"); each section is its own component file.
 */
import { useEffect } from 'react';
import { useLocale } from '@/components/useLocale';
import { AgentSection } from './sections/AgentSection';
import { CustomersSection } from './sections/CustomersSection';
import { DataSection } from './sections/DataSection';
import { HandoffSection } from './sections/HandoffSection';
import { TemplatesSection } from './sections/TemplatesSection';

export function OptionsApp() {
  const { t } = useLocale();
  useEffect(() => {
    document.title = t('options.pageTitle');
  }, [t]);
  return (
    <main className="options">
      <header className="options-header">
        <h1>Careline</h1>
        <p className="muted">{t('options.tagline')}</p>
      </header>
      <AgentSection />
      {/* Team packs live inside "Templates", where the contract puts the "Import templates" input. */}
      <TemplatesSection />
      <CustomersSection />
      <HandoffSection />
      <DataSection />
    </main>
  );
}
