import { useEffect, useMemo, useState } from 'react';
import { getInstrument } from '../../domain/instrument/registry';
import type { VisitChoices } from '../../domain/visit/build-visit-package';
import { buildVisitPackage } from '../../domain/visit/build-visit-package';
import { SHARE_FIELDS } from '../../domain/visit/visit-format';
import { serializeVisitPackage } from '../../domain/visit/visit-write';
import { nowIso } from '../../lib/clock';
import { downloadText } from '../../lib/download';
import { newId } from '../../lib/ids';
import { hrefs, replaceRoute } from '../../lib/routes';
import { sha256Hex } from '../../lib/sha256';
import { readAssessments } from '../../state/read-assessments';
import { useVisitSides } from '../../state/visit-sides';
import { useVisitStore } from '../../state/visit-store';
import { ExportElements } from './export-elements';
import { PackagePreview } from './package-preview';
import { SaveStatus } from './save-status';
import { useVisitText } from './use-visit-text';
import './visit.css';

type Bundle = NonNullable<ReturnType<Awaited<ReturnType<typeof readAssessments>>['get']>>;

const NOTHING: VisitChoices = {
  shares: { evidence: true, opd: true, practice: true, notes: false, contact: false }, practices: {}, opds: {}, evidence: [], contact: '',
};

/** `#/studi-banding/paket?dari=<id>`: the host chooses what to share and sees exactly what will leave the device. */
export default function VisitExportPage({ from }: { from?: string }) {
  const text = useVisitText();
  const { t } = text;
  const { status, sides } = useVisitSides();
  const choices = useVisitStore((s) => (from ? s.drafts[from] : undefined)) ?? NOTHING;
  const saveDraft = useVisitStore((s) => s.saveDraft);
  const [bundle, setBundle] = useState<Bundle | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!from) return;
    let live = true;
    void readAssessments([from]).then((found) => live && setBundle(found.get(from) ?? null), () => undefined);
    return () => {
      live = false;
    };
  }, [from]);
  const ready = bundle && bundle.assessment.id === from ? bundle : null;
  const instrument = ready ? getInstrument(ready.assessment.instrumentVersion) : undefined;
  const change = (patch: Partial<VisitChoices>) => from && saveDraft(from, { ...choices, ...patch });
  const pkg = useMemo(() => (ready && instrument ? buildVisitPackage({
    assessment: ready.assessment, answers: ready.answers, instrument, choices,
    regionName: text.regionName(ready.assessment.regionCode), packageId: 'preview', now: '',
  }) : null), [ready, instrument, choices, text]);
  const download = async () => {
    if (!ready || !instrument) return;
    const final = buildVisitPackage({ assessment: ready.assessment, answers: ready.answers, instrument, choices, regionName: text.regionName(ready.assessment.regionCode), packageId: newId(), now: nowIso() });
    const file = `paket-studi-banding-${ready.assessment.regionCode}-${ready.assessment.period}.json`;
    downloadText(await serializeVisitPackage(final, sha256Hex, { name: 'Siap Cerdas', version: '1' }), file, 'application/json');
    setMessage(t('export.done', { file }));
  };
  return (
    <section className="page visit-page">
      <h1 tabIndex={-1}>{t('export.title')}</h1>
      <p className="muted">{t('export.intro')}</p>
      <div className="field">
        <label htmlFor="visit-export-from">{t('export.from')}</label>
        <select id="visit-export-from" value={from ?? ''} onChange={(e) => replaceRoute(hrefs.visitExport(e.target.value || undefined))}>
          <option value="">{t('choose')}</option>
          {sides.filter((s) => s.kind === 'assessment').map((s) => (
            <option key={s.key} value={s.id}>{t('assessmentOption', { name: text.regionName(s.regionCode), period: s.period })}</option>
          ))}
        </select>
      </div>
      {ready && instrument && pkg && status !== 'loading' ? (
        <>
          <fieldset className="plain">
            <legend className="label">{t('export.sharesLegend')}</legend>
            {SHARE_FIELDS.map((field) => (
              <label key={field} className="visit-check">
                <input type="checkbox" checked={choices.shares[field]} onChange={(e) => change({ shares: { ...choices.shares, [field]: e.target.checked } })} />
                {t(`export.share.${field}`)}
              </label>
            ))}
          </fieldset>
          {choices.shares.contact ? (
            <div className="field"><label htmlFor="visit-export-contact">{t('export.contact')}</label>
              <input id="visit-export-contact" value={choices.contact} onChange={(e) => change({ contact: e.target.value })} /></div>
          ) : null}
          <ExportElements instrument={instrument} answers={ready.answers} choices={choices} onChange={change} text={text} />
          <SaveStatus kind="draft" id={ready.assessment.id} text={text} />
          <PackagePreview pkg={pkg} instrument={instrument} text={text} />
          <p><button type="button" className="btn btn-primary" onClick={() => void download()}>{t('export.download')}</button></p>
          {message ? <p role="status">{message}</p> : null}
        </>
      ) : null}
    </section>
  );
}
