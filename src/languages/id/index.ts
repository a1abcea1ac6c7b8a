import type { LanguageModule } from '../types.js';

export const id: LanguageModule = {
  lang: 'id',
  functionWords: [
    'yang', 'dan', 'di', 'untuk', 'dengan', 'ini', 'dari', 'dalam', 'akan', 'tidak', 'pada', 'itu', 'juga', 'ke',
    'oleh', 'telah', 'adalah', 'bahwa', 'sudah', 'atau',
  ],
  relatedHeadings: [
    'tentang penulis', 'baca juga', 'berita terkait', 'berita lainnya', 'berita lain', 'artikel terkait',
    'baca selanjutnya', 'terpopuler', 'berita terpopuler', 'berita terbaru', 'terkini', 'yang lain', 'lainnya',
    'rekomendasi',
  ],
  commentHeadings: ['komentar', 'tulis komentar', 'kirim komentar'],
  inlineLinkLeadIns: ['baca juga', 'baca pula', 'simak juga', 'lihat juga', 'berita terkait'],
  shareWords: ['bagikan', 'bagikan artikel', 'salin link', 'salin tautan'],
  photoLabels: ['foto', 'gambar', 'sumber foto'],
  creditLabels: ['dok', 'dokumentasi', 'istimewa', 'ist', 'foto ilustrasi'],
  illustrationLabels: ['ilustrasi', 'foto ilustrasi'],
  dateWords: [
    'lalu', 'jam', 'menit', 'hari', 'detik', 'kemarin', 'durasi', 'baca', 'senin', 'selasa', 'rabu', 'kamis', "jum'at",
    'jumat', 'sabtu', 'minggu', 'pukul', 'wib', 'wita', 'wit', 'diperbarui', 'diterbitkan', 'januari', 'februari',
    'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember',
  ],
  adLabels: ['iklan', 'advertisement', 'scroll to continue with content', 'lanjutkan membaca', 'konten berbayar'],
  counterWords: ['dibaca', 'kali dibaca', 'dilihat', 'kali dilihat', 'pembaca'],
  copulas: ['adalah', 'merupakan', 'ialah'],
  bylineLeadIns: ['oleh', 'penulis', 'reporter', 'pewarta', 'editor', 'redaksi'],
  sourceLeadIns: ['sumber'],
  agencies: ['ANTARA', 'Antara'],
  callsToAction: [
    'khusus pelanggan', 'masuk untuk membaca', 'daftar untuk membaca', 'ikuti (?:kami|berita|kanal|saluran)',
    'simak (?:berita|update)', 'dapatkan (?:update|berita)', 'unduh aplikasi', 'berlangganan',
    'gabung (?:di|ke) (?:kanal|grup|channel)', 'cek berita dan artikel',
  ],
  timeZones: { wib: '+07:00', wita: '+08:00', wit: '+09:00' },
  defaultUtcOffset: '+07:00',
  hostSuffixes: ['.id'],
};
