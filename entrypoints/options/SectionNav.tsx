/**
 * The options page's table of contents: a link to each section's heading, kept in view while the
 * page scrolls (CSS sticky), the section being read marked `aria-current`. Links go to the headings'
 * ids, the same ones the welcome page links to (#customers-h, #handoff-h).
 */
import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { MessageKey } from '@/utils/i18n/pages';

export const SECTIONS: ReadonlyArray<{ id: string; label: MessageKey; sub?: boolean }> = [
  { id: 'agent-h', label: 'options.you.heading' },
  { id: 'templates-h', label: 'options.templates.heading' },
  { id: 'packs-h', label: 'options.nav.packs', sub: true },
  { id: 'customers-h', label: 'options.customers.heading' },
  { id: 'handoff-h', label: 'options.handoff.heading' },
  { id: 'data-h', label: 'options.data.heading' },
  { id: 'team-h', label: 'options.team.heading' },
];

/** A heading counts as being read once it is in the top third of the window. */
const READ_LINE = 1 / 3;

/** The last section whose heading has reached the reading line; the last of all at the page's end. */
function currentSection(): string {
  const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  if (atEnd) return SECTIONS[SECTIONS.length - 1]?.id ?? '';
  let current = SECTIONS[0]?.id ?? '';
  for (const { id } of SECTIONS) {
    const top = document.getElementById(id)?.getBoundingClientRect().top;
    if (top !== undefined && top <= window.innerHeight * READ_LINE) current = id;
  }
  return current;
}

export function SectionNav() {
  const { t } = useLocale();
  const [current, setCurrent] = useState('');

  useEffect(() => {
    // Opened at a fragment (options.html#customers-h, a bookmark): the browser looked for it before
    // React rendered the sections, so go there now; scroll anchoring keeps it while data loads above.
    const target = window.location.hash.slice(1);
    if (target) document.getElementById(target)?.scrollIntoView();
  }, []);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(currentSection()));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // Sections grow and shrink as data loads (a template list, an import preview).
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, []);

  return (
    <nav className="section-nav" aria-label={t('options.nav.label')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id} className={s.sub ? 'sub' : undefined}>
            <a href={`#${s.id}`} aria-current={current === s.id ? 'true' : undefined}>
              {t(s.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
