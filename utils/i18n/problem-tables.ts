/** Every table of problem words (utils/i18n/problems.ts), for the test that checks they are complete. */
import { customersProblems } from './messages/problems-customers';
import { handoffProblems } from './messages/problems-handoff';
import { fieldProblems } from './messages/problems-fields';
import { packProblems } from './messages/problems-pack';
import { teamImportProblems } from './messages/problems-team-import';
import { xProblems } from './messages/problems-x';
import { variableWords } from './messages/variables';
import type { Tables } from './translate';

export const PROBLEM_TABLES: Record<string, Tables<string>> = {
  customers: customersProblems,
  fields: fieldProblems,
  handoff: handoffProblems,
  pack: packProblems,
  teamImport: teamImportProblems,
  x: xProblems,
  variables: variableWords,
};
