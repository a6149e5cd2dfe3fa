/**
 * The lead's team pack calls from the options page: publish a file, the versions, roll back, approve.
 * The server checks the role (403 for an agent) and who may approve (another lead when there is one).
 */
import type { TeamSessionRecord } from '../db/team-session-repo';
import { teamFetch } from './client';
import { TeamPackList, TeamPackVersions, teamPackPath, type TeamPackSummary } from './packs-wire';

type Auth = Pick<TeamSessionRecord, 'serverUrl' | 'token'>;
const auth = (s: Auth) => ({ serverUrl: s.serverUrl, token: s.token });

export const teamPacksApi = {
  list: async (s: Auth): Promise<TeamPackSummary[]> =>
    (await teamFetch({ ...auth(s), path: '/packs', answer: TeamPackList })).packs,
  publish: (s: Auth, file: string): Promise<TeamPackVersions> =>
    teamFetch({ ...auth(s), path: '/packs', body: { file }, answer: TeamPackVersions }),
  versions: (s: Auth, packId: string): Promise<TeamPackVersions> =>
    teamFetch({ ...auth(s), path: `${teamPackPath(packId)}/versions`, answer: TeamPackVersions }),
  rollBack: (s: Auth, packId: string, version: number): Promise<TeamPackVersions> =>
    teamFetch({ ...auth(s), path: `${teamPackPath(packId)}/rollback`, body: { version }, answer: TeamPackVersions }),
  approve: (s: Auth, packId: string, version: number): Promise<TeamPackVersions> =>
    teamFetch({ ...auth(s), path: `${teamPackPath(packId)}/approve`, body: { version }, answer: TeamPackVersions }),
};
