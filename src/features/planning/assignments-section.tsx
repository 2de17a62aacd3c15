import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ui/scroll-table';
import { Section } from '../../components/ui/section';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { emptyPlan, setAssignment } from '../../domain/planning';
import type { AssessmentPlan } from '../../domain/planning/types';
import { nowIso } from '../../lib/clock';
import { usePlanStore } from '../../state/plan-store';
import { OpdInput } from './opd-input';

interface AssignmentsProps {
  readonly assessmentId: string;
  readonly instrument: Instrument;
  readonly plan: AssessmentPlan | null;
  readonly lang: Lang;
}

/** The responsible OPD per element, with an optional override per indicator. Saved as typed. */
export function AssignmentsSection({ assessmentId, instrument, plan, lang }: AssignmentsProps) {
  const { t } = useTranslation('planning');
  const update = usePlanStore((s) => s.update);
  const assignments = plan?.assignments ?? {};
  const assign = (key: string, opd: string) => {
    const now = nowIso();
    void update((current) => setAssignment(current ?? emptyPlan(assessmentId, now), key, opd), now);
  };
  return (
    <Section title={t('opd.assignHeading')}>
      <ScrollTable caption={t('opd.assignCaption')} isCaptionHidden className="plan-table plan-assign">
        <thead>
          <tr>
            <th scope="col">{t('roadmap.element')}</th>
            <th scope="col">{t('opd.opdName')}</th>
          </tr>
        </thead>
        <tbody>
          {instrument.dimensions.flatMap((d) =>
            d.elements.map((e) => {
              const label = `${e.id} ${e.name[lang]}`;
              const elementOpd = assignments[e.id] ?? '';
              const overrides = e.indicators.filter((i) => (assignments[i.id] ?? '') !== '').length;
              return (
                <tr key={e.id}>
                  <th scope="row">{label}</th>
                  <td>
                    <OpdInput value={elementOpd} ariaLabel={t('opd.assignElement', { element: label })} onChange={(v) => assign(e.id, v)} />
                    <details className="plan-overrides" open={overrides > 0 ? true : undefined}>
                      <summary>{t('opd.perIndicator', { element: e.id })}</summary>
                      {elementOpd ? <p className="muted plan-override-hint">{t('opd.inherit')}: {elementOpd}</p> : null}
                      <ul className="plan-override-list">
                        {e.indicators.map((i) => (
                          <li key={i.id}>
                            <OpdInput value={assignments[i.id] ?? ''} ariaLabel={t('opd.assignIndicator', { indicator: `${i.id} ${i.question[lang]}` })}
                              placeholder={t('opd.inherit')} onChange={(v) => assign(i.id, v)} />
                            <span className="muted">{i.id}</span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </ScrollTable>
    </Section>
  );
}
