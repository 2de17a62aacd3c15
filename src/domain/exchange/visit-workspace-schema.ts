/**
 * Zod schema of a full backup's `visitWorkspace` member (added within format version 1,
 * docs/exchange-format.md): the studi-banding workspace of the device (`domain/visit/workspace.ts`).
 * Free texts are capped generously: a backup this app wrote must never be refused by it.
 */
import { z } from 'zod/mini';
import { visitPackageBody } from '../visit/visit-schema';
import { ELEMENT_ID, sized, text } from './schema-parts';

/** Cap of every free text the user types in the workspace (delegation, questions, lessons, practice drafts …). */
const FREE_TEXT_MAX = 100_000;
const free = text(FREE_TEXT_MAX);

const adoptionSchema = z.object({ ownerOpd: free, targetYear: free, note: free, quickWin: z.boolean() });

const visitRecordSchema = z.object({
  date: text(10).check(z.describe('Visit date YYYY-MM-DD, or empty.')),
  delegation: free,
  questions: z.nullable(free).check(z.describe('Questions to ask; null until edited (the app prefills them from the gaps).')),
  lessons: free,
  adoptions: z.record(z.string().check(z.regex(ELEMENT_ID)), adoptionSchema).check(z.describe('Practices marked to adopt, by element id.')),
});

const flag = z.boolean();

const draftSchema = z.object({
  shares: z.object({ evidence: flag, opd: flag, practice: flag, notes: flag, contact: flag }),
  practices: z.record(z.string().check(z.regex(ELEMENT_ID)), free),
  opds: z.record(z.string().check(z.regex(ELEMENT_ID)), free),
  evidence: z.array(text(500)).check(z.describe('Chosen evidence items as "<indicator id>#<evidence id>".')),
  contact: free,
});

export const visitWorkspaceSchema = z
  .object({
    packages: z.array(z.object(visitPackageBody)).check(z.describe('Visit packages opened on the device, without their file envelope.')),
    drafts: z.record(sized(1, 200), draftSchema).check(z.describe("A host's export choices, by assessment id.")),
    visits: z.record(sized(1, 500), visitRecordSchema).check(z.describe('Visit records, by "<our assessment id>|paket:<package id>" or "<our assessment id>|penilaian:<assessment id>".')),
  })
  .check(z.describe('The studi-banding workspace; only in a full backup. Restored entry by entry: an entry already on the device is kept.'));
