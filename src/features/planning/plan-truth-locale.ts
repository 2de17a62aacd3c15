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
    intro: 'Target dibuat dari skor {{date}}. Skor elemen berikut sudah berubah:',
    unrecorded: 'Rencana ini dibuat dengan versi aplikasi sebelumnya, yang belum mencatat skor dasar target. Periksa apakah target masih sesuai skor hari ini.',
    change: '{{element}}: {{from}} → {{to}}',
    noScore: 'belum ada skor',
    recompute: 'Hitung ulang target dari skor hari ini',
    recomputeHint: 'Elemen dengan cara mengisi "Otomatis" mendapat langkah tahunan baru dari skor hari ini ke target akhirnya (target akhir tidak pernah di bawah skor hari ini). Target per tahun yang diketik sendiri tidak diubah.',
    keep: 'Pertahankan target',
    keepHint: 'Target tetap seperti sekarang; skor hari ini dicatat sebagai dasar.',
    decision_created: 'Target dibuat dari skor {{date}}.',
    decision_recomputed: 'Target dihitung ulang dari skor {{date}}.',
    decision_kept: 'Target dipertahankan pada {{date}} (skor hari itu dicatat sebagai dasar).',
    reportHeading: 'Catatan: skor berubah sejak target dibuat',
    reportUnrecorded: 'Skor dasar target tidak tercatat (rencana dibuat dengan versi aplikasi sebelumnya).',
  },
  targets: {
    waiting: 'menunggu skor',
    waitingHint: 'Target dibuat setelah elemen ini punya skor.',
    below: '{{gap}} · di bawah skor saat ini',
    invalidFlag: 'belum valid',
    index: 'Indeks',
    unsaved: 'Ada isian yang belum valid dan belum disimpan.',
    dimensionCaption: 'Per dimensi — capaian {{period}}: skor dibandingkan target tahun {{period}}',
  },
  merge3: {
    exported: 'Saat diekspor',
    master: 'Master sekarang',
    opd: '{{opd}}',
    decision: 'Keputusan',
    notChanged: 'tidak diubah OPD',
    none: 'Tidak berubah',
    conflict: 'Konflik: diubah di master dan oleh OPD ({{fields}})',
    takeOpd: 'Pakai versi {{opd}} ({{indicator}})',
    keepMaster: 'Pertahankan master ({{indicator}})',
    undecided_one: 'Pilih dulu versi untuk {{count}} konflik sebelum menggabungkan.',
    undecided_other: 'Pilih dulu versi untuk {{count}} konflik sebelum menggabungkan.',
    unknownExported: 'tidak tercatat',
    intro: 'Perubahan OPD tercentang untuk diterima. Jawaban yang hanya diubah di master sejak ekspor tidak ditawarkan. Konflik (diubah di kedua sisi) harus dipilih satu per satu.',
  },
  lock: {
    readOnly: 'Penilaian ini sedang dibuka di tab lain — hanya baca.',
    takeOver: 'Ambil alih di tab ini',
    hint: 'Rencana dan jawaban hanya dapat diubah di satu tab sekaligus agar tidak ada yang tertimpa. Tutup tab lain itu, atau ambil alih di sini; tab lain itu lalu menjadi hanya baca.',
  },
};

const en: Shape<typeof id> = {
  baseline: {
    heading: 'Scores changed since the targets were set',
    intro: 'The targets were made from the scores of {{date}}. These element scores have changed:',
    unrecorded: 'This plan was made with an earlier version of the app, which did not record the scores its targets were made from. Check whether the targets still fit today’s scores.',
    change: '{{element}}: {{from}} → {{to}}',
    noScore: 'no score',
    recompute: 'Recompute targets from today’s scores',
    recomputeHint: 'Elements entered "Automatic" get new yearly steps from today’s score to their final target (the final target is never below today’s score). Targets typed year by year are not changed.',
    keep: 'Keep the targets',
    keepHint: 'The targets stay as they are; today’s scores are recorded as the baseline.',
    decision_created: 'Targets made from the scores of {{date}}.',
    decision_recomputed: 'Targets recomputed from the scores of {{date}}.',
    decision_kept: 'Targets kept on {{date}} (that day’s scores recorded as the baseline).',
    reportHeading: 'Note: scores changed since the targets were set',
    reportUnrecorded: 'The baseline scores of the targets were not recorded (plan made with an earlier version of the app).',
  },
  targets: {
    waiting: 'waiting for a score',
    waitingHint: 'Targets are made once this element has a score.',
    below: '{{gap}} · below the current score',
    invalidFlag: 'not valid yet',
    index: 'Index',
    unsaved: 'Some entries are not valid and are not saved.',
    dimensionCaption: 'Per dimension — achievement {{period}}: scores against the {{period}} targets',
  },
  merge3: {
    exported: 'When exported',
    master: 'Master now',
    opd: '{{opd}}',
    decision: 'Decision',
    notChanged: 'not changed by the OPD',
    none: 'Unchanged',
    conflict: 'Conflict: changed on the master and by the OPD ({{fields}})',
    takeOpd: 'Use the {{opd}} version ({{indicator}})',
    keepMaster: 'Keep the master ({{indicator}})',
    undecided_one: 'Choose a version for {{count}} conflict before merging.',
    undecided_other: 'Choose a version for {{count}} conflicts before merging.',
    unknownExported: 'not recorded',
    intro: 'OPD changes are ticked for acceptance. Answers changed only on the master since the export are not offered. Conflicts (changed on both sides) must each be decided.',
  },
  lock: {
    readOnly: 'This assessment is open in another tab — read-only.',
    takeOver: 'Take over in this tab',
    hint: 'The plan and the answers can be changed in one tab at a time, so nothing is overwritten. Close the other tab, or take over here; the other tab then becomes read-only.',
  },
};

export const planTruthLocale = { id, en };
