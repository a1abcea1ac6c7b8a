import type { DateMod } from '../../../core/index.js';
import { LANGUAGES } from '../../../core/languages/index.js';
import type { PartOfDay, RelUnit } from '../../common/dates/types.js';

export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, pebruari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8,
  september: 9, oktober: 10, november: 11, nopember: 11, desember: 12,
};

/** Abbreviations, only trusted next to a day number or a year ("6 Sept 2021"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, agus: 8, sep: 9, sept: 9, okt: 10, nov: 11,
  des: 12,
};

export const MODS: Readonly<Record<string, DateMod>> = {
  awal: 'START', permulaan: 'START', pertengahan: 'MID', medio: 'MID', akhir: 'END', penghujung: 'END',
  sekitar: 'APPROX', 'kira-kira': 'APPROX', 'sekitar awal': 'START', 'sekitar akhir': 'END',
};

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  pagi: 'MO', siang: 'MI', sore: 'AF', petang: 'EV', malam: 'NI', 'tengah malam': 'NI', 'dini hari': 'NI', dinihari: 'NI',
};

export const WEEKDAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'];

const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7,
};
/** A weekday alone is a date only after "hari" or one of these, or with "lalu"/"depan" after it. */
export const WEEKDAY_PREPOSITIONS = ['pada', 'sejak', 'hingga', 'sampai', 'sebelum', 'setelah', 'mulai'];
/** "Senin waktu setempat", "Selasa waktu Indonesia": a weekday these follow is a day (of a market, a match). */
export const WEEKDAY_ZONE_AFTER = ['waktu setempat', 'waktu indonesia', 'wib', 'wita', 'wit'];
/** "besok dan Minggu": a weekday joined to a coming day is the next one. */
export const COMING_DAYS = ['besok', 'esok', 'lusa'];
const WEEKDAY_OFFSETS: Readonly<Record<string, -1 | 0 | 1>> = {
  lalu: -1, kemarin: -1, depan: 1, mendatang: 1, nanti: 1,
  // "Minggu besok", "Rabu esok": the coming day named twice, one fact.
  besok: 1, esok: 1,
};
/** "Rabu pekan depan": that weekday in the week before (-1), of (0) or after (1) the publication day's. */
const WEEKDAY_WEEKS: Readonly<Record<string, -1 | 0 | 1>> = {
  'pekan lalu': -1, 'minggu lalu': -1, 'pekan ini': 0, 'minggu ini': 0, 'pekan depan': 1, 'minggu depan': 1,
  'pekan mendatang': 1, 'minggu mendatang': 1, ini: 0,
};

/** "Minggu ini" capitalised is this week or this Sunday: a written day set off by commas after it names the Sunday. */
export const WEEK_WORDS_NAMING_DAY = ['Minggu ini'];

export const REL_DAYS: Readonly<Record<string, number>> = {
  'hari ini': 0, kemarin: -1, 'kemarin lusa': -2, besok: 1, esok: 1, 'esok hari': 1, lusa: 2, 'besok lusa': 2,
  semalam: -1,
};
/** Day words that also say the part of day: "semalam" is last night. */
export const REL_DAY_PODS: Readonly<Record<string, PartOfDay>> = { semalam: 'NI' };
/** Words around "semalam" that make it a duration ("menginap semalam", "semalam suntuk"), not last night. */
export const ONE_NIGHT_BEFORE = ['selama', 'menginap', 'bermalam', 'hanya', 'cuma'];
export const ONE_NIGHT_AFTER = ['suntuk', 'penuh'];

/** After a clock time: "pukul 11.11 WIB tadi" is earlier today. */
export const EARLIER_TODAY: Readonly<Record<string, number>> = { tadi: 0 };
/** "pagi ini", "sore tadi". */
export const REL_AFTER_POD: Readonly<Record<string, number>> = { ini: 0, tadi: 0 };
/** "sore kemarin", "sore hari ini": a part of day written before its day (the usual order is "kemarin sore"). */
export const REL_DAYS_AFTER_POD: Readonly<Record<string, number>> = { 'hari ini': 0, kemarin: -1 };
/** Words before "kemarin sore" that make it the idiom for a newcomer: "anak kemarin sore" (a greenhorn), no day. */
export const GREENHORN_BEFORE = ['anak', 'anak-anak', 'bocah'];
/**
 * "sore nanti", "nanti malam": a later part of the publication day. Only parts of day after the morning: "pagi
 * nanti" and "nanti dini hari" may name the next day's, so they give nothing.
 */
export const LATER_TODAY_PODS = ['siang', 'sore', 'petang', 'malam'];
export const LATER_TODAY: Readonly<Record<string, number>> = { nanti: 0 };
/** "kemarin sore", "besok pagi". */
export const REL_BEFORE_POD: Readonly<Record<string, number>> = { kemarin: -1, besok: 1, tadi: 0 };

/** "tahun ini", "tahun lalu" after a date: its year counted from the publication's. */
export const YEAR_REL: Readonly<Record<string, number>> = { ini: 0, lalu: -1, kemarin: -1, depan: 1 };

export const REL_UNITS: Readonly<Record<string, RelUnit>> = {
  pekan: 'week', minggu: 'week', bulan: 'month', kuartal: 'quarter', triwulan: 'quarter', tahun: 'year',
};

export const REL_OFFSETS: Readonly<Record<string, number>> = {
  lalu: -1, 'yang lalu': -1, kemarin: -1, silam: -1, ini: 0, depan: 1, mendatang: 1, 'yang akan datang': 1,
  berikutnya: 1,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
};
/** "sebulan lalu", "sepekan silam": one unit ago, the number written as the prefix "se-". */
export const ONE_UNIT_WORDS: Readonly<Record<string, RelUnit>> = {
  sehari: 'day', sepekan: 'week', seminggu: 'week', sebulan: 'month', setahun: 'year',
};
/** Words before "dua pekan lalu" that make it a duration ("sejak tiga hari lalu" is that day: since then). */
export const DURATION_BEFORE = ['dalam', 'selama'];
/** Words before "dua tahun lalu" that make it a rough distance back, not a period: "hampir dua tahun lalu". */
export const HEDGE_BEFORE = ['hampir', 'nyaris', 'sekitar', 'kira-kira', 'kurang lebih', 'lebih dari', 'kurang dari'];
/** "periode yang sama tahun lalu": the comparison base of a statistic, not a date. */
export const COMPARISON_BASE_BEFORE = [
  'periode yang sama', 'periode sama', 'periode yang sama di', 'periode yang sama pada', 'periode sama di',
  'periode sama pada', 'waktu yang sama', 'bulan yang sama', 'kuartal yang sama',
];
/** Yearly frequency words opening a clause before a yearless date make it habitual: "Setiap tahun, pada 17 Agustus". */
export const HABITUAL_YEARLY_EARLIER = ['setiap tahun', 'tiap tahun', 'saban tahun'];
/** A list with days in general makes a bare "hari ini"/"besok" the present: "hari ini, besok, atau hari-hari ke depan". */
/** Words that name a work or an event before its quoted title: "film berjudul \"Nanti Kita Cerita Tentang Hari Ini\"". */
export const TITLE_NOUNS = ['berjudul', 'bertajuk', 'bertema', 'judul', 'film', 'lagu', 'album', 'buku', 'novel', 'acara', 'program', 'konser', 'tema'];
export const GENERIC_DAY_WORDS = ['hari-hari ke depan', 'hari-hari mendatang', 'hari-hari berikutnya', 'zaman dulu', 'zaman dahulu'];

/** Words before a relative unit that make it a duration: "dua pekan lalu", "beberapa tahun lalu". */
export const COUNT_WORDS = [
  'beberapa', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'setiap', 'tiap',
  'hari', 'satu',
];

export const HALVES: Readonly<Record<string, number>> = {
  i: 1, ii: 2, '1': 1, '2': 2, pertama: 1, kedua: 2, 'ke-1': 1, 'ke-2': 2,
};

/**
 * Words before a semester with no year that make it a school term, not half of a calendar year: "libur semester 1",
 * "ujian akhir semester II", "rapor semester 2" (a school's first semester runs July to December).
 */
export const SCHOOL_TERM_LEADS = [
  'libur', 'liburan', 'ujian', 'ujian akhir', 'penilaian akhir', 'rapor', 'raport', 'pembelajaran', 'perkuliahan',
];

export const QUARTER_WORDS: Readonly<Record<string, number>> = {
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, pertama: 1, kedua: 2, ketiga: 3, keempat: 4,
  'ke-1': 1, 'ke-2': 2, 'ke-3': 3, 'ke-4': 4,
};

/** "Nomor 38 Tahun 2021", "No. 11 Tahun 2020": a regulation's number, not a date. */
export const REGULATION_WORDS = ['nomor', 'no.', 'no'];

/** Words before a bare four-digit number that make it a year: "pada 2021", "sejak 2020". */
export const YEAR_PREPOSITIONS = [
  'pada', 'sejak', 'hingga', 'sampai', 'selama', 'dalam', 'tahun', 'akhir', 'awal', 'pertengahan', 'medio', 'periode',
  'sepanjang', 'di', 'kurun waktu',
];

/**
 * Office holders and bodies whose term a bare year span names: "Gubernur Jatim 2019-2024", "DPR RI 2019-2024",
 * "Kabinet Indonesia Maju 2019-2024", "masa jabatan 2020-2025". Lower case: a capitalised form is added where used.
 */
export const TERM_HOLDERS = [
  'gubernur', 'wagub', 'wakil gubernur', 'bupati', 'wakil bupati', 'wali kota', 'walikota', 'wakil wali kota',
  'presiden', 'wakil presiden', 'wapres', 'DPR', 'DPRD', 'DPD', 'MPR', 'kabinet', 'menteri', 'anggota dewan',
  'masa jabatan', 'masa bakti', 'kepengurusan', 'pengurus', 'ketua umum', 'pimpinan', 'kepala daerah',
];

/** A month name alone ("Mei", "Juni" are also given names) needs one of these before it, or "lalu"/"ini" after. */
export const MONTH_PREPOSITIONS = [
  'pada', 'sejak', 'hingga', 'sampai', 'selama', 'dalam', 'menjelang', 'jelang', 'sebelum', 'setelah', 'usai',
  'sesudah', 'dan', 'antara', 'dari', 'mulai', 'per', 'di', 'akhir', 'awal', 'pertengahan', 'bulan', 'pertama',
  'kedua', 'ketiga', 'keempat', 'terakhir', 'periode', 'sepanjang',
];
/**
 * Statistic nouns a month name alone may follow: "inflasi Juli", "neraca perdagangan Januari", "ekspor Mei" (the
 * month the figure covers; "Mei", "Juni" are also given names, so any month needs such a word or a preposition).
 */
export const STATISTIC_NOUNS = [
  'inflasi', 'deflasi', 'ekspor', 'impor', 'penjualan', 'produksi', 'realisasi', 'penerimaan', 'neraca perdagangan',
  'neraca dagang', 'cadangan devisa', 'data', 'rilis', 'laporan', 'kinerja', 'posisi', 'harga', 'harga konsumen',
];
/**
 * Month names that are not given names: these alone after a lower-case word are a month ("dibandingkan Januari",
 * "akan dirilis Maret"), unless a capitalised word follows (a name or a title goes on).
 */
export const UNAMBIGUOUS_MONTHS = ['januari', 'februari', 'pebruari', 'maret', 'september', 'oktober', 'november', 'nopember', 'desember'];
/**
 * Words before which a month that is also a given name ("April", "Mei", "Juni", "Juli", "Agustus") closing its clause
 * is a person: "ujar Juni.", "bersama April,", "Ibu Mei." ("dirampungkan April.", "inginnya Juni," are months).
 */
export const PERSON_LEADS = [
  'kata', 'ujar', 'tutur', 'ungkap', 'jelas', 'tambah', 'imbuh', 'sebut', 'tegas', 'papar', 'lanjut', 'terang',
  'pungkas', 'katanya', 'ujarnya', 'bernama', 'oleh', 'dengan', 'bersama', 'kepada', 'untuk', 'bagi', 'sama',
  'ditemani', 'didampingi', 'bertemu', 'menemui', 'memanggil', 'dipanggil', 'sapaan', 'saudara', 'saudari', 'sdr',
  'sdri', 'ibu', 'bu', 'bapak', 'pak', 'mbak', 'mas', 'kak', 'adik', 'dik', 'nona', 'nyonya', 'tuan', 'si', 'sang',
  'istri', 'suami', 'anak', 'putri', 'putra', 'kakak', 'korban', 'pelaku', 'tersangka', 'saksi', 'warga', 'penyanyi',
];
export const MONTH_FOLLOWERS = [
  'lalu', 'ini', 'mendatang', 'depan', 'nanti', 'kemarin', 'tahun ini', 'tahun lalu', 'tahun depan',
];

const PAST_CUES = ['telah', 'sudah', 'sempat', 'pernah', 'tadi', 'sejak', 'lalu', 'menerima', 'diterima'];
/** "Already" words that are no past cue before one of STATE_AFTER_ALREADY: "mulai Kamis sudah tidak ada antrean". */
export const ALREADY_CUES = ['telah', 'sudah'];
/** A negation or modal after "sudah/telah" makes a state from that day on, not an event before it. */
export const STATE_AFTER_ALREADY = ['tidak', 'tak', 'dapat', 'bisa', 'boleh', 'harus', 'ada'];
const FUTURE_CUES = [
  'akan', 'bakal', 'rencananya', 'direncanakan', 'dijadwalkan', 'mendatang', 'diperkirakan', 'diharapkan',
  'ditargetkan', 'segera', 'nanti', 'paling lambat', 'batas akhir', 'targetkan', 'menargetkan', 'ingin', 'inginnya',
  'keinginan',
];

/**
 * Words right after a date that say which way it lies: "23 Maret lalu", "Desember mendatang", "akhir Oktober nanti".
 */
export const DIRECTION_AFTER: Readonly<Record<string, -1 | 1>> = {
  lalu: -1, 'yang lalu': -1, kemarin: -1, silam: -1, mendatang: 1, 'yang akan datang': 1, nanti: 1, depan: 1,
};

/** A future cue after one of these belongs to the reported clause: "Senin, X mengatakan akan …". */
const REPORTING_VERBS = [
  'mengatakan', 'menyatakan', 'kata', 'ujar', 'ujarnya', 'katanya', 'menyebut', 'menyebutkan', 'mengungkapkan',
  'menjelaskan', 'menegaskan', 'mengumumkan', 'menuturkan', 'tutur',
];

/** Words before a date that make it habitual: "setiap awal bulan", "tiap Senin". */
const HABITUAL_BEFORE = ['setiap', 'tiap', 'saban'];
/** Words after a date that make it habitual: "pada Senin setiap pekan", "Agustus setiap tahun". */
export const HABITUAL_AFTER = [
  'setiap pekan', 'setiap minggu', 'setiap bulan', 'setiap tahun', 'tiap pekan', 'tiap minggu', 'tiap bulan',
  'tiap tahun', 'saban tahun', 'setiap hari', 'tiap hari', 'saban hari',
];
/** Between a day and a clock time that make them one fact: "Sabtu, pada pukul 14.00", "Semalam sekira pukul 23.00". */
/** Frequency words that make a later bare weekday or relative week habitual: "satu minggu dua kali, yakni pada Selasa". */
export const HABITUAL_EARLIER = [
  'seminggu dua kali', 'seminggu sekali', 'seminggu tiga kali', 'satu minggu dua kali', 'satu pekan dua kali',
  'dua kali seminggu', 'dua kali dalam seminggu', 'dua kali sepekan', 'sekali seminggu', 'tiga kali seminggu',
  'setiap bulan', 'tiap bulan', 'setiap pekan', 'setiap minggu',
];
export const DAY_TIME_WORDS = ['pada', 'sekitar', 'sekira', 'kurang lebih', 'mulai'];
/** Between a clock time and the day after it that make them one fact: "pukul 14.00 pada Senin siang". */
export const TIME_DAY_WORDS = ['pada'];

/** Nouns of an age just before "hari ini": "generasi muda hari ini", "anak muda hari ini" are the present, not a day. */
export const AGE_NOUNS = ['generasi', 'generasi muda', 'anak muda', 'kaum muda', 'zaman'];

/**
 * Verbs that take "hari ini" as their object, the present as a notion rather than a day: "tidak hanya memikirkan hari
 * ini", "menjalani hari ini".
 */
export const PRESENT_OBJECT_VERBS = [
  'memikirkan', 'pikirkan', 'dipikirkan', 'menjalani', 'jalani', 'dijalani', 'menikmati', 'nikmati', 'mensyukuri',
  'syukuri', 'memaknai', 'maknai', 'menatap', 'tatap',
];
/** Demonstratives closing a noun phrase after "kemarin": "reshuffle kemarin itu" is the recent one, not yesterday's. */
export const NP_CLOSERS_AFTER = ['itu', 'tersebut'];
/** Words before "kemarin … itu" that keep it a day: prepositions and time words ("sejak kemarin itu", "hari kemarin"). */
export const DAY_WORDS_BEFORE_KEMARIN = [
  'pada', 'sejak', 'hingga', 'sampai', 'dari', 'mulai', 'hari', 'pagi', 'siang', 'sore', 'malam', 'tanggal', 'baru',
  'yang', 'dan', 'atau', 'ke', 'di',
];

/** Words before "hari ini" / "hari kemarin" that make it a span of days: "beberapa hari ini", "dua hari kemarin". */
export const DAY_COUNT_BEFORE = [
  'beberapa', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sekian', 'berapa',
];

const RANGE_WORDS = ['-', '–', '—', 'hingga', 'sampai', 'sampai dengan', 's.d.', 's/d'];
const COORD_WORDS = [',', 'dan'];
export const RANGE_START = ['dari', 'mulai', 'antara'];
/** "antara Juli dan September": the coordination is a span. */
const PAIRED_RANGE_START = ['antara'];

/** Indonesian zones written after a time (defined once, in the language's folder). */
export const ZONES: Readonly<Record<string, string>> = LANGUAGES.id.timeZones;

/** Words before a day number: "tanggal 6 September", "tgl. 6/9". */
export const DAY_LEADS = ['tanggal', 'tgl.', 'tgl'];
/** Words before a clock time: "pukul 15.00 WIB", "jam 8.30". */
export const CLOCK_WORDS = ['pukul', 'jam', 'pk.', 'pk'];
/** Words joining two clock times into opening hours: "pukul 09.00-21.00", "pukul 07.30 WIB hingga sekitar pukul 22.00". */
export const CLOCK_RANGE_JOINERS = ['sampai dengan', 'hingga', 'sampai', 's/d', 's.d.', '-', '–', '—'];

/** Elections named with their year: "Pilkada 2020", "Pemilu serentak 2019". */
export const ELECTION_NAMES = ['pilkada', 'pemilu', 'pilpres', 'pileg', 'pilgub', 'pilbup', 'pilwalkot'];
/** Nouns of an election's own voting, before its name: "pencoblosan Pilkada 2020", "pemungutan suara Pemilu 2024". */
export const VOTING_DAY_NOUNS = ['pencoblosan', 'pemungutan suara', 'hari pencoblosan', 'hari pemungutan suara'];

/** The word lists the shared date grammar builds its cue patterns from. */
/** Words that name a date again: "akhir tahun atau Desember 2025". */
const APPOSITION_WORDS = ['atau', 'yakni', 'yaitu'];

export const GRAMMAR_WORDS = {
  RANGE_WORDS, COORD_WORDS, RANGE_START, PAIRED_RANGE_START,
  PAST_CUES, FUTURE_CUES, REPORTING_VERBS, HABITUAL_BEFORE, APPOSITION_WORDS,
};

/** The weekday words the shared weekday rules read. */
export const WEEKDAY_WORDS = { WEEKDAY_NUMBERS, WEEKDAY_OFFSETS, WEEKDAY_WEEKS };
