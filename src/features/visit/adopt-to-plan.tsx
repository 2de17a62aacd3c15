import { useState } from 'react';
import { elementOrder, listIndicators } from '../../domain/instrument/lookup';
import type { Instrument } from '../../domain/instrument/types';
import { actionYearRange, buildAction } from '../../domain/planning';
import type { ActionErrors } from '../../domain/planning';
import { adoptionActions } from '../../domain/visit/adopt';
import { nowIso } from '../../lib/clock';
import { hrefs } from '../../lib/routes';
import { usePlanStore } from '../../state/plan-store';
import type { VisitSide } from '../../state/visit-sides';
import type { VisitRecord } from '../../state/visit-store';
import type { VisitText } from './use-visit-text';

type Outcome = { readonly ok: true; readonly count: number } | { readonly ok: false; readonly messages: readonly string[] } | null;

interface Props {
  readonly our: VisitSide;
  readonly other: VisitSide;
  readonly otherName: string;
  readonly visit: VisitRecord;
  readonly instrument: Instrument;
  readonly text: VisitText;
}

/** "Tambahkan ke rencana": the marked practices become actions of our plan, with their source. */
export function AdoptToPlan({ our, other, otherName, visit, instrument, text }: Props) {
  const { t } = text;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const marked = Object.keys(visit.adoptions).length;
  const add = async () => {
    setBusy(true);
    const plans = usePlanStore.getState();
    if (plans.assessmentId !== our.id || plans.status !== 'ready') await plans.load(our.id);
    const years = actionYearRange(usePlanStore.getState().plan, our.period);
    const order = elementOrder(instrument).map((e) => e.id);
    const names = Object.fromEntries(order.map((id) => [id, t('adoptName', { element: text.elementName(instrument, id), name: otherName })]));
    const result = adoptionActions(visit.adoptions, order, names, { hostName: otherName, hostCode: other.regionCode, visitDate: visit.date }, {
      years, elementIds: new Set(order), indicatorIds: new Set(listIndicators(instrument).map((i) => i.id)),
    });
    if (!result.ok) {
      const describe = (id: string, e: ActionErrors) => `${text.elementName(instrument, id)}: ${e.opd ? t('adoptErrors.opd') : t('adoptErrors.year', { first: years.first, last: years.last })}`;
      setBusy(false);
      return setOutcome({ ok: false, messages: [...(result.dateMissing ? [t('adoptErrors.date')] : []), ...Object.entries(result.errors).map(([id, e]) => describe(id, e))] });
    }
    const now = nowIso();
    let stored = 0;
    for (const values of result.actions) {
      const elementId = values.lifts[0]?.elementId ?? '';
      if (await usePlanStore.getState().addAction(our.id, buildAction(values, `sb-${other.id}-${elementId}`, now), now)) stored += 1;
    }
    setBusy(false);
    setOutcome(stored === result.actions.length ? { ok: true, count: stored } : { ok: false, messages: [t('adoptErrors.storage')] });
  };
  return (
    <div className="visit-adopt-plan">
      <button type="button" className="btn btn-primary" disabled={busy || marked === 0} onClick={() => void add()}>{t('adoptToPlan', { count: marked })}</button>
      {outcome?.ok ? <p role="status">{t('adopted', { count: outcome.count })} <a href={hrefs.plan(our.id)}>{t('openPlan')}</a></p> : null}
      {outcome && !outcome.ok ? <div role="alert" className="banner banner-error"><ul>{outcome.messages.map((m) => <li key={m}>{m}</li>)}</ul></div> : null}
    </div>
  );
}
