import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withEvidenceAdded, withEvidenceRemoved } from '../../domain/assessment/answer-edits';
import { evidenceFromDraft } from '../../domain/assessment/factory';
import type { Answer } from '../../domain/assessment/types';
import { LIMITS } from '../../domain/assessment/validation';
import type { EvidenceDraft } from '../../domain/assessment/validation';
import { newId } from '../../lib/ids';
import { EvidenceForm } from './evidence-form';

interface EvidenceSectionProps {
  readonly indicatorId: string;
  readonly answer: Answer | undefined;
  readonly readOnly: boolean;
  readonly onSave: (answer: Answer) => void;
}

/** Evidence entries of one answer (§6.3) and the expected-evidence guidance for its level. */
export function EvidenceSection({ indicatorId, answer, readOnly, onSave }: EvidenceSectionProps) {
  const { t } = useTranslation('questionnaire');
  const [adding, setAdding] = useState(false);
  const items = answer?.evidence ?? [];
  const level = answer?.level;
  const add = (draft: EvidenceDraft) => {
    onSave(withEvidenceAdded(answer, indicatorId, evidenceFromDraft(newId(), draft)));
    setAdding(false);
  };
  return (
    <section className="evidence" aria-label={t('evidence.title')}>
      <h4>{t('evidence.title')}</h4>
      {typeof level === 'number' && level > 0 && (
        <p className="hint">{t('evidence.expected', { level, text: t(`evidence.expect.l${level}`) })}</p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {items.map((e) => (
            <li key={e.id}>
              <span className="badge">{t(`evidence.kinds.${e.kind}`)}</span> <strong>{e.title}</strong>
              {e.reference && <span> — {e.reference}</span>}
              {e.date && <span className="muted"> ({e.date})</span>}
              {e.url && (
                <>
                  {' '}
                  <a href={e.url} target="_blank" rel="noopener noreferrer">{e.url}</a>
                </>
              )}
              {!readOnly && (
                <button type="button" className="btn btn-small btn-danger" aria-label={t('evidence.remove', { title: e.title })}
                  onClick={() => onSave(withEvidenceRemoved(answer, indicatorId, e.id))}>
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && !adding && items.length < LIMITS.evidencePerAnswerMax && (
        <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
          + {t('evidence.add')}
        </button>
      )}
      {adding && <EvidenceForm idPrefix={`ev-${indicatorId}`} onSubmit={add} onCancel={() => setAdding(false)} />}
    </section>
  );
}
