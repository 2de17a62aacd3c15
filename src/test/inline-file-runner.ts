/**
 * The file reader without a Worker (Node has none): the same session the worker runs
 * (`state/file-session.ts`), inline on the repository the store passes, reporting the same
 * steps. Installed for every test by `setup.ts`.
 */
import { unreadable } from '../domain/files/file-kinds';
import type { FileRunner } from '../state/file-reader';
import { createFileSession } from '../state/file-session';

export const inlineFileRunner: FileRunner = ({ kind, file, catalog }, onProgress, repository) => {
  const session = createFileSession(repository);
  let cancelled = false;
  onProgress({ step: 'reading', done: 0, total: file.size });
  const result = file.text().then(
    (text) => {
      onProgress({ step: 'checking', done: file.size, total: file.size });
      return session.read(kind === 'exchange' && catalog ? { kind, text, catalog } : { kind: 'workPackage', text });
    },
    () => unreadable(kind),
  );
  return {
    result: result.then((r) => (cancelled ? null : r)),
    cancel: () => void (cancelled = true),
    rows: (offset) => Promise.resolve(session.rows(offset)),
    apply: (request, onApplyProgress) => session.apply(request, (done, total) => onApplyProgress({ step: 'saving', done, total })),
  };
};
