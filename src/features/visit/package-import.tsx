import { useState } from 'react';
import { FilePicker } from '../../components/ui/file-picker';
import type { VisitError } from '../../domain/visit/visit-errors';
import { readVisitPackageFile } from '../../state/file-reader';
import { useRegionsStore } from '../../state/regions-store';
import { sideKey, useVisitStore } from '../../state/visit-store';
import type { VisitText } from './use-visit-text';
import { visitErrorText } from './visit-error-text';

type Outcome = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly errors: readonly VisitError[] } | null;

/** Opens a host's visit package: all checks pass and it is kept, or it is refused and nothing changes. */
export function PackageImport({ text, onOpened }: { text: VisitText; onOpened: (key: string) => void }) {
  const { t } = text;
  const catalog = useRegionsStore((s) => s.catalog);
  const addPackage = useVisitStore((s) => s.addPackage);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const open = async (file: File) => {
    if (!catalog) return;
    setBusy(true);
    setOutcome(null);
    const result = await readVisitPackageFile(file, catalog).result;
    // A package is "kept" only once IndexedDB committed it; a failed write shows the storage banner.
    const kept = result?.ok ? await addPackage(result.pkg) : false;
    setBusy(false);
    if (!result) return;
    if (!result.ok) return setOutcome({ ok: false, errors: result.errors });
    if (!kept) return;
    setOutcome({ ok: true, message: t('imported', { name: text.regionName(result.pkg.host.regionCode), period: result.pkg.host.period }) });
    onOpened(sideKey.pkg(result.pkg.packageId));
  };
  return (
    <div className="visit-import">
      <FilePicker id="visit-package-file" label={t('importTitle')} button={t('importButton')} hint={t('importHint')} disabled={busy || !catalog}
        onFile={(file) => void open(file)} />
      {busy ? <p role="status">{t('loading')}</p> : null}
      {outcome?.ok ? <p role="status" className="visit-ok">{outcome.message}</p> : null}
      {outcome && !outcome.ok ? (
        <div role="alert" className="banner banner-error">
          <p>{t('refused')}</p>
          <ul>{outcome.errors.map((e, i) => <li key={i}>{visitErrorText(e, text)}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}
