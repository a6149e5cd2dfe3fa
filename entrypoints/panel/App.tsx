import { useLiveRead } from '@/utils/db/live-read';
import { useEffect, useMemo } from 'react';
import { askBackground } from '@/utils/messaging/background-api';
import { useLocale } from '@/components/useLocale';
import type { TemplateRecord } from '@/utils/db/types';
import { templatesRepo } from '@/utils/db/templates-repo';
import { templatesFor } from '@/utils/templates/accounts';
import { bodyFor, pickLanguage } from '@/utils/templates/variants';
import { CollisionAlert } from './components/CollisionAlert';
import { CoveredAlert } from './components/CoveredAlert';
import { CustomerCard } from './components/CustomerCard';
import { DeskSection } from './desk/DeskSection';
import { PostTopic } from './desk/PostTopic';
import { useDeskReplies } from './desk/useDeskReplies';
import { FillIn } from './components/FillIn';
import { InsertAlert } from './components/InsertAlert';
import { InsertTimeoutAlert } from './components/InsertTimeoutAlert';
import { LiveLines } from './live/LiveLines';
import { PersonaStatus } from './components/PersonaStatus';
import { useLiveTeam } from './live/useLiveTeam';
import { QueueBar } from './components/QueueBar';
import { ReplyLengthMeter } from './components/ReplyLengthMeter';
import { SaveReplyForm } from './components/SaveReplyForm';
import { ShortcutsHelp, useShortcutsHelp } from './components/ShortcutsHelp';
import { TemplatePicker } from './components/TemplatePicker';
import { TemplatePreview } from './components/TemplatePreview';
import type { PanelLink } from './link';
import { PublicRefusedAlert } from './public/PublicNotes';
import { PublicReplyDialog } from './public/PublicReplyDialog';
import { usePanelKeys } from './panel-keys';
import { usePanelStore } from './store';
import { useInsertFlow } from './useInsertFlow';
import { useRenderValues } from './useRenderValues';
import { useShallow } from 'zustand/react/shallow';

const repo = templatesRepo();

/**
 * Careline's settings in a tab of their own. Asked of the background, which can open them in both
 * browsers (Firefox's framed panel has no tabs API, and not every runtime call).
 */
function openSettings(): void {
  void askBackground({ type: 'careline:open-settings' }).catch(() => undefined);
}

/** The ticket reply goes through the same insert as a template (strategies, Copy fallback, send logging). */
function ticketReplyTemplate(text: string): TemplateRecord {
  const at = new Date().toISOString();
  return {
    id: 'careline:ticket-reply',
    title: 'Ticket reply',
    body: text,
    locked: true,
    usageCount: 0,
    createdAt: at,
    updatedAt: at,
  };
}

export function App({ link }: { link: PanelLink | null }) {
  // Only what App shows: the box snapshot changes as the agent types, and must not re-render the panel.
  const {
    context,
    theme,
    connected,
    selectedId,
    lang: pickedLang,
    fillInFor,
    insert,
    openFillIn,
  } = usePanelStore(
    useShallow((s) => ({
      context: s.page?.context,
      theme: s.page?.theme,
      connected: s.connected,
      selectedId: s.selectedId,
      lang: s.lang,
      fillInFor: s.fillInFor,
      insert: s.insert,
      openFillIn: s.openFillIn,
    })),
  );
  const fillInMissing = usePanelStore((s) => s.fillInMissing);
  const setInsert = usePanelStore((s) => s.setInsert);
  const account = usePanelStore((s) => s.page?.account);
  const library = useLiveRead(() => repo.list(), []);
  // Only what may go out from the account in use: a template limited to other accounts is not offered.
  const templates = useMemo(() => library && templatesFor(library, account), [library, account]);
  const values = useRenderValues(context, account);
  const { t } = useLocale();
  const insertTemplate = useInsertFlow(link, values, t);
  const deskReplies = useDeskReplies();
  const selected = templates?.find((t) => t.id === selectedId) ?? deskReplies.find((t) => t.id === selectedId);
  const langOf = (t: TemplateRecord) => pickLanguage(t, t.id === selectedId ? pickedLang : null, context?.tweet?.lang);
  const fillInTemplate = templates?.find((t) => t.id === fillInFor);
  const [helpOpen, setHelpOpen] = useShortcutsHelp();
  usePanelKeys(link);
  useLiveTeam(link);

  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'light';
  }, [theme]);

  useEffect(() => {
    // The bench reads this mark: panel ready = templates listed and the page's context received.
    if (templates && context && performance.getEntriesByName('careline:ready').length === 0) {
      performance.mark('careline:ready');
    }
  }, [templates, context]);

  return (
    <aside className="panel" aria-label={t('panel.landmark')}>
      <header className="panel-header">
        <h1>Careline</h1>
        <div className="panel-tools">
          {/* Only in the rail (style.css): the whole panel over X until the next insert or Esc. */}
          <button
            type="button"
            className="icon rail-only"
            aria-label={t('panel.expandPanel')}
            title={t('panel.expandPanel')}
            onClick={() => void link?.request({ type: 'expand-panel' })}
          >
            ⇤
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t('panel.settingsButton')}
            title={t('panel.settingsButton')}
            onClick={openSettings}
          >
            ⚙
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t('panel.shortcutsButton')}
            title={t('panel.shortcutsButtonTitle')}
            onClick={() => setHelpOpen(true)}
          >
            ?
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t('panel.closePanel')}
            onClick={() => void link?.request({ type: 'close-panel' })}
          >
            ×
          </button>
        </div>
      </header>
      {/* Two regions scrolling on their own under a header that stays: however long the customer's
          history, template search, the preview and Insert stay in view (style.css). */}
      <QueueBar />
      <div className="panel-customer">
        {/* In the customer's region, which gives way to it: search, the preview and Insert stay in view. */}
        <CollisionAlert />
        {!connected ? (
          <p className="muted" role="status">
            {t('panel.connecting')}
          </p>
        ) : null}
        <LiveLines />
        <CustomerCard
          context={context}
          onInsertReply={(text) =>
            void insertTemplate({ template: ticketReplyTemplate(text), lang: context?.tweet?.lang ?? 'en' })
          }
        />
      </div>
      <div className="panel-work">
        <PersonaStatus account={account} />
        <DeskSection link={link} />
        <TemplatePicker
          templates={templates}
          first={deskReplies}
          onInsert={(t) => void insertTemplate({ template: t, lang: langOf(t) })}
        >
          {selected ? (
            <TemplatePreview
              template={selected}
              lang={langOf(selected)}
              values={values}
              onInsert={(opts) => void insertTemplate({ template: selected, lang: langOf(selected), ...opts })}
            />
          ) : null}
        </TemplatePicker>
        {fillInTemplate ? null : <CoveredAlert action="insert" />}
        {insert.kind === 'failed' ? (
          <InsertAlert key={insert.text} text={insert.text} missing={insert.missing} copied={insert.copied} />
        ) : null}
        {insert.kind === 'timeout' ? <InsertTimeoutAlert onRetry={() => void insertTemplate(insert.request)} /> : null}
        {insert.kind === 'public-refused' ? <PublicRefusedAlert fields={insert.fields} /> : null}
        <PostTopic />
        <SaveReplyForm link={link} />
      </div>
      {fillInTemplate ? (
        <FillIn
          template={fillInTemplate}
          lang={langOf(fillInTemplate)}
          values={values}
          forMissing={fillInMissing}
          customer={context?.customer?.handle ?? ''}
          onCancel={() => openFillIn(null)}
          onInsert={(entries) =>
            void insertTemplate({
              template: fillInTemplate,
              lang: langOf(fillInTemplate),
              ...entries,
              confirmedMissing: true,
            })
          }
          meter={(entries) => (
            <ReplyLengthMeter
              body={bodyFor(fillInTemplate, langOf(fillInTemplate))}
              values={{ ...values, given: entries.given }}
              inputs={entries.inputs}
            />
          )}
        />
      ) : null}
      {insert.kind === 'public-confirm' ? (
        <PublicReplyDialog
          fields={insert.fields}
          onCancel={() => setInsert({ kind: 'idle' })}
          onConfirm={() => void insertTemplate({ ...insert.request, confirmedPublic: insert.fields })}
        />
      ) : null}
      {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
    </aside>
  );
}
