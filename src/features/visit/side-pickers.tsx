import { hrefs, replaceRoute } from '../../lib/routes';
import type { VisitSide } from '../../state/visit-sides';
import type { VisitText } from './use-visit-text';

/** A side as a region, period and, for a package, a mark. */
export function sideLabel(side: VisitSide, text: VisitText): string {
  const values = { name: text.regionName(side.regionCode), period: side.period };
  return side.kind === 'package' ? text.t('packageOption', values) : text.t('assessmentOption', values);
}

interface Props {
  readonly sides: readonly VisitSide[];
  readonly ours: string | undefined;
  readonly other: string | undefined;
  readonly text: VisitText;
}

/** Our assessment (one on this device) and the other side (any other region's assessment or package). */
export function SidePickers({ sides, ours, other, text }: Props) {
  const { t } = text;
  const our = sides.find((s) => s.kind === 'assessment' && s.id === ours);
  const hosts = sides.filter((s) => s.regionCode !== our?.regionCode);
  return (
    <div className="visit-pickers">
      <div className="field">
        <label htmlFor="visit-ours">{t('ours')}</label>
        <select id="visit-ours" value={ours ?? ''} onChange={(e) => replaceRoute(hrefs.visit(e.target.value || undefined, other))}>
          <option value="">{t('choose')}</option>
          {sides.filter((s) => s.kind === 'assessment').map((s) => <option key={s.key} value={s.id}>{sideLabel(s, text)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="visit-other">{t('other')}</label>
        <select id="visit-other" value={other ?? ''} onChange={(e) => replaceRoute(hrefs.visit(ours, e.target.value || undefined))}>
          <option value="">{t('choose')}</option>
          {hosts.map((s) => <option key={s.key} value={s.key}>{sideLabel(s, text)}</option>)}
        </select>
      </div>
    </div>
  );
}
