import { memo, useState } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { whatsLeft } from '../../domain/questionnaire/whats-left';
import { hrefs } from '../../lib/routes';
import { WhatsLeftView } from './whats-left-view';

/** "Yang perlu dilengkapi" in the questionnaire: its counts, opening to the list and search. */
export const WhatsLeftPanel = memo(function WhatsLeftPanel(p: ComponentProps<typeof WhatsLeftView>) {
  const { t } = useTranslation('questionnaire');
  const [open, setOpen] = useState(false);
  const { counts } = whatsLeft(p.instrument, p.answers);
  return (
    <details className="card q-left-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>{t('left.title')}</strong>{' '}
        {t('left.summary', { unanswered: counts.unanswered, above: counts.above_evidence, na: counts.not_applicable })}
      </summary>
      {open && (
        <>
          <p><a href={hrefs.whatsLeft(p.assessmentId)}>{t('left.openPage')}</a></p>
          <WhatsLeftView {...p} withCounts={false} />
        </>
      )}
    </details>
  );
});
