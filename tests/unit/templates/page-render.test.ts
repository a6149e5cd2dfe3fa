import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { opensInPanel, renderForPage } from '@/utils/templates/page-render';

const template = (body: string, extra: Partial<TemplateRecord> = {}): TemplateRecord => ({
  id: 't',
  title: 'T',
  body,
  lang: 'en',
  locked: false,
  usageCount: 0,
  createdAt: 'c',
  updatedAt: 'u',
  ...extra,
});
const seen = { handle: 'minji_kim', name: '김민지' };

describe("rendering a ;shortcut for x.com's page", () => {
  it('fills in only what X shows, the agent and the date', () => {
    expect(
      renderForPage(template('Hi {{customer.name}} (@{{customer.handle}}), {{agent.name}} here. {{cursor}}Bye'), seen, {
        name: 'Jae',
      }),
    ).toEqual({
      kind: 'text',
      text: 'Hi 김민지 (@minji_kim), Jae here. Bye',
      cursor: 31,
    });
    expect(renderForPage(template('Today is {{today}}.'), seen, { name: '' })).toMatchObject({
      kind: 'text',
      text: expect.stringMatching(/^Today is \d{4}-\d{2}-\d{2}\.$/),
    });
  });

  it("signs with the agent's sign-off, public like the name", () => {
    expect(
      renderForPage(template('Thanks for waiting. {{agent.signoff}}'), seen, { name: 'Jae', signoff: '^SY' }),
    ).toEqual({ kind: 'text', text: 'Thanks for waiting. ^SY' });
    // No sign-off set: the gap is flagged in the panel, never posted blank.
    expect(renderForPage(template('Thanks. {{agent.signoff}}'), seen, { name: 'Jae' })).toEqual({
      kind: 'panel',
      why: 'missing',
    });
    expect(renderForPage(template('Thanks.{{agent.signoff | ""}}'), seen, { name: 'Jae', signoff: '' })).toEqual({
      kind: 'text',
      text: 'Thanks.',
    });
  });

  it("sends every template that uses the customer's record to the panel, fallbacks or not", () => {
    for (const body of [
      'Your number is {{customer.id}}, phone {{customer.phone}}.',
      'Plan: {{customer.plan | "none"}}',
      'Mail {{customer.email}}',
      'Ticket {{ticket.id}}',
      'Store {{customer.가입매장}}',
      'Dear {{customer.crmName}}',
    ])
      expect(renderForPage(template(body), seen, { name: 'Jae' }), body).toEqual({ kind: 'panel', why: 'private' });
  });

  it("looks at the variant that would be rendered for the post's language", () => {
    const t = template('Hi {{customer.name}}', { variants: { ko: '{{customer.name}}님, 고객번호 {{customer.id}}' } });
    expect(renderForPage(t, seen, { name: 'Jae' }, 'en')).toEqual({ kind: 'text', text: 'Hi 김민지' });
    expect(renderForPage(t, seen, { name: 'Jae' }, 'ko')).toEqual({ kind: 'panel', why: 'private' });
  });

  it('hands fill-ins and missing public values to the panel too', () => {
    expect(renderForPage(template('Fixed within {{input:ETA}}'), seen, { name: 'Jae' })).toEqual({
      kind: 'panel',
      why: 'fill-in',
    });
    expect(renderForPage(template('Hi {{customer.name}}'), { handle: 'x' }, { name: 'Jae' })).toEqual({
      kind: 'panel',
      why: 'missing',
    });
    expect(renderForPage(template('Hi {{customer.name | "there"}}'), undefined, { name: 'Jae' })).toEqual({
      kind: 'text',
      text: 'Hi there',
    });
  });

  it('takes only strings from the content script', () => {
    const odd = { handle: { toString: () => 'evil' }, name: ['김민지'] };
    expect(
      renderForPage(template('Hi {{customer.name | "there"}} @{{customer.handle | "you"}}'), odd, { name: 'Jae' }),
    ).toEqual({ kind: 'text', text: 'Hi there @you' });
  });

  it("tells the suggestion list which templates Tab opens in the panel, for the post's language", () => {
    const t = template('Hi {{customer.name}}', { variants: { ko: '{{customer.name}}님, 고객번호 {{customer.id}}' } });
    expect(opensInPanel(t, 'en')).toBe(false);
    expect(opensInPanel(t, 'ko')).toBe(true);
    expect(opensInPanel(template('Within {{input:ETA}}'))).toBe(true);
    expect(opensInPanel(template('Thanks, {{agent.name}} {{today}}'))).toBe(false);
  });
});
