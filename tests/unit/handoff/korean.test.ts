/**
 * The handoff's problems in Korean: what a Korean-speaking team lead sees on Save, an agent under the
 * callback phone, and what the background stores as a delivery's last error. English is asserted by
 * the other tests in this folder; here the context's language is Korean (setProblemLocale).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import { CRM_PLACEHOLDERS } from '@/utils/handoff/crm-url';
import { deliverDue } from '@/utils/handoff/delivery';
import { parseCallbackPhone } from '@/utils/handoff/phone';
import { validateHandoffSettings } from '@/utils/handoff/settings';
import { postHandoff } from '@/utils/handoff/webhook';
import { setProblemLocale } from '@/utils/i18n/problems';
import { freshDbs } from '../fresh-db';
import { payload, settings } from './fixtures';

const freshDb = freshDbs('korean');

beforeEach(() => setProblemLocale('ko'));
afterEach(() => setProblemLocale('en'));

const problems = (extra: Parameters<typeof settings>[0]) => validateHandoffSettings(settings(extra));
const phone = (input: string) => {
  const r = parseCallbackPhone(input);
  return r.ok ? `(accepted ${JSON.stringify(r)})` : r.message;
};
const HOOK = 'https://cc.example.com/hooks/careline';

describe('settings problems in Korean', () => {
  it('a plain http:// webhook URL', () => {
    expect(problems({ webhookUrl: 'http://example.com/hook' })).toEqual([
      {
        field: 'webhookUrl',
        message:
          '웹훅 URL은 https://를 사용해야 합니다(http://는 localhost와 127.0.0.1에서만 허용). 상담 건에는 고객 정보가 담겨 있습니다',
      },
    ]);
    expect(problems({ webhookUrl: '' })[0]?.message).toBe(
      '웹훅 URL을 입력하세요. 고객센터에서 받은 https://로 시작하는 주소입니다',
    );
    expect(problems({ webhookUrl: 'cc.example.com/hook' })[0]?.message).toBe(
      '웹훅 URL("cc.example.com/hook")이 웹 주소 형식이 아닙니다. https://로 시작해야 합니다',
    );
  });

  it('bad extra headers', () => {
    const base = { webhookUrl: HOOK };
    expect(problems({ ...base, extraHeaderName: 'X Api Key', extraHeaderValue: 'k' })[0]?.message).toBe(
      '"X Api Key"은(는) 올바른 헤더 이름이 아닙니다. 영문자, 숫자, 하이픈만 사용하세요(예: X-Api-Key)',
    );
    expect(problems({ ...base, extraHeaderName: 'idempotency-key', extraHeaderValue: 'k' })[0]?.message).toBe(
      'Idempotency-Key 헤더는 Careline이 직접 설정합니다. 다른 헤더 이름을 입력하세요',
    );
    expect(problems({ ...base, extraHeaderName: 'Cookie', extraHeaderValue: 'k' })[0]?.message).toBe(
      '브라우저가 확장 프로그램의 "Cookie" 헤더 전송을 허용하지 않습니다. 다른 헤더 이름을 입력하세요',
    );
    expect(problems({ ...base, extraHeaderName: 'X-Api-Key', extraHeaderValue: '비밀' })).toEqual([
      { field: 'extraHeaderValue', message: '헤더 값에는 ASCII 문자(영문자, 숫자, 문장 부호)만 사용할 수 있습니다' },
    ]);
  });

  it('a timeout out of range', () => {
    expect(problems({ webhookUrl: HOOK, timeoutMs: 90_000 })).toEqual([
      { field: 'timeoutMs', message: '제한 시간은 1~60초 사이의 숫자여야 합니다' },
    ]);
  });

  it('reasons: duplicated, blank, too many', () => {
    expect(problems({ webhookUrl: HOOK, reasons: ['요금 · Billing', '기타', '요금 · billing'] })).toEqual([
      { field: 'reasons', message: '이관 사유 "요금 · billing"이(가) 중복되어 있습니다' },
    ]);
    expect(problems({ webhookUrl: HOOK, reasons: ['a', ''] })[0]?.message).toBe(
      '이관 사유는 비워 둘 수 없습니다. 빈 줄을 지우세요',
    );
    const many = Array.from({ length: 31 }, (_, i) => `사유 ${i}`);
    expect(problems({ webhookUrl: HOOK, reasons: many })[0]?.message).toBe(
      '이관 사유는 최대 30개까지 입력할 수 있습니다(현재 31개). 목록이 길면 고르기 어렵습니다',
    );
  });

  it("the call center's phone, an e-mail address and a CRM template", () => {
    expect(problems({ webhookUrl: HOOK, callCenterPhone: '1588-12' })[0]?.message).toBe(
      '고객센터 전화번호: 번호가 너무 짧습니다(6자리). 대표번호(15xx, 16xx, 18xx)는 1588-1234처럼 8자리입니다.',
    );
    expect(problems({ method: 'email', emailTo: 'care.example.com' })[0]?.message).toBe(
      '"care.example.com"은(는) 이메일 주소가 아닙니다(예: care@example.com)',
    );
    expect(problems({ method: 'crm', crmUrlTemplate: 'ftp://crm.example/new?id={{id}}' })[0]?.message).toBe(
      'CRM URL 템플릿은 https://로 시작해야 합니다(입력한 주소는 ftp:(으)로 시작합니다)',
    );
  });
});

describe('callback phone problems in Korean', () => {
  it('a Korean number that is too short', () => {
    expect(phone('010-1234-567')).toBe('번호가 너무 짧습니다(10자리). 휴대전화 번호는 010-1234-5678처럼 11자리입니다.');
    expect(phone('031-12-345')).toBe(
      '번호가 너무 짧습니다(8자리). 031 번호는 031-123-4567처럼 10자리 또는 11자리입니다.',
    );
  });

  it('an international number written with 00', () => {
    expect(phone('001-202-555-0100')).toBe('해외 번호는 국제전화 식별번호(00…) 대신 +와 국가 번호로 입력하세요');
  });

  it('letters, and an unknown prefix, with the Korean examples', () => {
    expect(phone('abc')).toBe(
      '전화번호에는 숫자, 공백, 하이픈과 맨 앞의 +만 입력할 수 있습니다(예: 010-1234-5678, 02-123-4567, 1588-1234, +82 10-1234-5678)',
    );
    expect(phone('091-123-4567')).toBe(
      '091은(는) 국내 지역 번호나 휴대전화 식별번호가 아닙니다(예: 010-1234-5678, 02-123-4567, 1588-1234, +82 10-1234-5678)',
    );
    expect(phone('+1234')).toBe('이 국제 번호는 4자리입니다. 국가 번호를 포함해 8~15자리여야 합니다');
  });

  it('still accepts and formats numbers the same way', () => {
    expect(parseCallbackPhone('010-9876-5432')).toEqual({ ok: true, e164: '+821098765432', display: '010-9876-5432' });
  });
});

describe('delivery failures in Korean', () => {
  const hook = settings({ webhookUrl: HOOK, timeoutMs: 1_000 });

  it('no answer within the timeout', async () => {
    // A receiver that never answers: the fetch only ends when Careline aborts it.
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const outcome = await postHandoff(hook, payload(), { fetch: hanging });
    // `timedOut`: the options page's test tells a timeout apart without reading the (Korean) text.
    expect(outcome).toEqual({ kind: 'retry', timedOut: true, message: 'cc.example.com에서 1초 안에 응답이 없습니다.' });
  });

  it('an unreachable host', async () => {
    const refused: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
    const outcome = await postHandoff(hook, payload(), { fetch: refused });
    expect(outcome).toEqual({
      kind: 'retry',
      message: 'cc.example.com에 연결할 수 없습니다: fetch failed (ECONNREFUSED)',
    });
  });

  it('a receiver that redirects', async () => {
    const redirect: typeof fetch = async () =>
      new Response(null, { status: 302, headers: { Location: 'https://cc.example.com/v2/hook' } });
    expect(await postHandoff(hook, payload(), { fetch: redirect })).toEqual({
      kind: 'failed',
      httpStatus: 302,
      message: '수신 서버가 https://cc.example.com/v2/hook(으)로 리디렉션했습니다. 웹훅 URL을 최종 주소로 설정하세요.',
    });
  });

  it('a 404 without a body says what to check, after the standard reason phrase', async () => {
    const notFound: typeof fetch = async () => new Response(null, { status: 404 });
    expect(await postHandoff(hook, payload(), { fetch: notFound })).toEqual({
      kind: 'failed',
      httpStatus: 404,
      message: 'HTTP 404: Not Found (웹훅 URL을 확인하세요)',
    });
  });

  it('is stored as the Korean last error of the outbox row', async () => {
    const db = freshDb();
    try {
      const repo = handoffsRepo(db);
      const at = Date.parse('2026-11-29T05:03:00.000Z');
      const createdAt = new Date(at).toISOString();
      await repo.create(
        {
          id: 'h1',
          customerHandle: 'minji_kim',
          createdAt,
          method: 'webhook',
          payload: payload({ id: 'h1', createdAt }),
          status: 'queued',
          attempts: 0,
          nextAttemptAt: at,
        },
        { customerHandle: 'minji_kim', kind: 'handoff', at: createdAt, text: 'h1' },
      );
      const hook = settings({ webhookUrl: 'https://cc.example/handoffs' });
      await deliverDue({
        repo,
        settings: async () => hook,
        post: () => Promise.reject(new Error('socket hang up')),
        now: () => at,
        retryDelay: () => 1000,
      });
      expect(await repo.get('h1')).toMatchObject({
        status: 'queued',
        lastError: 'Careline이 이관을 보내지 못했습니다: socket hang up',
      });
    } finally {
      await db.delete();
    }
  });
});

it('the CRM placeholders are described in the language at the time they are shown', () => {
  expect(CRM_PLACEHOLDERS.find((p) => p.name === 'customer.handle')?.description).toBe('고객의 X 핸들(@ 제외)');
  setProblemLocale('en');
  expect(CRM_PLACEHOLDERS.find((p) => p.name === 'customer.handle')?.description).toBe(
    "the customer's X handle, without @",
  );
});
