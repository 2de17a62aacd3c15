import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerMap, Assessment } from '../../domain/assessment/types';
import { CURRENT_INSTRUMENT, DEFAULT_WEIGHT_PROFILE } from '../../domain/instrument/registry';
import { listIndicators } from '../../domain/instrument/lookup';
import { buildComparisonModel } from '../../domain/report/build-comparison-model';
import { buildReportModel } from '../../domain/report/build-report-model';
import type { ReportInput } from '../../domain/report/build-report-model';
import { initI18n } from '../../i18n';
import { ComparisonDocument } from './comparison-document';
import { registerReportText } from './register-report-text';
import { ReportDocument } from './report-document';

beforeAll(() => {
  initI18n('id');
  registerReportText();
});

const assessment: Assessment = {
  id: 'a-1', regionCode: '32.74', period: 2026, instrumentVersion: CURRENT_INSTRUMENT.version,
  weightProfileId: DEFAULT_WEIGHT_PROFILE.id, status: 'final', team: 'Tim SC', contact: 'kontak@contoh.go.id',
  createdAt: '2026-01-05T08:00:00.000Z', updatedAt: '2026-02-01T09:30:00.000Z',
};

/** Every indicator at 3; GOV.1.1 carries an SK and a note; BRD.1.3 is "Tidak relevan". */
function answers(): AnswerMap {
  const all: Record<string, Answer> = {};
  for (const i of listIndicators(CURRENT_INSTRUMENT)) all[i.id] = { indicatorId: i.id, level: 3, evidence: [] };
  all['GOV.1.1'] = {
    indicatorId: 'GOV.1.1', level: 3, note: 'Catatan uji',
    evidence: [{ id: 'e1', kind: 'sk', title: 'SK Tim Smart City', reference: 'No. 12/2025' }],
  };
  all['BRD.1.3'] = { indicatorId: 'BRD.1.3', level: 'NA', naReason: 'Tidak ada destinasi berbayar', evidence: [] };
  return all;
}

function input(extra: Partial<ReportInput> = {}): ReportInput {
  return {
    assessment, answers: answers(), instrument: CURRENT_INSTRUMENT, weights: DEFAULT_WEIGHT_PROFILE, lang: 'id',
    printedAt: '2026-03-02T02:00:00.000Z', region: { code: '32.74', name: 'Kota Cirebon', provinceName: 'Jawa Barat' },
    ...extra,
  };
}

describe('ReportDocument', () => {
  it('renders cover, approval block, summary, six dimension sheets, strengths/gaps and the method appendix', () => {
    const { container } = render(<ReportDocument model={buildReportModel(input())} paper="a4" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Laporan Kesiapan Smart CityKota CirebonPeriode 2026');
    expect(screen.getByRole('region', { name: 'Lembar pengesahan' })).toHaveTextContent(/Disahkan oleh.*Jabatan.*Nama.*NIP.*Tanggal.*Tanda tangan/);
    expect(screen.getByTestId('report-index')).toHaveTextContent('3,00');
    expect(screen.getByTestId('report-index100')).toHaveTextContent('60,0');
    expect(container.querySelectorAll('.report-sheet')).toHaveLength(10);
    const gov = screen.getByRole('region', { name: /^Smart Governance/ });
    const row = within(gov).getByRole('row', { name: /^GOV\.1\.1/ });
    expect(row).toHaveTextContent('Catatan: Catatan uji');
    expect(row).toHaveTextContent('SK: SK Tim Smart City — No. 12/2025');
    expect(within(screen.getByRole('region', { name: /^Smart Branding/ })).getByRole('row', { name: /^BRD\.1\.3/ }))
      .toHaveTextContent(/Alasan tidak relevan: Tidak ada destinasi berbayarTidak relevan$/);
    expect(screen.getByTestId('report-disclaimer')).toHaveTextContent('Instrumen ini disusun berdasarkan kerangka Gerakan Menuju Smart City; bukan instrumen resmi.');
    // No peer data: no benchmark section. A final assessment: no watermark.
    expect(screen.queryByRole('region', { name: /Posisi terhadap daerah pembanding/ })).toBeNull();
    expect(screen.queryByTestId('draft-watermark')).toBeNull();
  });

  it('prints "Halaman X dari Y" through @page margin boxes, and "Page X of Y" with the DRAFT watermark in English', () => {
    const { container, unmount } = render(<ReportDocument model={buildReportModel(input())} paper="a4" />);
    expect(container.querySelector('style')?.textContent).toContain('content: "Halaman " counter(page) " dari " counter(pages)');
    expect(container.querySelector('style')?.textContent).toContain('size: 210mm 297mm;');
    unmount();
    const draft = buildReportModel(input({ lang: 'en', assessment: { ...assessment, status: 'draft' } }));
    const en = render(<ReportDocument model={draft} paper="f4" />);
    expect(en.container.querySelector('style')?.textContent).toContain('content: "Page " counter(page) " of " counter(pages)');
    // F4/Folio: 215 × 330 mm.
    expect(en.container.querySelector('style')?.textContent).toContain('size: 215mm 330mm;');
    expect(screen.getByTestId('draft-watermark')).toHaveTextContent('DRAFT');
    expect(screen.getByTestId('draft-watermark')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTestId('report-index')).toHaveTextContent('3.00');
  });

  it('shows the benchmark section only when peer data is passed, hiding positions below 5 peers', () => {
    const model = buildReportModel(input({
      benchmark: {
        peerGroup: 'Kota di Jawa Barat',
        dimensions: [
          { dimensionId: 'GOV', peers: 9, median: 2.5, rank: 2, percentile: 88 },
          { dimensionId: 'BRD', peers: 3, median: 2, rank: 1, percentile: 100 },
        ],
      },
    }));
    render(<ReportDocument model={model} paper="a4" />);
    const section = screen.getByRole('region', { name: 'Posisi terhadap daerah pembanding' });
    expect(within(section).getByRole('row', { name: /^Smart Governance/ })).toHaveTextContent('2 dari 9');
    expect(within(section).getByRole('row', { name: /^Smart Branding/ })).toHaveTextContent('tidak ditampilkan (N < 5)');
  });
});

describe('ComparisonDocument', () => {
  it('shows each assessment in the index, dimension and element tables with a watermark when one is a draft', () => {
    const entry = (id: string, name: string, status: Assessment['status']) => ({
      assessment: { ...assessment, id, status }, answers: answers(), instrument: CURRENT_INSTRUMENT,
      weights: DEFAULT_WEIGHT_PROFILE, region: { code: '32.74', name, provinceName: 'Jawa Barat' },
    });
    const model = buildComparisonModel([entry('a', 'Kota Cirebon', 'final'), entry('b', 'Kota Bogor', 'draft')], '2026-03-02', 'id');
    if (!model) throw new Error('no model');
    render(<ComparisonDocument model={model} paper="a4" />);
    const regions = screen.getByRole('table', { name: /Penilaian yang dibandingkan/ });
    expect(within(regions).getByRole('row', { name: /^Kota Bogor 2026/ })).toHaveTextContent('Draf');
    expect(screen.getByRole('table', { name: /Skor dimensi/ })).toHaveTextContent(/Smart Governance3,003,00/);
    expect(screen.getAllByRole('img', { name: /Gambar [12]\./ })).toHaveLength(2);
    expect(screen.getByTestId('draft-watermark')).toHaveTextContent('DRAF');
  });
});

describe('provisional index in print', () => {
  // Only GOV answered (12 of 72): 1 of 6 dimensions valid, not eligible for final status.
  const partial = (): AnswerMap => Object.fromEntries(Object.entries(answers()).filter(([id]) => id.startsWith('GOV.')));

  it('labels the report summary index "Indeks sementara"', () => {
    render(<ReportDocument model={buildReportModel(input({ answers: partial(), assessment: { ...assessment, status: 'draft' } }))} paper="a4" />);
    expect(screen.getByText('Indeks sementara')).toBeInTheDocument();
    expect(screen.queryByText('Indeks kesiapan')).toBeNull();
  });

  it('marks a provisional index in the comparison table', () => {
    const entry = (id: string, name: string, a: AnswerMap) => ({
      assessment: { ...assessment, id }, answers: a, instrument: CURRENT_INSTRUMENT,
      weights: DEFAULT_WEIGHT_PROFILE, region: { code: '32.74', name, provinceName: 'Jawa Barat' },
    });
    const model = buildComparisonModel([entry('a', 'Kota Cirebon', answers()), entry('b', 'Kota Bogor', partial())], '2026-03-02', 'id');
    if (!model) throw new Error('no model');
    render(<ComparisonDocument model={model} paper="a4" />);
    const regions = screen.getByRole('table', { name: /Penilaian yang dibandingkan/ });
    expect(within(regions).getByRole('row', { name: /^Kota Bogor 2026/ })).toHaveTextContent('3,00 (sementara)');
    expect(within(regions).getByRole('row', { name: /^Kota Cirebon 2026/ })).not.toHaveTextContent('sementara');
  });
});
