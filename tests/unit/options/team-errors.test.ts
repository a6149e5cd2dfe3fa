/** Each kind of team server failure in the page's words, English and Korean. */
import { describe, expect, it } from 'vitest';
import { teamErrorText } from '@/entrypoints/options/team/team-errors';
import { translator } from '@/utils/i18n/pages';
import { TeamError } from '@/utils/team/client';

const en = translator('en');
const ko = translator('ko');
const server = 'https://team.example.com';

describe('teamErrorText', () => {
  it.each([
    [
      new TeamError('network', 'x'),
      { accessGranted: undefined },
      `Could not reach the team server at ${server}. Check the address and your connection. Nothing was changed.`,
    ],
    [
      new TeamError('network', 'x'),
      { accessGranted: false },
      `Could not reach the team server at ${server}: the browser did not give Careline access to it. Try again and allow access. Nothing was changed.`,
    ],
    [
      new TeamError('revoked', 'x', 401, 'invalid-invite'),
      {},
      `This invite code cannot be used on ${server}: it was already used, has expired, or is mistyped. Ask your team lead for a new one. Nothing was changed.`,
    ],
    [new TeamError('revoked', 'x', 401, 'revoked'), {}, "This computer's access to the team was revoked."],
    [
      new TeamError('refused', 'x', 429, 'rate-limited'),
      {},
      'The team server got too many attempts: wait a minute, then try again. Nothing was changed.',
    ],
    [new TeamError('refused', 'x', 403, 'lead-only'), {}, 'Only a team lead can do this.'],
    [
      new TeamError('refused', 'x', 404, 'oidc-off'),
      {},
      `${server} does not offer company sign-in: join with an invite code instead. Nothing was changed.`,
    ],
    [
      new TeamError('refused', 'name: Too big.', 400, 'bad-request'),
      {},
      'The team server refused: name: Too big. Nothing was changed.',
    ],
    [
      new TeamError('bad-answer', 'x', 200),
      {},
      `${server} did not answer like a Careline team server. Check the address. Nothing was changed.`,
    ],
  ])('%s', (error, ctx, text) => {
    expect(teamErrorText(en, error, { server, ...ctx })).toBe(text);
  });

  it('says an invalid address and plain http in Korean too', () => {
    expect(teamErrorText(ko, new TeamError('refused', 'not a web address'), { server: 'careline' })).toBe(
      '“careline”은 웹 주소가 아닙니다. 팀 서버 주소를 입력하세요. 예: https://careline.example.com. 아무것도 바뀌지 않았습니다.',
    );
    expect(teamErrorText(ko, new TeamError('insecure', 'x'), { server })).toBe(
      '팀 서버는 https://를 써야 합니다(http는 이 컴퓨터의 localhost나 127.0.0.1에서만 가능). 아무것도 바뀌지 않았습니다.',
    );
  });
});
