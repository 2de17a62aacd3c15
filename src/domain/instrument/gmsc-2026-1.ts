/* eslint-disable max-lines -- versioned instrument data (72 indicators); reads best as one file. */
/**
 * Instrument `gmsc-2026.1`: 6 dimensions × 3 elements × 4 indicators = 72 questions, and the
 * generic 0–5 rubric (assessment-model.md §6.1, §6.2, §6.9). This is versioned data: never edit
 * the meaning of an existing id. A changed question gets a new id and a new instrument version
 * (a new file beside this one, registered in `registry.ts`).
 *
 * Question text (both languages), layers, English evidence hints and the † (`naAllowed`) marks
 * are copied from §6.9; the Indonesian evidence hints and dimension goals are translations.
 */
import { DIMENSION_IDS } from './types';
import type {
  DimensionDef,
  DimensionId,
  ElementDef,
  IndicatorDef,
  Instrument,
  Layer,
  LocalizedText,
  RubricLevel,
} from './types';

/** Persisted with every assessment: do not change. */
export const GMSC_2026_1_VERSION = 'gmsc-2026.1';

function dimensionOf(id: string): DimensionId {
  const dimensionId = DIMENSION_IDS.find((d) => id.startsWith(`${d}.`));
  if (!dimensionId) throw new Error(`Instrument data: id "${id}" has no known dimension prefix`);
  return dimensionId;
}

function ind(
  id: string,
  layer: Layer,
  naAllowed: boolean,
  question: LocalizedText,
  evidenceHint: LocalizedText,
): IndicatorDef {
  const elementId = id.slice(0, id.lastIndexOf('.'));
  return { id, elementId, dimensionId: dimensionOf(id), question, evidenceHint, layer, naAllowed };
}

function element(id: string, name: LocalizedText, indicators: readonly IndicatorDef[]): ElementDef {
  return { id, dimensionId: dimensionOf(id), name, indicators };
}

function dimension(
  id: DimensionId,
  name: LocalizedText,
  goal: LocalizedText,
  elements: readonly ElementDef[],
): DimensionDef {
  return { id, name, goal, elements };
}

/** Generic rubric for all 72 questions (§6.2): SPBE capability names plus level 0. */
const RUBRIC: readonly RubricLevel[] = [
  {
    level: 0,
    name: { id: 'Belum Ada', en: 'None' },
    descriptor: { id: 'Belum ada kebijakan, kegiatan, atau sistem.', en: 'Nothing in place.' },
  },
  {
    level: 1,
    name: { id: 'Rintisan', en: 'Initial' },
    descriptor: {
      id: 'Ada inisiatif/uji coba parsial dan sewaktu-waktu; belum direncanakan atau didokumentasikan.',
      en: 'Ad hoc or pilot initiatives, unplanned, undocumented.',
    },
  },
  {
    level: 2,
    name: { id: 'Terkelola', en: 'Managed' },
    descriptor: {
      id: 'Direncanakan, ada penanggung jawab dan anggaran, berjalan di sebagian unit/wilayah.',
      en: 'Planned, owned and funded; running in part of the units/area.',
    },
  },
  {
    level: 3,
    name: { id: 'Terdefinisi', en: 'Defined' },
    descriptor: {
      id: 'Ditetapkan (regulasi/SK/SOP/standar) dan berlaku di seluruh unit/wilayah terkait.',
      en: 'Formally established and applied across all relevant units/area.',
    },
  },
  {
    level: 4,
    name: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
    descriptor: {
      id: 'Terintegrasi lintas perangkat daerah/sistem; kinerja diukur dengan indikator dan direviu berkala.',
      en: 'Integrated across agencies/systems; performance measured and reviewed.',
    },
  },
  {
    level: 5,
    name: { id: 'Optimum', en: 'Optimised' },
    descriptor: {
      id: 'Ditingkatkan berkelanjutan berdasarkan evaluasi; dampak terbukti; menjadi rujukan/direplikasi.',
      en: 'Continuously improved from evaluation; proven impact; replicated.',
    },
  },
];

const DIMENSIONS: readonly DimensionDef[] = [
  dimension('GOV', { id: 'Smart Governance', en: 'Smart Governance' }, {
    id: 'Tata kelola pemerintahan daerah yang efektif, efisien, dan komunikatif, yang terus meningkatkan kinerja birokrasi melalui inovasi dan teknologi terpadu.',
    en: 'Effective, efficient, communicative local governance that keeps improving bureaucratic performance through innovation and integrated technology.',
  }, [
    element('GOV.1', { id: 'Pelayanan publik', en: 'Public service' }, [
      ind('GOV.1.1', 'LAY', false, {
        id: 'Sejauh mana layanan perizinan dan administrasi kependudukan dapat diproses secara daring dari pengajuan sampai terbit?',
        en: 'How far can licensing and civil-registration services be processed online end to end?',
      }, { id: 'daftar layanan daring, URL, statistik transaksi', en: 'list of online services, URL, transaction statistics' }),
      ind('GOV.1.2', 'INF', false, {
        id: 'Apakah tersedia mal pelayanan publik/layanan terpadu satu pintu yang terhubung dengan sistem daring?',
        en: 'Is there a public service mall / one-stop service connected to the online systems?',
      }, { id: 'SK, foto, catatan integrasi', en: 'decree, photo, integration note' }),
      ind('GOV.1.3', 'LAY', false, {
        id: 'Sejauh mana pengaduan masyarakat dikelola melalui kanal terpadu (mis. SP4N-LAPOR!) dengan waktu tindak lanjut yang dipantau?',
        en: 'How far are complaints handled through an integrated channel (e.g. SP4N-LAPOR!) with monitored response times?',
      }, { id: 'rekap pengaduan, laporan waktu tindak lanjut', en: 'complaint recap, response-time report' }),
      ind('GOV.1.4', 'DMP', false, {
        id: 'Apakah kepuasan masyarakat terhadap layanan diukur berkala dan hasilnya dipakai untuk perbaikan?',
        en: 'Is citizen satisfaction with services measured regularly and used for improvement?',
      }, { id: 'laporan IKM/SKM, rencana tindak lanjut', en: 'IKM/SKM report, follow-up plan' }),
    ]),
    element('GOV.2', { id: 'Manajemen birokrasi', en: 'Bureaucracy' }, [
      ind('GOV.2.1', 'LAY', false, {
        id: 'Sejauh mana perencanaan, penganggaran, dan pelaporan kinerja terintegrasi secara elektronik?',
        en: 'How far are planning, budgeting and performance reporting electronically integrated?',
      }, { id: 'tangkapan layar e-planning/e-budgeting/SAKIP', en: 'e-planning/e-budgeting/SAKIP screens' }),
      ind('GOV.2.2', 'LAY', false, {
        id: 'Apakah naskah dinas, kepegawaian, dan pengadaan sudah berbasis elektronik di seluruh perangkat daerah?',
        en: 'Are official correspondence, HR and procurement electronic in all agencies?',
      }, { id: 'data penggunaan e-office', en: 'e-office usage data' }),
      ind('GOV.2.3', 'SUP', false, {
        id: 'Apakah kebijakan dan tata kelola SPBE (arsitektur, peta rencana, tim koordinasi) ditetapkan dan dijalankan?',
        en: 'Are SPBE policy and governance (architecture, roadmap, coordination team) established and working?',
      }, { id: 'Perbup SPBE, indeks SPBE terakhir', en: 'Perbup SPBE, latest SPBE index' }),
      ind('GOV.2.4', 'INF', false, {
        id: 'Sejauh mana data antarperangkat daerah dikelola dalam kerangka Satu Data (walidata, standar, portal)?',
        en: 'How far is cross-agency data managed under Satu Data (data steward, standards, portal)?',
      }, { id: 'SK walidata, URL portal data', en: 'SK walidata, data portal URL' }),
    ]),
    element('GOV.3', { id: 'Kebijakan publik', en: 'Public policy' }, [
      ind('GOV.3.1', 'SUP', false, {
        id: 'Apakah ada regulasi daerah yang menetapkan masterplan smart city serta dewan/tim pelaksananya?',
        en: 'Is there a regional regulation establishing the smart city masterplan and its council/team?',
      }, { id: 'Perda/Perbup/Perwal, SK tim', en: 'Perda/Perbup/Perwal, SK tim' }),
      ind('GOV.3.2', 'STR', false, {
        id: 'Sejauh mana program smart city diselaraskan dengan RPJMD/Renstra dan dianggarkan dalam APBD?',
        en: 'How far are smart city programmes aligned with RPJMD/Renstra and funded in the APBD?',
      }, { id: 'kutipan RPJMD, mata anggaran', en: 'RPJMD excerpt, budget lines' }),
      ind('GOV.3.3', 'INF', false, {
        id: 'Sejauh mana kebijakan disusun berbasis data (dasbor eksekutif, command center, analisis)?',
        en: 'How far is policy made from data (executive dashboard, command centre, analysis)?',
      }, { id: 'dasbor, memo analisis', en: 'dashboard, analysis memos' }),
      ind('GOV.3.4', 'LAY', false, {
        id: 'Bagaimana warga dilibatkan dalam perumusan kebijakan (musrenbang daring, konsultasi publik, PPID)?',
        en: 'How are citizens involved in policy-making (online musrenbang, consultation, information desk)?',
      }, { id: 'laporan PPID, catatan konsultasi', en: 'PPID report, consultation records' }),
    ]),
  ]),
  dimension('BRD', { id: 'Smart Branding', en: 'Smart Branding' }, {
    id: 'Meningkatkan daya saing daerah melalui pemasaran daerah.',
    en: 'Raise regional competitiveness by marketing the region.',
  }, [
    element('BRD.1', { id: 'Pariwisata', en: 'Tourism branding' }, [
      ind('BRD.1.1', 'SUP', false, {
        id: 'Apakah daerah memiliki identitas merek dan strategi pemasaran daerah yang ditetapkan dan dipakai konsisten?',
        en: 'Does the region have an adopted brand identity and marketing strategy used consistently?',
      }, { id: 'pedoman merek, SK', en: 'brand guideline, decree' }),
      ind('BRD.1.2', 'LAY', false, {
        id: 'Sejauh mana informasi destinasi, atraksi, dan kalender acara tersedia secara digital dan mutakhir?',
        en: 'How far are destination, attraction and event-calendar information digital and up to date?',
      }, { id: 'situs web/aplikasi, catatan pemutakhiran', en: 'website/app, update log' }),
      ind('BRD.1.3', 'LAY', true, {
        id: 'Apakah tersedia layanan digital bagi wisatawan (tiket/pemesanan, peta, pembayaran nontunai)?',
        en: 'Are digital visitor services available (ticketing/booking, maps, cashless payment)?',
      }, { id: 'aplikasi/URL, data transaksi', en: 'app/URL, transaction data' }),
      ind('BRD.1.4', 'DMP', true, {
        id: 'Apakah kunjungan, lama tinggal, dan belanja wisatawan dipantau dan dipakai untuk evaluasi promosi?',
        en: 'Are visitor numbers, length of stay and spending monitored and used to evaluate promotion?',
      }, { id: 'statistik pariwisata, evaluasi', en: 'tourism statistics, evaluation' }),
    ]),
    element('BRD.2', { id: 'Ekosistem bisnis', en: 'Business branding' }, [
      ind('BRD.2.1', 'LAY', false, {
        id: 'Apakah profil potensi dan peluang investasi daerah tersedia dan dipromosikan secara digital?',
        en: 'Is an investment-opportunity profile available and promoted digitally?',
      }, { id: 'profil investasi, portal', en: 'investment profile, portal' }),
      ind('BRD.2.2', 'LAY', false, {
        id: 'Sejauh mana produk unggulan daerah/UMKM dikurasi dan dipasarkan dengan merek bersama dan kanal digital?',
        en: 'How far are flagship local/SME products curated and marketed under a shared brand and digital channels?',
      }, { id: 'katalog, daftar produk di lokapasar', en: 'catalogue, marketplace listings' }),
      ind('BRD.2.3', 'STR', false, {
        id: 'Apakah ada forum kolaborasi pentahelix (pemerintah, bisnis, akademisi, komunitas, media) untuk merek daerah?',
        en: 'Is there a penta-helix forum (government, business, academia, community, media) for the regional brand?',
      }, { id: 'SK forum, notulen rapat', en: 'SK forum, meeting minutes' }),
      ind('BRD.2.4', 'DMP', false, {
        id: 'Apakah kemudahan berusaha (perizinan berusaha, insentif, layanan investor) dipantau dan ditingkatkan?',
        en: 'Is ease of doing business (business licensing, incentives, investor service) monitored and improved?',
      }, { id: 'data waktu perizinan, survei investor', en: 'licensing time data, investor survey' }),
    ]),
    element('BRD.3', { id: 'Wajah kota', en: 'City appearance' }, [
      ind('BRD.3.1', 'SUP', false, {
        id: 'Apakah ada pedoman penataan wajah kota/kawasan (ruang publik, penanda, ikon, cagar budaya) yang ditetapkan?',
        en: 'Is there an adopted guideline for city/area appearance (public space, signage, landmarks, heritage)?',
      }, { id: 'pedoman, Perbup', en: 'guideline, Perbup' }),
      ind('BRD.3.2', 'INF', false, {
        id: 'Sejauh mana ruang publik dan kawasan ikonik ditata dan dipelihara (taman, trotoar, penerangan)?',
        en: 'How far are public spaces and iconic areas designed and maintained (parks, sidewalks, lighting)?',
      }, { id: 'rencana pemeliharaan, inventaris', en: 'maintenance plan, inventory' }),
      ind('BRD.3.3', 'INF', false, {
        id: 'Apakah informasi publik di ruang kota (papan informasi digital, penunjuk arah, wifi publik) tersedia?',
        en: 'Is public information in urban space available (digital boards, wayfinding, public wifi)?',
      }, { id: 'daftar aset, foto', en: 'asset list, photos' }),
      ind('BRD.3.4', 'DMP', false, {
        id: 'Apakah persepsi warga dan pengunjung terhadap citra dan kenyamanan daerah diukur?',
        en: "Are resident and visitor perceptions of the region's image and comfort measured?",
      }, { id: 'laporan survei', en: 'survey report' }),
    ]),
  ]),
  dimension('ECO', { id: 'Smart Economy', en: 'Smart Economy' }, {
    id: 'Ekosistem ekonomi yang mendukung kesejahteraan rakyat.',
    en: 'Economic ecosystem that supports welfare.',
  }, [
    element('ECO.1', { id: 'Industri', en: 'Industry' }, [
      ind('ECO.1.1', 'SUP', false, {
        id: 'Apakah ada peta dan strategi pengembangan sektor/industri unggulan daerah berbasis data?',
        en: "Is there a data-based map and strategy for the region's leading sectors/industries?",
      }, { id: 'kajian, dokumen strategi', en: 'study, strategy document' }),
      ind('ECO.1.2', 'LAY', false, {
        id: 'Sejauh mana pelaku industri/UMKM didorong mengadopsi teknologi digital (pelatihan, pendampingan)?',
        en: 'How far are industries/SMEs helped to adopt digital technology (training, mentoring)?',
      }, { id: 'laporan program, peserta', en: 'programme reports, participants' }),
      ind('ECO.1.3', 'INF', false, {
        id: 'Apakah tersedia basis data pelaku usaha/UMKM terpadu yang mutakhir?',
        en: 'Is there an up-to-date integrated database of businesses/SMEs?',
      }, { id: 'basis data, tanggal pemutakhiran', en: 'database, update date' }),
      ind('ECO.1.4', 'INF', true, {
        id: 'Apakah ada ruang inovasi atau ekonomi kreatif (inkubator, co-working, komunitas startup) yang aktif?',
        en: 'Are there active innovation/creative-economy spaces (incubator, co-working, startup community)?',
      }, { id: 'fasilitas, catatan kegiatan', en: 'facility, activity log' }),
    ]),
    element('ECO.2', { id: 'Kesejahteraan rakyat', en: 'Welfare' }, [
      ind('ECO.2.1', 'INF', false, {
        id: 'Apakah data kesejahteraan sosial dimutakhirkan dan dipakai untuk penyaluran bantuan tepat sasaran?',
        en: 'Is social-welfare data updated and used to target assistance?',
      }, { id: 'laporan pemutakhiran, kriteria penetapan sasaran', en: 'update report, targeting rules' }),
      ind('ECO.2.2', 'LAY', false, {
        id: 'Sejauh mana program penanggulangan kemiskinan dan pengangguran memakai layanan digital (bursa kerja daring, pelatihan)?',
        en: 'How far do poverty/unemployment programmes use digital services (online job exchange, training)?',
      }, { id: 'platform, data penggunaan', en: 'platform, usage data' }),
      ind('ECO.2.3', 'LAY', false, {
        id: 'Apakah harga dan ketersediaan bahan pokok dipantau dan dipublikasikan?',
        en: 'Are staple-food prices and availability monitored and published?',
      }, { id: 'dasbor harga', en: 'price dashboard' }),
      ind('ECO.2.4', 'DMP', false, {
        id: 'Apakah indikator kesejahteraan (kemiskinan, pengangguran, IPM) dipantau dan dijadikan target program smart city?',
        en: 'Are welfare indicators (poverty, unemployment, HDI) monitored and used as smart city targets?',
      }, { id: 'tabel indikator, target', en: 'indicator table, targets' }),
    ]),
    element('ECO.3', { id: 'Transaksi keuangan', en: 'Financial transaction' }, [
      ind('ECO.3.1', 'LAY', false, {
        id: 'Sejauh mana pajak dan retribusi daerah dapat dibayar secara nontunai/elektronik?',
        en: 'How far can local taxes and levies be paid cashless/electronically?',
      }, { id: 'daftar kanal, persentase pembayaran elektronik', en: 'channel list, share of e-payments' }),
      ind('ECO.3.2', 'LAY', false, {
        id: 'Sejauh mana transaksi belanja pemerintah daerah sudah nontunai?',
        en: 'How far is local-government spending cashless?',
      }, { id: 'laporan perbendaharaan', en: 'treasury report' }),
      ind('ECO.3.3', 'LAY', false, {
        id: 'Sejauh mana pasar, UMKM, dan layanan publik menerima pembayaran digital (mis. QRIS)?',
        en: 'How far do markets, SMEs and public services accept digital payment (e.g. QRIS)?',
      }, { id: 'jumlah merchant, uji coba', en: 'merchant counts, pilots' }),
      ind('ECO.3.4', 'STR', false, {
        id: 'Apakah ada tim percepatan digitalisasi transaksi daerah dan capaiannya dipantau berkala?',
        en: 'Is there a regional team for digitalising transactions whose results are monitored regularly?',
      }, { id: 'SK tim (mis. TP2DD), laporan kemajuan', en: 'SK tim (e.g. TP2DD), progress report' }),
    ]),
  ]),
  dimension('LIV', { id: 'Smart Living', en: 'Smart Living' }, {
    id: 'Lingkungan tempat tinggal yang layak huni, nyaman, dan efisien.',
    en: 'Living environment that is liveable, comfortable and efficient.',
  }, [
    element('LIV.1', { id: 'Harmonisasi tata ruang dan hunian', en: 'Harmony (spatial planning, housing)' }, [
      ind('LIV.1.1', 'INF', false, {
        id: 'Apakah rencana tata ruang (RTRW/RDTR) tersedia dalam bentuk digital dan dapat diakses publik?',
        en: 'Are spatial plans (RTRW/RDTR) available digitally and publicly accessible?',
      }, { id: 'peta daring, Perda', en: 'web map, Perda' }),
      ind('LIV.1.2', 'INF', false, {
        id: 'Sejauh mana kualitas permukiman (kumuh, air minum, sanitasi) dipantau dengan data spasial?',
        en: 'How far is settlement quality (slums, drinking water, sanitation) monitored with spatial data?',
      }, { id: 'lapisan peta SIG, laporan', en: 'GIS layers, reports' }),
      ind('LIV.1.3', 'INF', false, {
        id: 'Apakah kesenjangan layanan dasar dan jaringan internet (blank spot) dipetakan dan ditangani?',
        en: 'Are gaps in basic services and internet coverage (blank spots) mapped and addressed?',
      }, { id: 'peta blank spot, rencana aksi', en: 'blank-spot map, action plan' }),
      ind('LIV.1.4', 'DMP', false, {
        id: 'Apakah ketersediaan fasilitas publik (RTH, olahraga, budaya) dipantau terhadap standar?',
        en: 'Is the provision of public facilities (green space, sports, culture) monitored against standards?',
      }, { id: 'inventaris dibandingkan standar', en: 'inventory vs standard' }),
    ]),
    element('LIV.2', { id: 'Kesehatan', en: 'Health' }, [
      ind('LIV.2.1', 'INF', false, {
        id: 'Sejauh mana puskesmas dan rumah sakit daerah memakai rekam medis elektronik dan sistem informasi terintegrasi?',
        en: 'How far do health centres and regional hospitals use electronic medical records and integrated systems?',
      }, { id: 'daftar sistem, % cakupan', en: 'system list, coverage %' }),
      ind('LIV.2.2', 'LAY', false, {
        id: 'Apakah tersedia layanan kesehatan digital bagi warga (antrean daring, rujukan daring, telekonsultasi)?',
        en: 'Are digital health services available to citizens (online queue, online referral, teleconsultation)?',
      }, { id: 'aplikasi/URL, data penggunaan', en: 'app/URL, usage' }),
      ind('LIV.2.3', 'INF', false, {
        id: 'Apakah surveilans kesehatan (stunting, gizi, penyakit menular) memakai data mutakhir/dasbor?',
        en: 'Does health surveillance (stunting, nutrition, communicable disease) use current data/dashboards?',
      }, { id: 'dasbor, buletin', en: 'dashboard, bulletin' }),
      ind('LIV.2.4', 'DMP', false, {
        id: 'Apakah capaian standar pelayanan minimal kesehatan dan jaminan kesehatan dipantau dan ditargetkan?',
        en: 'Are health minimum-service-standard and health-insurance coverage monitored and targeted?',
      }, { id: 'laporan SPM', en: 'SPM report' }),
    ]),
    element('LIV.3', { id: 'Mobilitas dan transportasi', en: 'Mobility' }, [
      ind('LIV.3.1', 'INF', true, {
        id: 'Apakah informasi lalu lintas dan angkutan umum tersedia secara digital (CCTV, ATCS, info rute)?',
        en: 'Is traffic and public-transport information available digitally (CCTV, ATCS, route info)?',
      }, { id: 'daftar sistem, URL', en: 'system list, URL' }),
      ind('LIV.3.2', 'LAY', false, {
        id: 'Sejauh mana layanan perhubungan (uji kendaraan, parkir, izin angkutan) sudah elektronik dan nontunai?',
        en: 'How far are transport services (vehicle testing, parking, permits) electronic and cashless?',
      }, { id: 'daftar layanan, data pembayaran elektronik', en: 'service list, e-payment data' }),
      ind('LIV.3.3', 'SUP', false, {
        id: 'Apakah konektivitas antarwilayah (jalan, angkutan perdesaan/perkotaan) direncanakan berbasis data?',
        en: 'Is inter-area connectivity (roads, rural/urban transport) planned from data?',
      }, { id: 'rencana transportasi, data', en: 'transport plan, data' }),
      ind('LIV.3.4', 'DMP', false, {
        id: 'Apakah kinerja mobilitas (waktu tempuh, kecelakaan, kemacetan) dipantau?',
        en: 'Is mobility performance (travel time, accidents, congestion) monitored?',
      }, { id: 'laporan pemantauan', en: 'monitoring report' }),
    ]),
  ]),
  dimension('SOC', { id: 'Smart Society', en: 'Smart Society' }, {
    id: 'Ekosistem sosio-teknis masyarakat yang humanis dan dinamis, baik fisik maupun virtual, yang produktif, komunikatif, dan interaktif dengan literasi digital yang tinggi.',
    en: 'Humanist, dynamic socio-technical ecosystem, physical and virtual; productive, communicative, interactive, high digital literacy.',
  }, [
    element('SOC.1', { id: 'Komunitas', en: 'Community' }, [
      ind('SOC.1.1', 'STR', false, {
        id: 'Apakah ada komunitas warga/TIK yang aktif berkolaborasi dengan pemerintah daerah (relawan TIK, hackathon, forum)?',
        en: 'Are citizen/ICT communities actively collaborating with the local government (ICT volunteers, hackathons, forums)?',
      }, { id: 'MoU, laporan kegiatan', en: 'MoU, event reports' }),
      ind('SOC.1.2', 'LAY', false, {
        id: 'Sejauh mana program literasi digital menjangkau warga, termasuk kelompok rentan dan perdesaan?',
        en: 'How far do digital-literacy programmes reach citizens, including vulnerable and rural groups?',
      }, { id: 'peserta menurut kelompok/wilayah', en: 'participants by group/area' }),
      ind('SOC.1.3', 'LAY', false, {
        id: 'Apakah kanal partisipasi warga digital (aplikasi, media sosial resmi) dikelola dengan respons terukur?',
        en: 'Are digital citizen-participation channels (apps, official social media) managed with measured response?',
      }, { id: 'statistik respons', en: 'response statistics' }),
      ind('SOC.1.4', 'SUP', false, {
        id: 'Apakah kebutuhan penyandang disabilitas, lansia, dan kelompok rentan dimasukkan dalam desain layanan digital?',
        en: 'Are the needs of people with disabilities, older people and vulnerable groups built into digital services?',
      }, { id: 'daftar periksa aksesibilitas, kebijakan', en: 'accessibility checklist, policy' }),
    ]),
    element('SOC.2', { id: 'Ekosistem belajar', en: 'Learning' }, [
      ind('SOC.2.1', 'INF', false, {
        id: 'Sejauh mana sekolah kewenangan daerah terhubung internet dan memiliki perangkat pembelajaran digital?',
        en: 'How far are schools under regional authority connected and equipped for digital learning?',
      }, { id: '% konektivitas', en: 'connectivity %' }),
      ind('SOC.2.2', 'LAY', false, {
        id: 'Apakah tersedia platform/konten belajar daring dan perpustakaan digital daerah?',
        en: 'Are online learning platforms/content and a regional digital library available?',
      }, { id: 'URL, data penggunaan', en: 'URL, usage' }),
      ind('SOC.2.3', 'STR', false, {
        id: 'Apakah ada program peningkatan kompetensi digital ASN dan guru yang terencana?',
        en: 'Is there a planned digital-skills programme for civil servants and teachers?',
      }, { id: 'rencana pelatihan, peserta', en: 'training plan, participants' }),
      ind('SOC.2.4', 'DMP', false, {
        id: 'Apakah data pendidikan (mis. anak tidak sekolah) dipakai untuk intervensi?',
        en: 'Is education data (e.g. out-of-school children) used for interventions?',
      }, { id: 'laporan intervensi', en: 'intervention report' }),
    ]),
    element('SOC.3', { id: 'Keamanan', en: 'Security' }, [
      ind('SOC.3.1', 'LAY', false, {
        id: 'Apakah layanan darurat terpadu (mis. 112) dan pusat kendali beroperasi?',
        en: 'Are an integrated emergency number (e.g. 112) and a control centre operating?',
      }, { id: 'SOP, statistik panggilan', en: 'SOP, call statistics' }),
      ind('SOC.3.2', 'INF', false, {
        id: 'Sejauh mana CCTV, sensor, dan peringatan dini bencana terintegrasi?',
        en: 'How far are CCTV, sensors and disaster early warning integrated?',
      }, { id: 'peta aset, bukti integrasi', en: 'asset map, integration proof' }),
      ind('SOC.3.3', 'STR', false, {
        id: 'Apakah keamanan informasi pemerintah daerah dikelola (tim tanggap insiden, penilaian Indeks KAMI, kebijakan)?',
        en: 'Is local-government information security managed (incident response team, Indeks KAMI assessment, policy)?',
      }, { id: 'SK CSIRT, hasil Indeks KAMI', en: 'CSIRT decree, KAMI result' }),
      ind('SOC.3.4', 'SUP', false, {
        id: 'Apakah pelindungan data pribadi warga dalam layanan digital diatur dan diterapkan?',
        en: "Is citizens' personal-data protection in digital services regulated and applied?",
      }, { id: 'kebijakan, pemberitahuan privasi', en: 'policy, privacy notices' }),
    ]),
  ]),
  dimension('ENV', { id: 'Smart Environment', en: 'Smart Environment' }, {
    id: 'Tata kelola lingkungan yang baik, bertanggung jawab, dan berkelanjutan.',
    en: 'Good, responsible and sustainable environmental governance.',
  }, [
    element('ENV.1', { id: 'Proteksi lingkungan', en: 'Environmental protection' }, [
      ind('ENV.1.1', 'INF', false, {
        id: 'Apakah kualitas udara dan air dipantau (stasiun/sensor) dan datanya dipublikasikan?',
        en: 'Are air and water quality monitored (stations/sensors) and the data published?',
      }, { id: 'daftar stasiun, portal', en: 'station list, portal' }),
      ind('ENV.1.2', 'LAY', false, {
        id: 'Apakah pengawasan izin lingkungan dan pengendalian pencemaran didukung sistem informasi?',
        en: 'Are environmental-permit supervision and pollution control supported by an information system?',
      }, { id: 'sistem, catatan inspeksi', en: 'system, inspection log' }),
      ind('ENV.1.3', 'DMP', false, {
        id: 'Apakah ruang terbuka hijau dan kawasan lindung dipetakan dan capaiannya terhadap target dipantau?',
        en: 'Are green open space and protected areas mapped and progress against targets monitored?',
      }, { id: 'SIG, % RTH', en: 'GIS, RTH %' }),
      ind('ENV.1.4', 'SUP', false, {
        id: 'Apakah ada rencana adaptasi/mitigasi perubahan iklim dan pengurangan risiko bencana?',
        en: 'Is there a climate adaptation/mitigation and disaster-risk-reduction plan?',
      }, { id: 'dokumen rencana', en: 'plan document' }),
    ]),
    element('ENV.2', { id: 'Tata kelola sampah dan limbah', en: 'Waste' }, [
      ind('ENV.2.1', 'SUP', false, {
        id: 'Apakah ada kebijakan dan strategi daerah pengelolaan sampah dengan target pengurangan dan penanganan?',
        en: 'Is there a regional waste policy and strategy with reduction and handling targets?',
      }, { id: 'Jakstrada, Perbup', en: 'Jakstrada, Perbup' }),
      ind('ENV.2.2', 'INF', false, {
        id: 'Sejauh mana pengangkutan sampah, TPS, dan TPA dipantau secara digital (armada, volume, lokasi)?',
        en: 'How far are waste collection, transfer points and landfill monitored digitally (fleet, volume, location)?',
      }, { id: 'sistem pelacakan, laporan', en: 'tracking system, reports' }),
      ind('ENV.2.3', 'LAY', false, {
        id: 'Apakah bank sampah/3R dan ekonomi sirkular berbasis masyarakat berjalan dan tercatat?',
        en: 'Are community waste banks/3R and circular-economy schemes running and recorded?',
      }, { id: 'daftar unit, tonase', en: 'unit list, tonnage' }),
      ind('ENV.2.4', 'DMP', false, {
        id: 'Apakah pengelolaan limbah (domestik, B3, medis) dan drainase dipantau?',
        en: 'Are wastewater, hazardous/medical waste and drainage monitored?',
      }, { id: 'laporan pemantauan', en: 'monitoring report' }),
    ]),
    element('ENV.3', { id: 'Tata kelola energi', en: 'Energy' }, [
      ind('ENV.3.1', 'SUP', false, {
        id: 'Apakah ada kebijakan atau program efisiensi energi untuk gedung dan fasilitas pemerintah daerah?',
        en: 'Is there an energy-efficiency policy or programme for local-government buildings and facilities?',
      }, { id: 'kebijakan, program', en: 'policy, programme' }),
      ind('ENV.3.2', 'INF', false, {
        id: 'Sejauh mana penerangan jalan umum dan gedung pemerintah memakai teknologi hemat energi dan pemantauan?',
        en: 'How far do street lighting and government buildings use energy-saving technology and monitoring?',
      }, { id: 'persentase lampu LED, meteran energi', en: 'LED share, metering' }),
      ind('ENV.3.3', 'LAY', true, {
        id: 'Apakah pemanfaatan energi terbarukan (surya, biogas, mikrohidro) didorong dan tercatat?',
        en: 'Is renewable energy use (solar, biogas, micro-hydro) promoted and recorded?',
      }, { id: 'daftar instalasi', en: 'installation list' }),
      ind('ENV.3.4', 'DMP', false, {
        id: 'Apakah konsumsi energi dan biaya energi pemerintah daerah dipantau dan dilaporkan berkala?',
        en: 'Are local-government energy consumption and costs monitored and reported regularly?',
      }, { id: 'laporan energi', en: 'energy report' }),
    ]),
  ]),
];

/** The instrument answered by new assessments from 2026 (§6). */
export const INSTRUMENT_GMSC_2026_1: Instrument = {
  version: GMSC_2026_1_VERSION,
  title: { id: 'Instrumen Kesiapan Smart City', en: 'Smart City Readiness Instrument' },
  dimensions: DIMENSIONS,
  rubric: RUBRIC,
};
