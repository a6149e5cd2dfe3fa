import { afterEach, describe, expect, it } from 'vitest';
import { CRM_PLACEHOLDERS, crmUrl, unknownCrmPaths } from '@/utils/handoff/crm-url';
import { setProblemLocale } from '@/utils/i18n/problems';
import { isPrivatePath, isRecordPath } from '@/utils/templates/field-privacy';
import { renderParts, renderTemplate, type RenderedPart, type RenderValues } from '@/utils/templates/render';
import {
  closestVariable,
  columnOf,
  CRM_VARIABLES,
  isReplyPath,
  privacyOf,
  REPLY_VARIABLES,
  replyValue,
  unknownReplyPaths,
  variableName,
  VARIABLES,
} from '@/utils/templates/variables';
import { sampleValues } from '@/entrypoints/options/templates/model';
import { payload } from '../handoff/fixtures';
import { namedHostileBodies, prng, randomBody } from './hostile-bodies';

afterEach(() => setProblemLocale('en'));

const values: RenderValues = {
  customer: {
    name: '김민지',
    handle: 'minji_kim',
    crmName: '김민정',
    id: 'C-1',
    phone: '010-1',
    email: 'm@x',
    plan: '5G',
    가입매장: '강남점',
  },
  agent: { name: 'Jae' },
  ticket: { id: 'T-1' },
  today: '2026-12-07',
};

describe('the registry of template variables', () => {
  it('has one entry per path, each with a name and a description in English and Korean', () => {
    expect(new Set(VARIABLES.map((v) => v.path)).size).toBe(VARIABLES.length);
    for (const v of VARIABLES) {
      expect(v.name, v.path).not.toMatch(/^var\./);
      expect(v.description, v.path).not.toMatch(/^var\./);
    }
    setProblemLocale('ko');
    for (const v of VARIABLES) expect(v.name, v.path).toMatch(/[가-힣]/);
    expect(variableName('customer.plan')).toBe('요금제');
    expect(variableName('customer.계좌')).toBe('가져온 열 "계좌"');
  });

  it('resolves every reply variable from the render values, imported columns too', () => {
    const got = Object.fromEntries(
      REPLY_VARIABLES.map((v) => [v.path, replyValue({ ...values, agent: { name: 'Jae', signoff: '^JY' } }, v.path)]),
    );
    expect(got).toEqual({
      'customer.name': '김민지',
      'customer.handle': 'minji_kim',
      'customer.crmName': '김민정',
      'customer.id': 'C-1',
      'customer.phone': '010-1',
      'customer.email': 'm@x',
      'customer.plan': '5G',
      'agent.name': 'Jae',
      'agent.signoff': '^JY',
      'ticket.id': 'T-1',
      today: '2026-12-07',
    });
    expect(replyValue(values, 'customer.가입매장')).toBe('강남점');
    expect(columnOf('customer.plan')).toBeUndefined();
    expect(columnOf('customer.가입매장')).toBe('가입매장');
    // Only the handoff has a reason: no reply may name it.
    expect(replyValue(values, 'reason')).toBeUndefined();
    expect(isReplyPath('reason')).toBe(false);
  });

  it('never answers with what every object inherits', () => {
    for (const path of [
      'constructor',
      'toString',
      '__proto__',
      'customer.constructor',
      'customer.__proto__',
      'agent.constructor',
    ]) {
      expect(replyValue(values, path), path).toBeUndefined();
      expect(renderTemplate(`{{${path}}}`, values).missing, path).toEqual([path]);
    }
  });

  it("classes each variable for privacy; unknown paths are private, the agent's own public", () => {
    expect(REPLY_VARIABLES.filter((v) => v.privacy === 'public').map((v) => v.path)).toEqual([
      'customer.name',
      'customer.handle',
      'agent.name',
      'agent.signoff',
      'today',
    ]);
    expect(privacyOf('ticket.id')).toBe('record');
    expect(privacyOf('customer.가입매장')).toBe('private');
    expect(privacyOf('mystery')).toBe('private');
    expect(privacyOf('agent.signoff')).toBe('public');
    expect([isRecordPath('ticket.id'), isPrivatePath('ticket.id')]).toEqual([true, false]);
  });

  it('warns of unknown paths and suggests the variable a typo was meant to be', () => {
    expect(
      unknownReplyPaths(['customer.name', 'customer.가입매장', 'custmer.name', 'agent.nickname', 'today', 'todya']),
    ).toEqual(['custmer.name', 'agent.nickname', 'todya']);
    expect(closestVariable('custmer.name')).toBe('customer.name');
    expect(closestVariable('todya')).toBe('today');
    expect(closestVariable('custmer.가입매장')).toBe('customer.가입매장');
    expect(closestVariable('weather')).toBeUndefined();
    expect(closestVariable('x'.repeat(5000))).toBeUndefined();
  });

  it('feeds the CRM form: its table, its values and its unknown-placeholder warning', () => {
    expect(CRM_PLACEHOLDERS.map((p) => p.name)).toEqual(CRM_VARIABLES.map((v) => v.path));
    expect(CRM_PLACEHOLDERS.map((p) => p.name)).toEqual([
      'customer.name',
      'customer.handle',
      'customer.id',
      'customer.phone',
      'id',
      'reason',
      'priority',
      'note',
      'conversation.url',
      'conversation.statusId',
      'callbackPhone',
    ]);
    const p = payload({ id: 'h-1', reason: '개통', customer: { handle: '@minji_kim', id: 'C-1', attributes: {} } });
    expect(crmUrl('https://crm.example.com/new?h={{customer.handle}}&r={{reason}}&x={{nope}}', p)).toBe(
      'https://crm.example.com/new?h=minji_kim&r=%EA%B0%9C%ED%86%B5&x=',
    );
    expect(
      unknownCrmPaths('https://crm.example.com/new?h={{customer.handle}}&x={{nope}}&t={{ticket.id}}&f={{a | "b"}}'),
    ).toEqual(['nope', 'ticket.id']);
    expect(closestVariable('reasn', CRM_VARIABLES)).toBe('reason');
  });

  it("gives the options editor its sample customer, with the agent's own name", () => {
    expect(
      renderTemplate('{{customer.name}} {{customer.plan}} {{agent.name}} {{ticket.id}}', sampleValues('Jae')).text,
    ).toBe('김민지 5G 프리미어 Jae T-1024');
    expect(renderTemplate('{{agent.name}}', sampleValues('')).text).toBe('Agent');
  });
});

/** What renderTemplate writes for a part: chips stand for their placeholder as written. */
const asText = (parts: RenderedPart[]) => parts.map((p) => (p.kind === 'text' ? p.text : p.raw)).join('');

describe('renderParts (chips) and renderTemplate (the inserted text) agree', () => {
  it('shows fill-ins by label and gaps by path, values the agent typed over the record', () => {
    const body =
      '{{customer.name}}님, {{input:청구월}} 요금 ({{customer.plan}}, {{customer.요금}}) {{cursor}}감사합니다.';
    expect(renderParts(body, values)).toEqual([
      { kind: 'text', text: '김민지님, ' },
      { kind: 'input', label: '청구월', raw: '{{input:청구월}}' },
      { kind: 'text', text: ' 요금 (5G, ' },
      { kind: 'missing', path: 'customer.요금', raw: '{{customer.요금}}' },
      { kind: 'text', text: ') 감사합니다.' },
    ]);
    // What the agent typed stays a part of its own, so Fill in can show where it lands.
    expect(
      renderParts(
        '{{input:청구월}} {{customer.요금}} {{customer.plan}}',
        { ...values, given: { 'customer.요금': '55,000원' } },
        { 청구월: '11월' },
      ),
    ).toEqual([
      { kind: 'text', text: '11월', typed: true },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: '55,000원', typed: true },
      { kind: 'text', text: ' 5G' },
    ]);
    const typed = renderTemplate(body, { ...values, given: { 'customer.요금': '55,000원' } }, { 청구월: '11월' });
    expect(typed.text).toBe('김민지님, 11월 요금 (5G, 55,000원) 감사합니다.');
    expect(typed.missing).toEqual([]);
  });

  it('a value the agent typed wins for this insert; an empty entry changes nothing', () => {
    expect(renderTemplate('{{customer.plan}}', { ...values, given: { 'customer.plan': 'LTE' } }).text).toBe('LTE');
    expect(renderTemplate('{{customer.plan}}', { ...values, given: { 'customer.plan': '' } }).text).toBe('5G');
  });

  it('on hostile and random bodies, the parts joined are the rendered text without the caret', () => {
    for (const { name, body } of namedHostileBodies())
      expect(asText(renderParts(body, values, { ETA: '2h' })), name).toBe(
        renderTemplate(body, values, { ETA: '2h' }).text,
      );
    const next = prng(12);
    for (let i = 0; i < 2000; i++) {
      const body = randomBody(next);
      expect(asText(renderParts(body, values, { a: 'x' })), body).toBe(renderTemplate(body, values, { a: 'x' }).text);
    }
  });
});
