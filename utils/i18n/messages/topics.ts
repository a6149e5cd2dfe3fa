/**
 * What a post was about, as the lead's desk and the panel name it: one label a suggestion intent
 * (utils/templates/suggest/intents.ts) and 'other', English and Korean.
 */
const en = {
  'topic.internet': 'Internet',
  'topic.outage': 'Outage',
  'topic.billing': 'Billing',
  'topic.refund': 'Refund',
  'topic.delivery': 'Delivery',
  'topic.order': 'Order',
  'topic.returns': 'Returns',
  'topic.activation': 'Activation',
  'topic.plan': 'Plan',
  'topic.roaming': 'Roaming',
  'topic.cancel': 'Cancellation',
  'topic.lost': 'Lost phone',
  'topic.repair': 'Repair',
  'topic.login': 'Login',
  'topic.card': 'Card',
  'topic.fraud': 'Fraud',
  'topic.support': 'Reaching support',
  'topic.thanks': 'Thanks',
  'topic.coupon': 'Coupons',
  'topic.other': 'Other',
};

const ko: Record<keyof typeof en, string> = {
  'topic.internet': '인터넷',
  'topic.outage': '장애',
  'topic.billing': '요금',
  'topic.refund': '환불',
  'topic.delivery': '배송',
  'topic.order': '주문',
  'topic.returns': '반품·교환',
  'topic.activation': '개통',
  'topic.plan': '요금제',
  'topic.roaming': '로밍',
  'topic.cancel': '해지',
  'topic.lost': '분실',
  'topic.repair': '수리',
  'topic.login': '로그인',
  'topic.card': '카드',
  'topic.fraud': '사기·피싱',
  'topic.support': '상담 연결',
  'topic.thanks': '감사',
  'topic.coupon': '쿠폰',
  'topic.other': '기타',
};

export const topics = { en, ko };
