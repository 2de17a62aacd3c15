import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import { ScrollTable } from '../../components/ui/scroll-table';
import type { AnswerMap } from '../../domain/assessment/types';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { opdProgress } from '../../domain/planning';

interface OpdProgressProps {
  readonly instrument: Instrument;
  readonly assignments: Readonly<Record<string, string>>;
  readonly answers: AnswerMap;
  readonly lang: Lang;
  /** Caption shown above the table (default: the standard caption). */
  readonly caption?: string;
}

/** Answering progress per responsible OPD (plus the unassigned indicators). */
export function OpdProgressTable({ instrument, assignments, answers, caption }: OpdProgressProps) {
  const { t } = useTranslation('planning');
  const rows = opdProgress(instrument, assignments, answers);
  return (
    <ScrollTable caption={caption ?? t('opd.progressCaption')} isCaptionHidden={caption === undefined} className="plan-table">
      <thead>
        <tr>
          <th scope="col">{t('opd.opdName')}</th>
          <th scope="col" className="num">{t('opd.total')}</th>
          <th scope="col" className="num">{t('opd.answered')}</th>
          <th scope="col" className="num">{t('opd.na')}</th>
          <th scope="col" className="num">{t('opd.unanswered')}</th>
          <th scope="col">{t('opd.progress')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = row.opd ?? t('opd.unassigned');
          return (
            <tr key={row.opd ?? '\u0000unassigned'}>
              <th scope="row">{name}</th>
              <td className="num">{row.total}</td>
              <td className="num">{row.answered}</td>
              <td className="num">{row.na}</td>
              <td className="num">{row.unanswered}</td>
              <td>
                <ProgressBar done={row.answered + row.na} total={row.total} label={`${t('opd.progress')} ${name}`} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
