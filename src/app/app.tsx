import { lazy, memo, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../features/home/home-page';
import type { AssessmentScreen } from '../components/ui/assessment-bar';
import type { Route } from '../lib/routes';
import { hrefs } from '../lib/routes';
import { useRegionsStore } from '../state/regions-store';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { ReloadPrompt } from './reload-prompt';
import { StatusBanners } from './status-banners';
import { useHashRoute } from './use-hash-route';

// Every screen but home loads on demand (a precached chunk, so offline too): the first bundle stays
// within its byte budget (docs/performance.md) and Recharts stays out of it.
const loadNewAssessment = () => import('../features/new-assessment/new-assessment-page');
const loadQuestionnaire = () => import('../features/questionnaire/questionnaire-page');
const loadBackupPanel = () => import('../features/data-transfer/backup-panel').then((m) => ({ default: m.BackupPanel }));
const loadStoragePanel = () => import('../features/device/storage-panel').then((m) => ({ default: m.StoragePanel }));
const NewAssessmentPage = lazy(loadNewAssessment);
const QuestionnairePage = lazy(loadQuestionnaire);
// The home page's panels sit below the list: they may appear a moment after it.
const BackupPanel = lazy(loadBackupPanel);
const StoragePanel = lazy(loadStoragePanel);
const ResultsPage = lazy(() => import('../features/results/results-page'));
const ExplainPage = lazy(() => import('../features/results/explain-page'));
const MethodPage = lazy(() => import('../features/about/method-page'));
const loadReport = () => import('../features/report/report-page');
const ReportPage = lazy(loadReport);
// In the report's chunk: the same model, frame and paper rules.
const OpdPlanPage = lazy(() => loadReport().then((m) => ({ default: m.OpdPlanPage })));
const ComparisonPage = lazy(() => import('../features/report/comparison-page'));
const DataPage = lazy(() => import('../features/data-transfer/data-page'));
const BenchmarkPage = lazy(() => import('../features/benchmark/benchmark-page'));
const PlanningPage = lazy(() => import('../features/planning/planning-page'));
const OpdPage = lazy(() => import('../features/planning/opd-page'));
const ActionPlanPage = lazy(() => import('../features/planning/action-plan-page'));
// In the questionnaire's chunk: each of its entries opens the questionnaire anyway.
const WhatsLeftPage = lazy(() => loadQuestionnaire().then((m) => ({ default: m.WhatsLeftPage })));
const OpenPackagePanel = lazy(() => import('../features/planning/open-package-panel'));
const PackageBar = lazy(() => import('../features/planning/package-bar'));
const AssessmentBarSlot = lazy(() => import('./assessment-bar-slot'));
const VisitPage = lazy(() => import('../features/visit/visit-page'));
const VisitExportPage = lazy(() => import('../features/visit/export-page'));
const WhomToVisitPage = lazy(() => import('../features/visit/whom-page'));
const VisitReportPage = lazy(() => import('../features/report/visit-report-page'));

/** Routes that are screens of one assessment get the assessment bar; the value marks the current one. */
const BAR_SCREEN: Partial<Record<Route['name'], AssessmentScreen | null>> = {
  questionnaire: 'questionnaire', whatsLeft: null, results: 'results', explain: null, plan: 'plan', opd: 'opd', report: 'report', actions: null, opdActionPlan: null,
};

function AssessmentBarFor({ route }: { route: Route }) {
  const current = BAR_SCREEN[route.name];
  if (current === undefined || !('id' in route)) return null;
  return (
    <Suspense fallback={null}>
      <AssessmentBarSlot id={route.id} current={current} />
    </Suspense>
  );
}

/**
 * Starts fetching the first screen's chunk while React renders the shell, so a cold load of the
 * questionnaire or the form does not wait for a render before its request (main.tsx calls it).
 */
export function preloadScreen(route: Route): void {
  if (route.name === 'questionnaire' || route.name === 'whatsLeft') void loadQuestionnaire();
  else if (route.name === 'new') void loadNewAssessment();
  else if (route.name === 'home') void Promise.all([loadBackupPanel(), loadStoragePanel()]);
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return (
        <HomePage>
          <Suspense fallback={null}>
            <BackupPanel />
            <StoragePanel />
          </Suspense>
          <Suspense fallback={null}>
            <OpenPackagePanel />
          </Suspense>
        </HomePage>
      );
    case 'new':
      return <NewAssessmentPage {...(route.copyFrom ? { copyFrom: route.copyFrom } : {})} />;
    case 'questionnaire':
      return (
        <QuestionnairePage id={route.id} {...(route.elementId ? { elementId: route.elementId } : {})}
          {...(route.indicatorId ? { indicatorId: route.indicatorId } : {})}>
          <Suspense fallback={null}>
            <PackageBar />
          </Suspense>
        </QuestionnairePage>
      );
    case 'whatsLeft':
      return <WhatsLeftPage id={route.id} />;
    case 'results':
      return <ResultsPage id={route.id} />;
    case 'explain':
      return <ExplainPage id={route.id} />;
    case 'report':
      return <ReportPage id={route.id} />;
    case 'plan':
      return <PlanningPage id={route.id} />;
    case 'opd':
      return <OpdPage id={route.id} />;
    case 'actions':
      return <ActionPlanPage id={route.id} />;
    case 'opdActionPlan':
      return <OpdPlanPage id={route.id} />;
    case 'compare':
      return <ComparisonPage ids={route.ids} />;
    case 'data':
      return <DataPage />;
    case 'benchmark':
      return <BenchmarkPage {...(route.focus ? { focus: route.focus } : {})} />;
    case 'method':
      return <MethodPage />;
    case 'visit':
      return <VisitPage {...(route.ours ? { ours: route.ours } : {})} {...(route.other ? { other: route.other } : {})} />;
    case 'visitExport':
      return <VisitExportPage {...(route.from ? { from: route.from } : {})} />;
    case 'visitReport':
      return <VisitReportPage ours={route.ours} other={route.other} />;
    case 'whomToVisit':
      return <WhomToVisitPage elementId={route.elementId} {...(route.ours ? { ours: route.ours } : {})} />;
    case 'not_found':
      return (
        <section className="page">
          <h1 tabIndex={-1}>{t('notFound')}</h1>
          <a href={hrefs.home()}>{t('backHome')}</a>
        </section>
      );
  }
}

/**
 * The parts of the shell around the screen. Memoised on the route's name: moving to another
 * element of the questionnaire (a new hash, the same screen) re-renders only the screen.
 */
const ShellHeader = memo(function ShellHeader({ routeName }: { routeName: Route['name'] }) {
  const { t } = useTranslation();
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
        <MainNav route={routeName} />
        <LanguageSwitch />
      </header>
      <StatusBanners />
    </>
  );
});

const ShellFooter = memo(function ShellFooter() {
  const { t } = useTranslation();
  return (
    <>
      <footer className="app-footer">
        <p>{t('footer')}</p>
        <p>{t('disclaimer')}</p>
      </footer>
      <ReloadPrompt />
    </>
  );
});

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
      <ShellHeader routeName={route.name} />
      <main id="main" tabIndex={-1}>
        <AssessmentBarFor route={route} />
        <Suspense fallback={<p className="page" role="status">{t('loading')}</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
      <ShellFooter />
    </>
  );
}
