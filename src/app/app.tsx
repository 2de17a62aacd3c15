import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupPanel } from '../features/data-transfer/backup-panel';
import { StoragePanel } from '../features/device/storage-panel';
import { HomePage } from '../features/home/home-page';
import { NewAssessmentPage } from '../features/new-assessment/new-assessment-page';
import { QuestionnairePage } from '../features/questionnaire/questionnaire-page';
import type { Route } from '../lib/routes';
import { hrefs } from '../lib/routes';
import { useRegionsStore } from '../state/regions-store';
import { LanguageSwitch } from './language-switch';
import { ReloadPrompt } from './reload-prompt';
import { StatusBanners } from './status-banners';
import { useHashRoute } from './use-hash-route';

// Rarely used or chart-heavy screens load on demand, keeping Recharts out of the first bundle.
const ResultsPage = lazy(() => import('../features/results/results-page'));
const ExplainPage = lazy(() => import('../features/results/explain-page'));
const MethodPage = lazy(() => import('../features/about/method-page'));
const ReportPage = lazy(() => import('../features/report/report-page'));
const ComparisonPage = lazy(() => import('../features/report/comparison-page'));
const DataPage = lazy(() => import('../features/data-transfer/data-page'));
const BenchmarkPage = lazy(() => import('../features/benchmark/benchmark-page'));

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return (
        <HomePage>
          <BackupPanel />
          <StoragePanel />
        </HomePage>
      );
    case 'new':
      return <NewAssessmentPage {...(route.copyFrom ? { copyFrom: route.copyFrom } : {})} />;
    case 'questionnaire':
      return <QuestionnairePage id={route.id} {...(route.elementId ? { elementId: route.elementId } : {})} />;
    case 'results':
      return <ResultsPage id={route.id} />;
    case 'explain':
      return <ExplainPage id={route.id} />;
    case 'report':
      return <ReportPage id={route.id} />;
    case 'compare':
      return <ComparisonPage ids={route.ids} />;
    case 'data':
      return <DataPage />;
    case 'benchmark':
      return <BenchmarkPage {...(route.focus ? { focus: route.focus } : {})} />;
    case 'method':
      return <MethodPage />;
    case 'not_found':
      return (
        <section className="page">
          <h1 tabIndex={-1}>{t('notFound')}</h1>
          <a href={hrefs.home()}>{t('backHome')}</a>
        </section>
      );
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const loadRegions = useRegionsStore((s) => s.load);
  useEffect(() => {
    void loadRegions();
  }, [loadRegions]);
  useEffect(() => {
    // Move focus to the new page's heading so keyboard and screen-reader users land on it.
    const h1 = document.querySelector<HTMLElement>('main h1');
    if (h1 && document.activeElement === document.body) h1.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [route.name]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href={hrefs.home()}>
          <img src="favicon.svg" alt="" width="28" height="28" />
          <span>{t('appName')}</span>
        </a>
        <nav aria-label={t('nav.mainNav')} className="app-nav">
          <a href={hrefs.home()} aria-current={route.name === 'home' ? 'page' : undefined}>{t('nav.home')}</a>
          <a href={hrefs.benchmark()} aria-current={route.name === 'benchmark' ? 'page' : undefined}>{t('nav.benchmark')}</a>
          <a href={hrefs.data()} aria-current={route.name === 'data' ? 'page' : undefined}>{t('nav.data')}</a>
          <a href={hrefs.method()} aria-current={route.name === 'method' ? 'page' : undefined}>{t('nav.method')}</a>
        </nav>
        <LanguageSwitch />
      </header>
      <StatusBanners />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="page" role="status">{t('loading')}</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
        <p>{t('disclaimer')}</p>
      </footer>
      <ReloadPrompt />
    </>
  );
}
