/** Indonesian statement vocabulary. */

export const TITLES = [
  'Presiden', 'Wakil Presiden', 'Wapres', 'Perdana Menteri', 'Wakil Perdana Menteri', 'Deputi Perdana Menteri', 'PM',
  'Menteri', 'Wakil Menteri', 'Menteri Luar Negeri', 'Menteri Kesehatan', 'Menteri Dalam Negeri', 'Menteri Keuangan',
  'Menteri Perdagangan', 'Menteri Koordinator', 'Menko', 'Menlu', 'Menkes', 'Wamenlu', 'Wamenkes', 'Wakil Menteri Luar Negeri',
  'Wakil Menteri Kesehatan', 'Deputi Menteri Luar Negeri', 'Deputi Menteri Kesehatan', 'Deputi Menteri', 'Deputi Menlu',
  'Deputi', 'Juru Bicara', 'Jubir', 'Duta Besar', 'Dubes', 'Gubernur', 'Wakil Gubernur', 'Kepala', 'Wakil Kepala', 'Direktur',
  'Direktur Jenderal', 'Dirjen', 'Direktur Utama', 'Ketua', 'Wakil Ketua', 'Ketua Umum', 'Sekretaris Jenderal', 'Sekjen',
  'Wali Kota', 'Walikota', 'Bupati', 'Rektor', 'Profesor', 'Prof.', 'Dokter', 'dr.', 'Pelaksana Tugas', 'Plt.',
  'Ketua Majelis Nasional', 'Sekretaris Negara', 'Mensesneg', 'Koordinator', 'Letjen', 'Mayjen', 'Brigjen', 'Jenderal',
  'Laksamana', 'Marsekal', 'Kolonel', 'Kombes', 'Irjen', 'Kapolda', 'Kapolri',
] as const;

export const TITLE_ALIASES: Readonly<Record<string, string>> = {
  Menlu: 'Menteri Luar Negeri',
  Menkes: 'Menteri Kesehatan',
  Wamenlu: 'Wakil Menteri Luar Negeri',
  Wamenkes: 'Wakil Menteri Kesehatan',
  'Deputi Menlu': 'Deputi Menteri Luar Negeri',
  Jubir: 'Juru Bicara',
  Dubes: 'Duta Besar',
  Wapres: 'Wakil Presiden',
  Dirjen: 'Direktur Jenderal',
  PM: 'Perdana Menteri',
  Sekjen: 'Sekretaris Jenderal',
  Walikota: 'Wali Kota',
  Menko: 'Menteri Koordinator',
  Mensesneg: 'Sekretaris Negara',
};

export const TITLE_ORGS: Readonly<Record<string, string>> = {
  'Menteri Luar Negeri': 'Kementerian Luar Negeri',
  'Wakil Menteri Luar Negeri': 'Kementerian Luar Negeri',
  'Deputi Menteri Luar Negeri': 'Kementerian Luar Negeri',
  'Menteri Kesehatan': 'Kementerian Kesehatan',
  'Wakil Menteri Kesehatan': 'Kementerian Kesehatan',
  'Deputi Menteri Kesehatan': 'Kementerian Kesehatan',
  'Menteri Dalam Negeri': 'Kementerian Dalam Negeri',
  'Menteri Keuangan': 'Kementerian Keuangan',
  'Menteri Perdagangan': 'Kementerian Perdagangan',
};

export const ORGS = [
  'Kementerian Luar Negeri', 'Kementerian Kesehatan', 'Kemenlu', 'Kemenkes', 'Badan Pengawas Obat dan Makanan', 'BPOM',
  'Satgas Covid-19', 'Satgas Penanganan Covid-19', 'WHO', 'UNICEF', 'COVAX', 'Covax', 'ASEAN', 'DPR', 'Bio Farma',
] as const;

export const ORG_HEADS = [
  'Kementerian', 'Badan', 'Dinas', 'Kantor', 'Komisi', 'Lembaga', 'Satuan Tugas', 'Satgas', 'Kedutaan Besar', 'Kedubes',
  'Organisasi', 'Biro', 'Direktorat Jenderal', 'Pemerintah', 'Direktorat', 'Pusat', 'Majelis', 'Dewan',
] as const;

export const HONORIFICS = ['Pak', 'Bapak', 'Ibu', 'Bu', 'Saudara', 'Sdr.'] as const;
export const PRONOUNS = ['beliau', 'dia', 'ia'] as const;

export const ADVERBS = [
  'juga', 'pun', 'kembali', 'lebih lanjut', 'sebelumnya', 'selanjutnya', 'telah', 'sudah', 'lalu', 'kemudian', 'sempat',
  'secara terpisah', 'pada kesempatan itu', 'dalam kesempatan itu', 'pula',
] as const;

export const VERBS = [
  'mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'menyebutkan', 'menyebut', 'mengungkapkan', 'menuturkan',
  'menambahkan', 'mengimbau', 'meminta', 'memaparkan', 'menerangkan', 'mengakui', 'berkata', 'berujar', 'menekankan',
  'menginformasikan', 'mengumumkan', 'menilai', 'menyampaikan', 'mengemukakan', 'memperingatkan', 'melaporkan', 'mengutarakan',
] as const;

/** Verbs written before the speaker after the quote: "…, kata Menlu Retno." */
export const POST_VERBS = ['kata', 'ujar', 'tutur', 'ucap', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'sebut', 'papar', 'terang'] as const;
export const PRONOUN_POST_VERBS = POST_VERBS.map((v) => `${v}nya`);

export const AFTER_VERB =
  '(?:\\s+kepada\\s+(?:wartawan|media|pers|para wartawan|awak media|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}))?' +
  '(?:\\s+(?:pada|dalam|di)\\s+[^,.:;"“”]{1,40}?(?=\\s*,|\\s+bahwa))?';
export const COMPLEMENTIZERS = ['bahwa'] as const;
export const ACCORDING_TO = ['Menurut'] as const;

export const NOT_NAMES = [
  'Vietnam', 'Indonesia', 'Pemerintah', 'Ia', 'Dia', 'Beliau', 'Ini', 'Itu', 'Sementara', 'Namun', 'Dalam', 'Hal', 'Kami', 'Kita',
  'Saya', 'Mereka', 'Pertama', 'Kedua', 'Ketiga', 'Selain', 'Menurut', 'Sesuai', 'Sejak', 'Dengan', 'Untuk', 'Pada', 'Di', 'Ke',
  'Dari', 'Yang', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Desember', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu', 'Covid-19', 'Vaksin', 'Foto',
  'VOV', 'VOVWORLD', 'Provinsi', 'Kabupaten', 'Kota', 'Kecamatan', 'Desa', 'Warga',
  'Jawa', 'Barat', 'Timur', 'Tengah', 'Utara', 'Selatan', 'Sumatera', 'Kalimantan', 'Sulawesi', 'Bali', 'Papua', 'Jakarta', 'DKI', 'Kemenkes', 'Kemenlu', 'Bidang', 'Vaksinasi',
  'Letjen', 'Mayjen', 'Brigjen', 'Jenderal', 'Laksamana', 'Marsekal', 'Kolonel', 'Kombes', 'Irjen',
  // Cities and provinces often stand between a title and the name.
  'Surabaya', 'Bandung', 'Semarang', 'Medan', 'Makassar', 'Yogyakarta', 'Denpasar', 'Kupang', 'Jenewa', 'Senayan', 'Banten',
  'Aceh', 'Riau', 'Lampung', 'Maluku', 'NTT', 'NTB', 'Hanoi', 'Tokyo', 'Beijing', 'Partai', 'Komite', 'Sentral', 'Polit', 'Biro', 'Kementerian', 'Badan', 'Kantor', 'Dan', 'Atau', 'Oleh',
] as const;

export const NAME_INTRODUCERS = [
  'film', 'buku', 'program', 'acara', 'lagu', 'kampanye', 'strategi', 'istilah', 'slogan', 'gerakan', 'seminar', 'lokakarya',
  'forum', 'konferensi', 'festival', 'judul', 'bertajuk', 'berjudul', 'bertema', 'tema', 'disebut', 'dijuluki', 'julukan',
  'kebijakan', 'proyek', 'sebutan', 'yang disebut', 'diplomasi', 'semboyan', 'moto',
] as const;

export const BAD_CLAUSE_STARTS = ['tentang', 'mengenai', 'kepada', 'di', 'pada', 'dalam'] as const;

export const COUNTRIES = [
  'Vietnam', 'Indonesia', 'Jepang', 'Amerika Serikat', 'AS', 'China', 'Tiongkok', 'Korea Selatan', 'Australia', 'Inggris', 'Rusia',
  'India', 'Singapura', 'Malaysia', 'Thailand', 'Laos', 'Kamboja',
] as const;

/** What may stand between a title's organisation and the name ("Provinsi NTT,", "Jepang untuk Vietnam,"). */
export const TITLE_NAME_GAP = '[\\s,]*(?:(?:\\p{Lu}[\\p{L}.-]*|untuk|di|dan|urusan)[\\s,]+)*';

/** What may follow "…, X said" before the sentence ends (time, place, a trailing "as …" clause). */
export const TRAILING_ADJUNCT =
  '(?:\\s+(?:pada|di|dalam|saat|usai)\\s+[^,.;:\"“”]{1,40}?)?(?:\\s*,\\s*(?:saat|ketika|setelah|sambil|usai)\\s[^\"“”]*?)?';

/** Academic and medical titles: they do not tell two people with the same name apart. */
export const LOOSE_TITLES = ['Profesor', 'Prof.', 'Dokter', 'dr.'] as const;

/** What may follow a speaker's name before the verb: age and home ("Budi, 45 tahun, warga Depok, mengatakan"). */
export const SPEAKER_TAIL = '\\s*,\\s*\\d+\\s+tahun(?:\\s*,\\s*(?:warga|asal|dari)\\s[^,]{1,40})?\\s*,?';
