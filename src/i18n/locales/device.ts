import type { Shape } from '../shape';

const id = {
  storage: {
    title: 'Penyimpanan di perangkat ini',
    intro: 'Semua jawaban disimpan di browser perangkat ini, tidak di server mana pun.',
    granted: 'Penyimpanan permanen aktif: browser tidak akan menghapus data ini dengan sendirinya, walaupun ruang disk menipis.',
    denied: 'Browser belum mengizinkan penyimpanan permanen. Artinya, browser boleh menghapus data ini bila ruang disk hampir penuh, atau bila data penjelajahan dibersihkan.',
    notAsked: 'Izin penyimpanan permanen diminta setelah jawaban pertama tersimpan.',
    unsupported: 'Browser ini tidak mendukung penyimpanan permanen. Buat cadangan secara berkala.',
    whatToDo: 'Agar data tidak hilang:',
    stepInstall: 'Pasang aplikasi ini (menu browser → “Instal Siap Cerdas” atau “Tambahkan ke layar utama”) dan bukalah dari ikonnya. Browser biasanya mengizinkan penyimpanan permanen untuk aplikasi yang terpasang; setelah itu tekan “Minta izin lagi”.',
    stepNoPrivate: 'Jangan memakai jendela penyamaran (incognito/private): semua data hilang saat jendela ditutup.',
    stepNoClear: 'Di laptop bersama, jangan bersihkan “cookie dan data situs” browser ini, dan matikan pembersihan otomatis saat browser ditutup.',
    stepBackup: 'Unduh cadangan secara berkala dan simpan di tempat lain, misalnya flashdisk atau folder bersama kantor.',
    askNow: 'Minta penyimpanan permanen',
    askAgain: 'Minta izin lagi',
    usage: 'Terpakai {{used}} dari sekitar {{quota}} yang boleh dipakai aplikasi ini di perangkat ini.',
    usageUnknown: 'Browser tidak memberi tahu berapa ruang yang terpakai.',
    offlineReady: 'Aplikasi sudah tersimpan di perangkat ini dan dapat dibuka tanpa internet.',
  },
  lock: {
    readOnly: 'Penilaian ini sedang dibuka di tab lain — hanya baca.',
    readOnlyHint: 'Jawaban hanya dapat diubah di satu tab sekaligus agar tidak ada yang tertimpa. Tutup tab lain itu, atau ambil alih di sini; tab lain itu lalu menjadi hanya baca.',
    takeOver: 'Ambil alih di tab ini',
  },
};
const en: Shape<typeof id> = {
  storage: {
    title: 'Storage on this device',
    intro: 'All answers are stored in this device’s browser, not on any server.',
    granted: 'Persistent storage is on: the browser will not delete this data by itself, even when the disk runs low.',
    denied: 'The browser has not allowed persistent storage. It may delete this data when the disk is nearly full, or when browsing data is cleared.',
    notAsked: 'Persistent storage is requested after the first answer is saved.',
    unsupported: 'This browser does not support persistent storage. Make backups regularly.',
    whatToDo: 'To keep the data safe:',
    stepInstall: 'Install this app (browser menu → “Install Siap Cerdas” or “Add to home screen”) and open it from its icon. Browsers usually allow persistent storage for installed apps; then press “Ask again”.',
    stepNoPrivate: 'Do not use a private (incognito) window: all data is gone when the window closes.',
    stepNoClear: 'On a shared laptop, do not clear this browser’s “cookies and site data”, and turn off clearing data when the browser closes.',
    stepBackup: 'Download a backup regularly and keep it elsewhere, e.g. on a USB drive or a shared office folder.',
    askNow: 'Request persistent storage',
    askAgain: 'Ask again',
    usage: '{{used}} used of about {{quota}} this app may use on this device.',
    usageUnknown: 'The browser does not report how much space is used.',
    offlineReady: 'The app is stored on this device and opens without internet.',
  },
  lock: {
    readOnly: 'This assessment is open in another tab — read-only.',
    readOnlyHint: 'Answers can be changed in one tab at a time so nothing is overwritten. Close the other tab, or take over here; the other tab then becomes read-only.',
    takeOver: 'Take over in this tab',
  },
};
export const device = { id, en } as const;
