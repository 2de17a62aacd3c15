import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { statusIn, timelineGroups } from '../../domain/planning';
import type { PlanAction } from '../../domain/planning/types';
import { localeOf } from '../../i18n';
import { dimensionName } from './instrument-names';

interface TimelineProps {
  readonly instrument: Instrument;
  readonly actions: readonly PlanAction[];
  readonly years: readonly number[];
  readonly lang: Lang;
  /**
   * "Ubah" and "Hapus" on each row ("Ubah" is off while an edit is open: finish or cancel it first);
   * without them (an OPD's package copy) the timeline is read-only.
   */
  readonly isEditing?: boolean;
  readonly onEdit?: (action: PlanAction) => void;
  readonly onDelete?: (action: PlanAction) => void;
}

/** "Diadopsi dari Kota Cirebon, studi banding 25 Maret 2019" under an adopted action. */
export function ActionSourceLine({ action, lang }: { action: PlanAction; lang: Lang }) {
  const { t } = useTranslation('actions');
  const s = action.source;
  if (!s) return null;
  const date = new Date(`${s.visitDate}T00:00:00`).toLocaleDateString(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' });
  return <span className="muted"> · {t('timeline.source', { host: s.hostName, date })}</span>;
}

/**
 * The roadmap as a timeline: one row per action across the years (a filled cell with that year's
 * status where it runs), grouped by dimension or OPD. The table is itself the accessible form of
 * the Gantt bars: every cell names the status in words.
 */
export function ActionTimeline({ instrument, actions, years, lang, isEditing, onEdit, onDelete }: TimelineProps) {
  const { t } = useTranslation('actions');
  const [by, setBy] = useState<'dimension' | 'opd'>('dimension');
  const groups = timelineGroups(instrument, actions, by);
  const edit = onEdit && onDelete ? { onEdit, onDelete } : null;
  const groupName = (key: string) => (by === 'opd' ? key : key === '' ? t('timeline.noElementGroup') : dimensionName(instrument, key, lang));
  return (
    <section aria-labelledby="act-timeline-title">
      <h2 id="act-timeline-title" tabIndex={-1}>{t('timeline.heading')}</h2>
      <fieldset className="row">
        <legend>{t('timeline.groupBy')}</legend>
        {(['dimension', 'opd'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="act-group" checked={by === g} onChange={() => setBy(g)} /> {g === 'opd' ? t('timeline.byOpd') : t('timeline.byDimension')}
          </label>
        ))}
      </fieldset>
      {actions.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : (
        <ScrollTable caption={t('timeline.caption')} className="plan-table act-timeline">
          <thead>
            <tr>
              <th scope="col">{t('timeline.action')}</th>
              <th scope="col">{t('timeline.opd')}</th>
              {years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
              {edit ? <th scope="col">{t('edit.column')}</th> : null}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.key}>
              <tr><th scope="colgroup" colSpan={years.length + (edit ? 3 : 2)} className="act-group">{groupName(g.key)}</th></tr>
              {g.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.name}{a.quickWin ? <span className="badge"> {t('timeline.quickWin')}</span> : null}
                    <ActionSourceLine action={a} lang={lang} />
                  </th>
                  <td>{a.opd}</td>
                  {years.map((y) => {
                    const runs = y >= a.startYear && y <= a.endYear;
                    const status = statusIn(a, y);
                    return <td key={y} className={runs ? `act-bar act-${status}` : undefined}>{runs ? `■ ${t(`status.${status}`)}` : ''}</td>;
                  })}
                  {edit ? (
                    <td className="act-row-buttons">
                      <button type="button" id={`act-edit-${a.id}`} className="btn btn-small" disabled={isEditing} aria-label={t('edit.editOf', { name: a.name })} onClick={() => edit.onEdit(a)}>{t('edit.edit')}</button>
                      <button type="button" className="btn btn-small btn-danger" aria-label={t('edit.removeOf', { name: a.name })} onClick={() => edit.onDelete(a)}>{t('edit.remove')}</button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
