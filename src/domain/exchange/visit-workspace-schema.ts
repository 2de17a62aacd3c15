/**
 * Zod schema of a full backup's `visitWorkspace` member (added within format version 1,
 * docs/exchange-format.md): the studi-banding workspace of the device (`domain/visit/workspace.ts`).
 * Free texts are capped generously: a backup this app wrote must never be refused by it.
 */
import { z } from 'zod/mini';
import { visitPackageBody } from '../visit/visit-schema';
import { ELEMENT_ID, matching, sized, text } from './schema-parts';

/** Cap of every free text the user types in the workspace (delegation, questions, lessons, practice drafts …). */
const FREE_TEXT_MAX = 100_000;
const free = text(FREE_TEXT_MAX);
const elementId = matching(ELEMENT_ID);

const adoptionSchema = z.object({ ownerOpd: free, targetYear: free, note: free, quickWin: z.boolean() });

const visitRecordSchema = z.object({
  date: text(10),
  delegation: free,
  questions: z.nullable(free),
  lessons: free,
  adoptions: z.record(elementId, adoptionSchema),
});


const draftSchema = z.object({
  shares: visitPackageBody.shares,
  practices: z.record(elementId, free),
  opds: z.record(elementId, free),
  evidence: z.array(text(500)),
  contact: free,
});

export const visitWorkspaceSchema = z
  .object({
    packages: z.array(z.object(visitPackageBody)),
    drafts: z.record(sized(1, 200), draftSchema),
    visits: z.record(sized(1, 500), visitRecordSchema),
  })
  .check(z.describe('The studi-banding workspace (docs/exchange-format.md); only in a full backup.'));
