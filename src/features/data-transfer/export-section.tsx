import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoresCsvOptions } from '../../domain/exchange/scores-csv';
import { nowIso } from '../../lib/clock';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { useExchangeStore } from '../../state/exchange-store';
import type { ExportSelection } from '../../state/exchange-store';
import { useRegionsStore } from '../../state/regions-store';
import { useSettingsStore } from '../../state/settings-store';
import type { UiLang } from '../../state/settings-store';
import { APP_VERSION } from './app-version';
import { dataPageLocale } from './data-page-locale';
import { downloadText, exportFileName } from './download';

/** CSV dialect per UI language (docs/exchange-format.md, "CSV of scores"). */
function csvOptions(lang: UiLang, statusLabels: ScoresCsvOptions['statusLabels']): ScoresCsvOptions {
  const headers = dataPageLocale[lang].csv;
  return lang === 'id'
    ? { delimiter: ';', decimal: ',', headers, statusLabels }
    : { delimiter: ',', decimal: '.', headers, statusLabels };
}

type Message = { readonly ok: boolean; readonly text: string };
type Mode = 'all' | 'chosen';

interface ChooserProps {
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
  readonly chosen: ReadonlySet<string>;
  readonly onToggle: (id: string, on: boolean) => void;
  readonly isEmptyChoice: boolean;
}

/** All assessments, or a chosen few (checkboxes). */
function ExportChooser({ mode, onMode, chosen, onToggle, isEmptyChoice }: ChooserProps) {
  const { t } = useTranslation('dataPage');
  const items = useAssessmentListStore((s) => s.items);
  const catalog = useRegionsStore((s) => s.catalog);
  return (
    <fieldset className="plain">
      <legend className="label">{t('export.which')}</legend>
      <label className="choice">
        <input type="radio" name="export-mode" checked={mode === 'all'} onChange={() => onMode('all')} />
        {t('export.all', { count: items.length })}
      </label>
      <label className="choice">
        <input type="radio" name="export-mode" checked={mode === 'chosen'} onChange={() => onMode('chosen')} />
        {t('export.chosen')}
      </label>
      {mode === 'chosen' && (
        <fieldset className="export-choices">
          <legend className="visually-hidden">{t('export.chooseLegend')}</legend>
          {items.map(({ assessment: a }) => (
            <label key={a.id} className="choice">
              <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => onToggle(a.id, e.target.checked)} />
              {t('export.item', {
                region: catalog?.byCode.get(a.regionCode)?.name ?? a.regionCode,
                period: a.period,
                status: t(`common:status.${a.status}`),
              })}
            </label>
          ))}
        </fieldset>
      )}
      {isEmptyChoice && <p className="hint">{t('export.noneChosen')}</p>}
    </fieldset>
  );
}

/** Export of all or chosen assessments as JSON (complete) or CSV (scores). */
export function ExportSection() {
  const { t } = useTranslation('dataPage');
  const lang = useSettingsStore((s) => s.lang);
  const { items, refresh } = useAssessmentListStore();
  // Actions only: the section does not re-render while an import reports progress.
  const exportJson = useExchangeStore((s) => s.exportJson);
  const exportCsv = useExchangeStore((s) => s.exportCsv);
  const [mode, setMode] = useState<Mode>('all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const selection: ExportSelection = mode === 'all' ? 'all' : items.map((s) => s.assessment.id).filter((id) => chosen.has(id));
  const isEmptyChoice = mode === 'chosen' && selection.length === 0;
  const canExport = items.length > 0 && !isEmptyChoice && !isBusy;

  const run = async (kind: 'json' | 'csv') => {
    setBusy(true);
    setMessage(null);
    const now = nowIso();
    const file =
      kind === 'json'
        ? await exportJson(selection, { now, appVersion: APP_VERSION })
        : await exportCsv(selection, csvOptions(lang, { draft: t('common:status.draft'), final: t('common:status.final') }));
    setBusy(false);
    if (!file) return setMessage({ ok: false, text: t('export.failed') });
    const name = exportFileName(kind === 'csv' ? 'scores' : selection === 'all' ? 'backup' : 'export', now, lang);
    downloadText(file.text, name, kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setMessage({ ok: true, text: t('export.done', { file: name, count: file.count }) });
  };

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="card data-section" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('export.none')}</p>
      ) : (
        <ExportChooser mode={mode} onMode={setMode} chosen={chosen} onToggle={toggle} isEmptyChoice={isEmptyChoice} />
      )}
      <div className="row export-actions">
        <button type="button" className="btn btn-primary" disabled={!canExport} onClick={() => void run('json')}>
          {t('export.json')}
        </button>
        <button type="button" className="btn" disabled={!canExport} onClick={() => void run('csv')}>
          {t('export.csv')}
        </button>
      </div>
      <ul className="hint-list">
        <li>{t('export.jsonHint')}</li>
        <li>{t('export.csvHint')}</li>
      </ul>
      <p role="status" className={message && !message.ok ? 'error-text' : 'status-text'}>
        {isBusy ? t('export.working') : (message?.text ?? '')}
      </p>
    </section>
  );
}
