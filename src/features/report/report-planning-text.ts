import type { Shape } from '../../i18n/shape';

/** Report text of the planning sheet (namespace `report`, key `planning`). Indonesian first. */
const id = {
  heading: 'Target, peta jalan, dan quick win',
  roadmapTitle: 'Peta jalan {{from}}–{{to}}: target per tahun (skala 0–5)',
  caption: 'Tabel 4. Skor saat ini, target per tahun, dan kesenjangan terhadap target akhir',
  current: 'Saat ini',
  gap: 'Kesenjangan',
  met: 'terpenuhi',
  index: 'Indeks',
  noRoadmap: 'Target belum ditetapkan.',
  quickWinsTitle: 'Quick win terpilih',
  quickWinsCaption: 'Tabel 5. Quick win: penanggung jawab dan tenggat',
  noQuickWins: 'Belum ada quick win terpilih.',
  element: 'Elemen',
  owner: 'OPD penanggung jawab',
  due: 'Tenggat',
  aim: 'Sasaran tingkat',
  note: 'Catatan',
};

const en: Shape<typeof id> = {
  heading: 'Targets, roadmap and quick wins',
  roadmapTitle: 'Roadmap {{from}}–{{to}}: target per year (0–5 scale)',
  caption: 'Table 4. Current score, yearly targets and gap to the final target',
  current: 'Current',
  gap: 'Gap',
  met: 'met',
  index: 'Index',
  noRoadmap: 'No targets set yet.',
  quickWinsTitle: 'Chosen quick wins',
  quickWinsCaption: 'Table 5. Quick wins: owner and due date',
  noQuickWins: 'No quick wins chosen yet.',
  element: 'Element',
  owner: 'Owner OPD',
  due: 'Due date',
  aim: 'Target level',
  note: 'Note',
};

export const reportPlanningText = { id, en };
