import { useEffect, useState } from 'react';
import { hrefs, replaceRoute } from '../../lib/routes';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { useRegionsStore } from '../../state/regions-store';
import type { ReportText } from './use-report-text';

/**
 * Screen-only picker over the assessments stored on this device. Ticking or unticking one
 * rewrites the URL ids (`#/bandingkan?ids=…`), which the route turns into the comparison, so the
 * choice survives a reload and can be bookmarked.
 */
export function ComparisonPicker({ selected, text }: { selected: readonly string[]; text: ReportText }) {
  const { t } = text;
  const items = useAssessmentListStore((s) => s.items);
  const status = useAssessmentListStore((s) => s.status);
  const refresh = useAssessmentListStore((s) => s.refresh);
  const catalog = useRegionsStore((s) => s.catalog);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // The boxes follow the URL, but show a click at once: the hashchange that updates the route
  // arrives a task later, and a controlled checkbox would otherwise flip back in between.
  const [shown, setShown] = useState<readonly string[]>(selected);
  const [fromRoute, setFromRoute] = useState(selected.join(','));
  if (fromRoute !== selected.join(',')) {
    setFromRoute(selected.join(','));
    setShown(selected);
  }
  const toggle = (id: string, isOn: boolean) => {
    const next = isOn ? [...shown.filter((s) => s !== id), id] : shown.filter((s) => s !== id);
    setShown(next);
    replaceRoute(hrefs.compare(next));
  };
  const sorted = [...items].sort((a, b) =>
    a.assessment.regionCode.localeCompare(b.assessment.regionCode) || a.assessment.period - b.assessment.period);
  return (
    <section className="report-picker">
      <fieldset aria-describedby="comparison-picker-hint">
        <legend>{t('comparison.pickerTitle')}</legend>
        <p id="comparison-picker-hint" className="report-toolbar__hint">{t('comparison.pickerHint')}</p>
        {status === 'ready' && items.length === 0 ? <p>{t('comparison.empty')}</p> : null}
        <ul>
          {sorted.map(({ assessment: a }) => (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={shown.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
                {t('comparison.pickerItem', {
                  region: catalog?.byCode.get(a.regionCode)?.name ?? a.regionCode,
                  period: a.period,
                  status: t(`common:status.${a.status}`),
                })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
