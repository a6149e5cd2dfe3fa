import { describe, expect, it } from 'vitest';
import { signedTicketStatus } from '../../../examples/handoff-receiver/ticket-status';
import { signatureMatches } from '../../../server/store/tickets';

const LINK = {
  url: 'https://careline.example.com/',
  teamId: '0b7c1a52-6f0e-4c6d-9a51-5d2f3c8e9a10',
  secret: 'cts_secret',
};
const HANDOFF = '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01';

describe('signedTicketStatus: the request the team server accepts', () => {
  it('signs the exact body with the ticket secret and names the team', () => {
    const at = new Date('2026-12-08T01:00:00.000Z');
    const r = signedTicketStatus(
      LINK,
      { handoffId: HANDOFF, ticketId: 'CL-000001', status: 'solved', note: '교체 완료' },
      at,
    );
    expect(r.url).toBe('https://careline.example.com/v1/tickets/status');
    expect(r.headers['X-Careline-Team']).toBe(LINK.teamId);
    expect(JSON.parse(r.body)).toEqual({
      format: 'careline-ticket-status',
      version: 1,
      handoffId: HANDOFF,
      ticketId: 'CL-000001',
      status: 'solved',
      note: '교체 완료',
      at: '2026-12-08T01:00:00.000Z',
    });
    expect(signatureMatches(LINK.secret, r.body, r.headers['X-Careline-Signature'] ?? '')).toBe(true);
    expect(signatureMatches('another', r.body, r.headers['X-Careline-Signature'] ?? '')).toBe(false);
  });

  it('refuses what the server would refuse, before sending', () => {
    expect(() => signedTicketStatus(LINK, { handoffId: HANDOFF, status: 'lost' as 'solved' })).toThrow();
    expect(() => signedTicketStatus(LINK, { handoffId: 'CL-1', status: 'solved' })).toThrow();
    expect(() => signedTicketStatus(LINK, { handoffId: HANDOFF, status: 'solved', note: 'x'.repeat(501) })).toThrow();
  });
});
