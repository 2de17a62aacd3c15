import type { SharedEvidence } from '../../domain/visit/visit-format';

/** A shared evidence item as text, with its link shown as text plus an http(s) link (never markup). */
export function EvidenceItem({ item, linkLabel }: { item: SharedEvidence; linkLabel: string }) {
  const isHttp = item.url !== undefined && /^https?:\/\//i.test(item.url);
  return (
    <li>
      <span>{item.title}</span>
      {item.reference ? <span className="muted"> — {item.reference}</span> : null}
      {item.date ? <span className="muted"> ({item.date})</span> : null}
      {isHttp ? (
        <>
          {' '}<span className="visit-url">{item.url}</span>{' '}
          <a href={item.url} target="_blank" rel="noopener noreferrer">{linkLabel}</a>
        </>
      ) : null}
    </li>
  );
}
