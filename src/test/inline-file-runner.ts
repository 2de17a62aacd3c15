/**
 * The file reader without a Worker (Node has none): the same pure reader the worker runs
 * (`domain/files/read-file.ts`), inline, reporting the same steps. Installed for every test by
 * `setup.ts`.
 */
import { unreadable } from '../domain/files/file-kinds';
import { readFileText } from '../domain/files/read-file';
import { sha256Hex } from '../lib/sha256';
import type { FileRunner } from '../state/file-reader';

export const inlineFileRunner: FileRunner = ({ kind, file, catalog }, onProgress) => {
  let cancelled = false;
  onProgress({ step: 'reading', done: 0, total: file.size });
  const result = file.text().then(
    (text) => {
      onProgress({ step: 'checking', done: file.size, total: file.size });
      return readFileText(kind === 'exchange' && catalog ? { kind, text, catalog } : { kind: 'workPackage', text }, sha256Hex);
    },
    () => unreadable(kind),
  );
  return { result: result.then((r) => (cancelled ? null : r)), cancel: () => void (cancelled = true) };
};
