import { useId } from 'react';
import type { Instrument, Level } from '../../domain/instrument/types';
import { rubricLevel } from '../../domain/instrument/lookup';
import { bandOf } from '../../domain/scoring/bands';
import type { ElementGap } from '../../domain/visit/gap-map';
import type { SharedElement } from '../../domain/visit/visit-format';
import type { Adoption } from '../../domain/visit/adopt';
import { EvidenceItem } from './links';
import type { VisitText } from './use-visit-text';

interface Props {
  readonly gap: ElementGap;
  readonly shared: SharedElement | undefined;
  readonly instrument: Instrument;
  readonly otherName: string;
  readonly adoption: Adoption | undefined;
  readonly defaultYear: number;
  readonly onAdopt: (adoption: Adoption | undefined) => void;
  readonly text: VisitText;
}

/** One element where the other side is ahead: both levels with their rubric, what is shared, and "adopt". */
export function PracticeCard({ gap, shared, instrument, otherName, adoption, defaultYear, onAdopt, text }: Props) {
  const { t, lang } = text;
  const id = useId();
  const ourLevel = gap.ours === null ? null : bandOf(gap.ours);
  const theirLevel = gap.theirs === null ? null : bandOf(gap.theirs);
  const descriptor = (level: Level | null) => (level === null ? '—' : rubricLevel(instrument, level)?.descriptor[lang] ?? '');
  const name = text.elementName(instrument, gap.elementId);
  const change = (patch: Partial<Adoption>) => adoption && onAdopt({ ...adoption, ...patch });
  return (
    <article className="visit-card" aria-labelledby={`${id}-title`} data-element={gap.elementId}>
      <h3 id={`${id}-title`}>{name}</h3>
      <dl className="visit-card__levels">
        <div><dt>{t('rubricOther')}</dt><dd>{t('levelOf', { name: otherName, level: theirLevel, score: text.score(gap.theirs) })} — {descriptor(theirLevel)}</dd></div>
        <div><dt>{t('rubricOurs')}</dt><dd>{t('levelOf', { name: t('colOurs'), level: ourLevel, score: text.score(gap.ours) })} — {descriptor(ourLevel)}</dd></div>
      </dl>
      {shared?.practice ? <><h4>{t('practice')}</h4><p className="visit-practice">{shared.practice}</p></> : null}
      {shared?.opd ? <p>{t('opd')}: {shared.opd}</p> : null}
      {shared?.evidence?.length ? <><h4>{t('evidence')}</h4><ul>{shared.evidence.map((e, i) => <EvidenceItem key={i} item={e} linkLabel={t('link')} />)}</ul></> : null}
      {shared?.notes?.length ? <><h4>{t('sharedNotes')}</h4><ul>{shared.notes.map((n, i) => <li key={i}>{n}</li>)}</ul></> : null}
      {!shared || Object.keys(shared).length === 0 ? <p className="muted">{t('nothingShared')}</p> : null}
      <div className="visit-adopt">
        <label className="visit-check">
          <input type="checkbox" checked={adoption !== undefined}
            onChange={(e) => onAdopt(e.target.checked ? { ownerOpd: shared?.opd ?? '', targetYear: String(defaultYear), note: '', quickWin: false } : undefined)} />
          {t('adopt')}
        </label>
        {adoption ? (
          <div className="visit-adopt__fields">
            <div className="field"><label htmlFor={`${id}-owner`}>{t('adoptOwner')}</label>
              <input id={`${id}-owner`} value={adoption.ownerOpd} onChange={(e) => change({ ownerOpd: e.target.value })} /></div>
            <div className="field"><label htmlFor={`${id}-year`}>{t('adoptYear')}</label>
              <input id={`${id}-year`} inputMode="numeric" value={adoption.targetYear} onChange={(e) => change({ targetYear: e.target.value })} /></div>
            <div className="field"><label htmlFor={`${id}-note`}>{t('adoptNote')}</label>
              <textarea id={`${id}-note`} value={adoption.note} onChange={(e) => change({ note: e.target.value })} /></div>
            <label className="visit-check"><input type="checkbox" checked={adoption.quickWin} onChange={(e) => change({ quickWin: e.target.checked })} />{t('adoptQuickWin')}</label>
          </div>
        ) : null}
      </div>
    </article>
  );
}
