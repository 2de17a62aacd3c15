import type { Shape } from '../../i18n/shape';

/**
 * UI text of issue 13 (namespace `planning`, keys `baseline`, `targets`, `merge3`, `lock`): the
 * baseline the plan knows, targets without a score or below it, the three-way merge of a returned
 * package, and the edit lock on planning screens. Merged into the namespace by
 * `register-planning-text.ts`. Indonesian first; English is typed against it.
 */
const id = {
  baseline: {
    heading: 'Skor berubah sejak target dibuat',
    intro: 'Target dibuat dari skor {{date}}; yang berubah:',
    unrecorded: 'Skor dasar target tidak tercatat (rencana dari versi sebelumnya).',
    change: '{{element}}: {{from}} → {{to}}',
    noScore: 'belum ada skor',
    recompute: 'Hitung ulang target dari skor hari ini',
    recomputeHint: 'Hitung ulang: elemen "Otomatis" melangkah dari skor hari ini ke target akhirnya (tidak pernah di bawah skor hari ini); target per tahun tidak diubah.',
    keep: 'Pertahankan target',
    decision_created: 'Target dibuat dari skor {{date}}.',
    decision_recomputed: 'Target dihitung ulang dari skor {{date}}.',
    decision_kept: 'Target dipertahankan pada {{date}}.',
  },
  targets: {
    waiting: 'menunggu skor',
    below: '{{gap}} · di bawah skor saat ini',
    invalidFlag: 'belum valid',
    index: 'Indeks',
    unsaved: 'Ada isian belum valid, belum disimpan.',
    dimensionCaption: 'Per dimensi — capaian {{period}}: skor dibandingkan target tahun {{period}}',
  },
  merge3: {
    exported: 'Saat ekspor',
    master: 'Master sekarang',
    decision: 'Keputusan',
    notChanged: 'tidak diubah OPD',
    none: 'Tidak berubah',
    conflict: 'Konflik: diubah di master dan oleh OPD ({{fields}})',
    takeOpd: 'Pakai versi {{opd}} ({{indicator}})',
    keepMaster: 'Pertahankan master ({{indicator}})',
    undecided: 'Pilih dulu versi untuk {{count}} konflik.',
    unknownExported: 'tidak tercatat',
    intro: 'Perubahan OPD tercentang. Yang hanya diubah di master tidak ditawarkan; konflik harus dipilih.',
  },
  lock: {
    readOnly: 'Penilaian ini sedang dibuka di tab lain — hanya baca.',
    takeOver: 'Ambil alih di tab ini',
    hint: 'Rencana hanya dapat diubah di satu tab sekaligus.',
  },
};

const en: Shape<typeof id> = {
  baseline: {
    heading: 'Scores changed since the targets were set',
    intro: 'Targets made from the scores of {{date}}; changed since:',
    unrecorded: 'The baseline scores were not recorded (plan from an earlier version).',
    change: '{{element}}: {{from}} → {{to}}',
    noScore: 'no score',
    recompute: 'Recompute targets from today’s scores',
    recomputeHint: 'Recompute: "Automatic" elements step from today’s score to their final target (never below today’s score); yearly targets stay.',
    keep: 'Keep the targets',
    decision_created: 'Targets made from the scores of {{date}}.',
    decision_recomputed: 'Targets recomputed from the scores of {{date}}.',
    decision_kept: 'Targets kept on {{date}}.',
  },
  targets: {
    waiting: 'waiting for a score',
    below: '{{gap}} · below the current score',
    invalidFlag: 'not valid yet',
    index: 'Index',
    unsaved: 'Some entries are invalid, not saved.',
    dimensionCaption: 'Per dimension — achievement {{period}}: scores against the {{period}} targets',
  },
  merge3: {
    exported: 'At export',
    master: 'Master now',
    decision: 'Decision',
    notChanged: 'not changed by the OPD',
    none: 'Unchanged',
    conflict: 'Conflict: changed on the master and by the OPD ({{fields}})',
    takeOpd: 'Use the {{opd}} version ({{indicator}})',
    keepMaster: 'Keep the master ({{indicator}})',
    undecided: 'Choose a version for {{count}} conflict(s) first.',
    unknownExported: 'not recorded',
    intro: 'OPD changes are ticked. Master-only changes are not offered; conflicts must be decided.',
  },
  lock: {
    readOnly: 'This assessment is open in another tab — read-only.',
    takeOver: 'Take over in this tab',
    hint: 'The plan can be changed in one tab at a time.',
  },
};

export const planTruthLocale = { id, en };
