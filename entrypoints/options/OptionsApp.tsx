/**
 * Careline's options page: one landmark per section (the UI contract's names: "Templates",
 * "Customers", "Handoff", "Data", "Team"); each section is its own component file, and the side navigation (SectionNav)
 * stays in view beside them.
 */
import { useEffect } from 'react';
import { useLocale } from '@/components/useLocale';
import { AgentSection } from './sections/AgentSection';
import { CustomersSection } from './sections/CustomersSection';
import { DataSection } from './sections/DataSection';
import { HandoffSection } from './sections/HandoffSection';
import { SectionNav } from './SectionNav';
import { TeamSection } from './sections/TeamSection';
import { TemplatesSection } from './sections/TemplatesSection';

export function OptionsApp() {
  const { t } = useLocale();
  useEffect(() => {
    document.title = t('options.pageTitle');
  }, [t]);
  return (
    <div className="options-page">
      <header className="options-header">
        <h1>Careline</h1>
        <p className="muted">{t('options.tagline')}</p>
      </header>
      <SectionNav />
      <main className="options">
        <AgentSection />
        {/* Team packs live inside "Templates", where the contract puts the "Import templates" input. */}
        <TemplatesSection />
        <CustomersSection />
        <HandoffSection />
        <DataSection />
        <TeamSection />
      </main>
    </div>
  );
}
