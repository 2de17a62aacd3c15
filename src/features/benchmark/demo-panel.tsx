import { useState } from 'react';
import { useBenchmarkStore } from '../../state/benchmark-store';
import { useDemoStore } from '../../state/demo-store';
import { DemoBadge } from './benchmark-section';
import type { BenchmarkText } from './use-benchmark-text';

/**
 * Load or remove the demo dataset in one step; it is generated in memory, never stored. Loading
 * also makes it the peer source, removing switches back to this device's assessments; the live
 * region says so.
 */
export function DemoPanel({ text }: { text: BenchmarkText }) {
  const { t } = text;
  const isEnabled = useDemoStore((s) => s.isEnabled);
  const [message, setMessage] = useState('');
  const toggle = () => {
    const { enable, disable } = useDemoStore.getState();
    if (isEnabled) disable();
    else enable();
    useBenchmarkStore.getState().setSource(isEnabled ? 'device' : 'demo');
    setMessage(isEnabled ? t('demo.removed') : t('demo.active'));
  };
  return (
    <section className="card bm-demo" aria-labelledby="bm-demo-title">
      <div className="bm-section__head">
        <h2 id="bm-demo-title">{t('demo.heading')}</h2>
        {isEnabled ? <DemoBadge label={t('demo.badge')} /> : null}
      </div>
      <p className="bm-small">{t('demo.description')}</p>
      <div className="row">
        <button type="button" className={isEnabled ? 'btn btn-danger' : 'btn btn-primary'} onClick={toggle}>
          {isEnabled ? t('demo.remove') : t('demo.load')}
        </button>
        <p role="status" className="bm-small bm-status">{message}</p>
      </div>
    </section>
  );
}
