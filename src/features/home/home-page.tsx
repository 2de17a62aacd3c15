import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { hrefs } from '../../lib/routes';
import { useAssessmentListStore } from '../../state/assessment-list-store';
import { useRegionsStore } from '../../state/regions-store';
import { useAppStatusStore } from '../../state/app-status-store';
import { AssessmentTable } from './assessment-table';
import { DataLossNotice } from './data-loss-notice';

/** The list of assessments; `children` are panels composed by the app shell (backup, storage). */
export function HomePage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('home');
  const { items, status, refresh, remove } = useAssessmentListStore();
  const catalog = useRegionsStore((s) => s.catalog);
  const dataLost = useAppStatusStore((s) => s.dataLoss !== null);
  const [pendingDelete, setPendingDelete] = useState<{ id: string; label: string; period: number } | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const regionName = useCallback((code: string) => catalog?.byCode.get(code)?.name ?? code, [catalog]);

  return (
    <section className="page">
      <div className="row">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <span className="spacer" />
        <a className="btn btn-primary" href={hrefs.newAssessment()}>
          + {t('newAssessment')}
        </a>
      </div>
      <p className="muted">{t('intro')}</p>
      <p role="status" className="visually-hidden">{notice}</p>
      <h2>{t('listTitle')}</h2>
      {status === 'error' && <p className="error-text">{t('loadError')}</p>}
      <DataLossNotice />
      {status === 'ready' && items.length === 0 && !dataLost && <p className="card">{t('empty')}</p>}
      {items.length > 0 && (
        <AssessmentTable
          items={items}
          regionName={regionName}
          onDelete={(s) => setPendingDelete({ id: s.assessment.id, label: regionName(s.assessment.regionCode), period: s.assessment.period })}
        />
      )}
      {children && <div className="home-panels">{children}</div>}
      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('confirmTitle')}
        message={pendingDelete ? t('confirmMessage', { region: pendingDelete.label, period: pendingDelete.period }) : ''}
        confirmLabel={t('confirmDelete')}
        cancelLabel={t('common:cancel')}
        danger
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          const target = pendingDelete;
          setPendingDelete(null);
          if (target)
            void remove(target.id).then((ok) => {
              if (ok) setNotice(t('deleted', { region: target.label, period: target.period }));
            });
        }}
      />
    </section>
  );
}
