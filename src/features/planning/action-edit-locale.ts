import type { Shape } from '../../i18n/shape';

/** UI text for editing and deleting saved actions and the collapsible coverage (merged into namespace `actions`). */
const edit = {
  heading: 'Ubah aksi: {{name}}',
  save: 'Simpan perubahan',
  cancel: 'Batal',
  saved: 'Perubahan aksi “{{name}}” tersimpan.',
  edit: 'Ubah',
  editOf: 'Ubah {{name}}',
  remove: 'Hapus',
  removeOf: 'Hapus {{name}}',
  column: 'Ubah / hapus',
  otherLifts: 'Elemen lain yang juga ditingkatkan (tetap tersimpan): {{ids}}',
  dropsStatuses: 'Di luar tahun aksi, status ini akan dihapus saat disimpan: {{list}}',
  confirmTitle: 'Hapus aksi?',
  confirmMessage: '“{{name}}” ({{opd}}, {{years}}) akan dihapus dari rencana aksi. {{statuses}} Tidak dapat dibatalkan.',
  confirmStatuses: 'Status tahunan yang tercatat ikut terhapus: {{list}}.',
  confirmNoStatuses: 'Belum ada status tahunan yang tercatat.',
  confirmQuickWin: 'Quick win ini juga hilang dari daftar quick win.',
  removed: 'Aksi “{{name}}” dihapus.',
};
const id = {
  edit,
  coverageGroup: '{{dimension}}: {{elements}} elemen, {{actions}} aksi, {{warnings}} dengan target naik tanpa aksi',
};

const en: Shape<typeof id> = {
  edit: {
  heading: 'Edit action: {{name}}',
  save: 'Save changes',
  cancel: 'Cancel',
  saved: 'Changes to “{{name}}” saved.',
  edit: 'Edit',
  editOf: 'Edit {{name}}',
  remove: 'Delete',
  removeOf: 'Delete {{name}}',
  column: 'Edit / delete',
  otherLifts: 'Other elements it raises (kept): {{ids}}',
  dropsStatuses: 'Outside the action’s years, these statuses will be removed on saving: {{list}}',
  confirmTitle: 'Delete this action?',
  confirmMessage: '“{{name}}” ({{opd}}, {{years}}) will be removed from the action plan. {{statuses}} This cannot be undone.',
  confirmStatuses: 'Its recorded yearly statuses are removed too: {{list}}.',
  confirmNoStatuses: 'No yearly status has been recorded yet.',
  confirmQuickWin: 'It also leaves the quick-win list.',
  removed: 'Action “{{name}}” deleted.',
  },
  coverageGroup: '{{dimension}}: {{elements}} elements, {{actions}} actions, {{warnings}} with a target rise and no action',
};

export const actionEditLocale = { id, en };
