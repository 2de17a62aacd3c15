import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ResultsView } from './results-view';
import { scoredReal, scoredWithNa } from './results-test-data';

beforeAll(() => {
  initI18n('id');
});

beforeEach(async () => {
  await i18next.changeLanguage('id');
});

function region(name: string | RegExp) {
  return screen.getByRole('region', { name });
}

/** The <dd> that follows the <dt> whose text matches `term` inside `container`. */
function definitionOf(container: HTMLElement, term: RegExp): HTMLElement {
  const dt = within(container).getAllByRole('term').find((el) => term.test(el.textContent ?? ''));
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`No definition for ${String(term)}`);
  return dd;
}

describe('ResultsView — summary', () => {
  it('shows the index in Indonesian format with level, SPBE analogue, coverage and final status', () => {
    // Given every element answered 3, 2, 4, 2 (all scores 2.75, coverage 100 %)
    const { instrument, score, evidence } = scoredReal();
    // When rendered in Indonesian
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" actions={<button type="button">Tandai final</button>} />);
    // Then the summary shows 2,75 / 55,0, level 3 and the SPBE predicate analogue
    const summary = region('Ringkasan hasil');
    expect(definitionOf(summary, /^Indeks kesiapan \(skala 0–5\)/)).toHaveTextContent(/^2,75$/);
    expect(definitionOf(summary, /^Indeks kesiapan \(skala 0–100\)/)).toHaveTextContent(/^55,0$/);
    expect(within(screen.getByTestId('index-level')).getByText('3 · Terdefinisi')).toBeInTheDocument();
    expect(within(summary).getByText('Baik')).toBeInTheDocument();
    expect(within(summary).getByText(/analogi predikat SPBE/)).toBeInTheDocument();
    expect(definitionOf(summary, /^Cakupan jawaban$/)).toHaveTextContent('100%');
    expect(definitionOf(summary, /^Indeks konservatif/)).toHaveTextContent('2,75');
    expect(within(summary).getByText('Memenuhi syarat final')).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Tandai final' })).toBeInTheDocument();
    expect(within(summary).getByText(/belum dijawab dihitung 0/)).toBeInTheDocument();
  });

  it('shows the index in English format after switching language', async () => {
    await i18next.changeLanguage('en');
    const { instrument, score, evidence } = scoredReal();
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="en" />);
    const summary = region('Results summary');
    expect(definitionOf(summary, /^Readiness index \(0–5 scale\)/)).toHaveTextContent(/^2.75$/);
    expect(definitionOf(summary, /^Readiness index \(0–100 scale\)/)).toHaveTextContent(/^55.0$/);
    expect(within(screen.getByTestId('index-level')).getByText('3 · Defined')).toBeInTheDocument();
    expect(within(summary).getByText(/SPBE predicate analogue/)).toBeInTheDocument();
    expect(within(summary).getByText('Eligible for final status')).toBeInTheDocument();
  });

  it('explains why the assessment is not yet eligible for final status', () => {
    // Given GOV.2 with 1 of 4 answered and GOV.3 empty (GOV invalid) and coverage 57/72 < 80 %
    const { instrument, score, evidence } = scoredReal({
      'GOV.2.2': null, 'GOV.2.3': null, 'GOV.2.4': null,
      'GOV.3.1': null, 'GOV.3.2': null, 'GOV.3.3': null, 'GOV.3.4': null,
      'BRD.1.1': null, 'BRD.1.2': null, 'BRD.2.1': null, 'BRD.3.1': null,
      'ECO.1.4': null, 'ECO.2.4': null, 'ECO.3.4': null, 'LIV.1.4': null,
    });
    expect(score.isFinalEligible).toBe(false);
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    const summary = region('Ringkasan hasil');
    expect(within(summary).getByText('Belum memenuhi syarat final')).toBeInTheDocument();
    expect(within(summary).getByText(/Dimensi belum valid: Smart Governance\./)).toBeInTheDocument();
    expect(within(summary).getByText('Cakupan jawaban 79%, masih di bawah batas minimal 80%.')).toBeInTheDocument();
  });
});

describe('ResultsView — provisional and evidence-supported', () => {
  it('leads with the provisional statement and links to what is left when not eligible for final status', () => {
    // Given only GOV answered (12 of 72): 1 of 6 dimensions valid, coverage 12/72 = 17 %
    const empty = Object.fromEntries(
      ['BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].flatMap((e) => [1, 2, 3, 4].map((i) => [`${d}.${e}.${i}`, null]))),
    );
    const { instrument, score, evidence } = scoredReal(empty);
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" whatsLeftHref="#/penilaian/a/lengkapi" />);
    const summary = region('Ringkasan hasil');
    const headline = within(summary).getByText('Indeks sementara: 1 dari 6 dimensi dinilai, 17% terjawab');
    // The statement comes before the (smaller) index figure
    expect(headline.compareDocumentPosition(screen.getByTestId('index-score5')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('index-score5')).toHaveClass('sc-medium');
    expect(within(summary).getByRole('link', { name: 'Lihat yang perlu dilengkapi' })).toHaveAttribute('href', '#/penilaian/a/lengkapi');
    expect(within(summary).getByText(/Tingkat kematangan \(sementara\)/)).toBeInTheDocument();
  });

  it('shows the evidence-supported score and lists the answers it caps', () => {
    // Given the worked pattern without any evidence: every level is capped at 0, except the level 0s
    const { instrument, score, evidence } = scoredReal({ 'GOV.1.1': 0 });
    render(<ResultsView instrument={instrument} score={score} status="final" evidence={evidence} lang="id" />);
    expect(screen.getByTestId('evidence-index')).toHaveTextContent('0,00');
    // 72 answers, GOV.1.1 at 0 is not capped → 71
    expect(screen.getByText('71 jawaban dibatasi oleh buktinya')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Jawaban yang tingkatnya di atas dukungan buktinya' });
    expect(within(table).getAllByRole('row')).toHaveLength(72);
    expect(within(table).getByRole('row', { name: /^GOV\.1\.2 / })).toHaveTextContent(/2 · .*0 · /);
    // And the status box says "Final" once final
    expect(within(region('Ringkasan hasil')).getByText('Final')).toBeInTheDocument();
  });
});

describe('ResultsView — coverage reason', () => {
  it('names coverage below 80 % as the reason when every dimension is valid', () => {
    // Given the 4th indicator of every element empty: all elements valid (3/4), coverage 75 %
    const empty = Object.fromEntries(
      ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'].flatMap((d) => [1, 2, 3].map((e) => [`${d}.${e}.4`, null])),
    );
    const { instrument, score, evidence } = scoredReal(empty);
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    const summary = region('Ringkasan hasil');
    expect(within(summary).getByText('Cakupan jawaban 75%, masih di bawah batas minimal 80%.')).toBeInTheDocument();
    expect(within(summary).queryByText(/Dimensi belum valid/)).toBeNull();
    // recorded 3.00 (9/3), conservative 2.25 (9/4), provisional: 6 of 6 dimensions valid, 54/72 = 75 %
    expect(within(summary).getByText('Indeks sementara: 6 dari 6 dimensi dinilai, 75% terjawab')).toBeInTheDocument();
    expect(definitionOf(summary, /^Indeks sementara \(skala 0–5\)/)).toHaveTextContent(/^3,00$/);
    expect(definitionOf(summary, /^Indeks konservatif/)).toHaveTextContent(/^2,25 · 45,0\/100$/);
  });
});

describe('ResultsView — radar and tables', () => {
  it('draws the radar SVG with a visible table alternative of six dimension rows', () => {
    const { instrument, score, evidence } = scoredReal();
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    const chart = screen.getByRole('img', { name: 'Diagram radar skor enam dimensi (skala 0–5)' });
    expect(chart.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(document.querySelector('svg.recharts-surface')).not.toBeNull();
    const table = screen.getByRole('table', { name: 'Skor per dimensi (isi diagram dalam bentuk tabel)' });
    expect(table).toBeVisible();
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(6);
    expect(within(bodyRows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Smart Governance');
    expect(within(bodyRows[0] as HTMLElement).getByText('2,75')).toBeInTheDocument();
  });

  it('flags an element with coverage below 50 % as "tidak valid" with its coverage', () => {
    // Given GOV.2 with only 1 of 4 indicators answered
    const { instrument, score, evidence } = scoredReal({ 'GOV.2.2': null, 'GOV.2.3': null, 'GOV.2.4': null });
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    const table = screen.getByRole('table', { name: /Skor, tingkat, cakupan, dan catatan setiap elemen: Smart Governance/ });
    const row = within(table).getByRole('row', { name: /GOV\.2/ });
    expect(within(row).getByText('tidak valid')).toBeInTheDocument();
    expect(within(row).getByText('1/4 (25%)')).toBeInTheDocument();
  });

  it('flags "basis sempit" and "tidak dinilai" from NA answers', () => {
    const { instrument, score, evidence } = scoredWithNa();
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    const brd = screen.getByRole('table', { name: /: Dimensi BRD$/ });
    expect(within(within(brd).getByRole('row', { name: /BRD\.1/ })).getByText('basis sempit')).toBeInTheDocument();
    const env = screen.getByRole('table', { name: /: Dimensi ENV$/ });
    const envRow = within(within(env).getByRole('row', { name: /ENV\.1/ }));
    expect(envRow.getByText('tidak dinilai')).toBeInTheDocument();
    expect(envRow.getByText('0/0 (—)')).toBeInTheDocument();
  });

  it('shows readiness by layer and companion statistics outside the index', () => {
    const { instrument, score, evidence } = scoredReal();
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    const layers = region('Kesiapan per lapisan');
    const rows = within(layers).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').firstChild?.textContent)).toEqual([
      'Suprastruktur', 'Struktur', 'Infrastruktur', 'Layanan', 'Dampak',
    ]);
    const companion = region('Statistik pendamping');
    expect(within(companion).getByText(/Tidak termasuk dalam indeks/)).toBeInTheDocument();
    expect(within(companion).getByText('Rentang antardimensi')).toBeInTheDocument();
  });

  it('uses h2 for its sections (the page h1 is above it)', () => {
    const { instrument, score, evidence } = scoredReal();
    render(<ResultsView instrument={instrument} score={score} status="draft" evidence={evidence} lang="id" />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Ringkasan hasil', 'Profil enam dimensi', 'Skor per dimensi dan elemen', 'Kesiapan per lapisan', 'Statistik pendamping',
    ]);
  });
});
