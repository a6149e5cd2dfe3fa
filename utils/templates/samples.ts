/**
 * Sample replies seeded on first install, so a new agent sees how Careline works before importing a
 * pack (an existing library is never touched). They follow the public-reply rule: the public ones use only
 * what X shows ({{customer.name}} is the name on X in public); the CRM's name and fields are in the
 * DM sample, for X Chat.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { templatesRepo } from '@/utils/db/templates-repo';

const SEEDED_AT = '2026-11-29T00:00:00.000Z';

/** The folder samples are seeded in. Stored as is (an agent may filter or export by it); shown translated. */
export const SAMPLES_FOLDER = 'Samples';

type Sample = Omit<TemplateRecord, 'createdAt' | 'updatedAt' | 'locked' | 'usageCount'>;

export const SAMPLE_TEMPLATES: Sample[] = [
  {
    id: 'sample-greeting-ko',
    title: '문의 감사 인사',
    shortcut: 'thanks',
    folder: SAMPLES_FOLDER,
    tags: ['greeting'],
    lang: 'ko',
    body: '{{customer.name | "고객"}}님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.',
  },
  {
    id: 'sample-activation-delay-ko',
    title: '개통 지연 사과',
    shortcut: 'delay',
    folder: SAMPLES_FOLDER,
    tags: ['apology', 'activation'],
    lang: 'ko',
    body: '{{customer.name | "고객"}}님, 개통이 늦어져 불편을 드려 죄송합니다.\n\n지금 바로 확인하고 있으며, 진행 상황을 DM으로 알려드리겠습니다.',
  },
  {
    id: 'sample-internet-ko',
    title: '인터넷 끊김 점검 안내',
    shortcut: 'wifi',
    folder: 'Samples',
    tags: ['internet', '인터넷'],
    lang: 'ko',
    body: '{{customer.name | "고객"}}님, 인터넷이 자꾸 끊겨 불편을 드려 죄송합니다. 공유기 전원을 30초간 뽑았다가 다시 꽂아 보시고, 그래도 끊기면 DM으로 알려 주세요. 원격 점검 후 기사 방문을 잡아 드리겠습니다.',
    variants: {
      en: 'Sorry your internet keeps dropping, {{customer.name | "there"}}. Could you unplug the router for 30 seconds and plug it back in? If it still cuts out, DM us and we\'ll run a line test and book an engineer.',
    },
  },
  {
    id: 'sample-delivery-ko',
    title: '배송 지연 안내',
    shortcut: 'parcel',
    folder: 'Samples',
    tags: ['delivery', '배송'],
    lang: 'ko',
    body: '{{customer.name | "고객"}}님, 상품을 기다리시게 해서 죄송합니다. 주문번호를 DM으로 보내 주시면 택배사에 현재 위치를 확인해 바로 알려 드리겠습니다.',
    variants: {
      en: 'Sorry your parcel hasn\'t arrived yet, {{customer.name | "there"}}. DM us your order number and we\'ll chase the courier and send you the latest tracking.',
    },
  },
  {
    id: 'sample-billing-ko',
    title: '요금 청구 확인',
    shortcut: 'charge',
    folder: 'Samples',
    tags: ['billing', '요금'],
    lang: 'ko',
    body: '{{customer.name | "고객"}}님, 청구된 요금 때문에 놀라셨을 것 같아 죄송합니다. DM으로 연락 주시면 이번 달 청구 내역을 한 줄씩 확인해 드리겠습니다.',
    variants: {
      en: 'Sorry about the surprise on your bill, {{customer.name | "there"}}. Send us a DM and we\'ll go through this month\'s charges line by line.',
    },
  },
  {
    id: 'sample-dm-request-en',
    title: 'Ask for a DM',
    shortcut: 'dm',
    folder: SAMPLES_FOLDER,
    tags: ['privacy'],
    lang: 'en',
    body: "Hi @{{customer.handle}}, sorry about this! Could you send us a DM with your account number? We'll take it from there.",
  },
  {
    id: 'sample-outage-en',
    title: 'Network outage update',
    shortcut: 'outage',
    folder: SAMPLES_FOLDER,
    tags: ['outage'],
    lang: 'en',
    body: 'Thanks for flagging this, {{customer.name | "there"}}. We\'re aware of a network issue in some areas and our engineers are on it.\n\nWe\'ll post an update here as soon as service is restored.',
  },
  {
    // For X Chat: the customer alone reads a DM, so the record's name and plan may go in.
    id: 'sample-dm-plan-ko',
    title: '요금제 안내 (DM)',
    shortcut: 'dmplan',
    folder: SAMPLES_FOLDER,
    tags: ['dm', 'privacy'],
    lang: 'ko',
    body: '{{customer.crmName | "고객"}}님, 확인해 보니 가입하신 요금제는 {{customer.plan | "확인 중"}}입니다. 진행 상황은 이 대화에서 바로 알려드리겠습니다.',
  },
];

export async function seedSampleTemplates(): Promise<boolean> {
  return templatesRepo().seedIfEmpty(
    SAMPLE_TEMPLATES.map((s) => ({ ...s, locked: false, usageCount: 0, createdAt: SEEDED_AT, updatedAt: SEEDED_AT })),
  );
}
