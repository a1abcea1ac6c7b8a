import { COMMON_COUNTERPARTS, NAMED_VACCINES, parseEllipsis, type DoseVocab } from '../../common/doses/index.js';
import { wordAlternation } from '../../common/numbers/index.js';
import { ID_NUMBERS } from '../numbers/index.js';
import idEllipsis from './ellipsis.json' with { type: 'json' };

const VACCINE = ['vaksin', 'vaccine'];
// The shelf life of a stock, in the spellings the press uses.
/** A condition word before a verb of counting in: "jika ditotal", "bila dijumlahkan", "kalau ditambah". */
const COUNTING_IN = ['jika', 'bila', 'kalau', 'apabila'].flatMap((c) =>
  ['ditotal', 'ditotalkan', 'ditotalnya', 'dijumlah', 'dijumlahkan', 'ditambah', 'ditambahkan', 'dihitung'].map((v) => `${c} ${v}`),
);
const SHELF_LIFE = ['masa kedaluwarsa', 'masa kadaluwarsa', 'masa kadaluarsa', 'masa kedaluarsa'];
/** An amount of doses right after a stock word: " sekitar 4.000 vial", " 1.219 dosis", " 300 dosis". */
const STOCK_AMOUNT =
  '\\s+(?:(?:hanya|sekitar|sebanyak|kurang\\s+dari|lebih\\s+dari)\\s+)?\\p{N}[\\p{N}.,]*(?:\\s+(?:ribu|juta))?\\s+(?:dosis|vial|vail)(?![\\p{L}])';
const DRUG = ['obat', 'obat-obatan', 'obat antivirus'];
/** Conjunctions that open a new clause inside a sentence: a subject named before one is not the later verb's. */
const CLAUSE_OPENERS = `${wordAlternation(['sehingga', 'karena', 'sebab', 'namun', 'tetapi', 'sedangkan', 'sementara', 'dan', 'serta', 'agar', 'supaya'])}(?![\\p{L}])`;
const NAMED_ONE = wordAlternation(Object.keys(NAMED_VACCINES));
// "Pfizer và AstraZeneca": several named vaccines in one figure.
const NAMED = `(?:${NAMED_ONE})(?:\\s*(?:,|\\s(?:${wordAlternation(['dan', 'serta'])}))\\s*(?:${NAMED_ONE}))*`;

// Vietnam and Indonesia are the receiving side in these sites' news: never listed as counterparts.
const ID_COUNTERPARTS: Readonly<Record<string, string>> = {
  ...COMMON_COUNTERPARTS,
  'Amerika Serikat': 'United States',
  AS: 'United States',
  Jepang: 'Japan',
  Tiongkok: 'China',
  China: 'China',
  Cina: 'China',
  Rusia: 'Russia',
  Inggris: 'United Kingdom',
  Prancis: 'France',
  Perancis: 'France',
  Jerman: 'Germany',
  Australia: 'Australia',
  India: 'India',
  Swiss: 'Switzerland',
  'Korea Selatan': 'South Korea',
  Kanada: 'Canada',
  Italia: 'Italy',
  Belanda: 'Netherlands',
  Polandia: 'Poland',
  Hungaria: 'Hungary',
  Singapura: 'Singapore',
  'Uni Emirat Arab': 'United Arab Emirates',
  'Uni Eropa': 'European Union',
  'Selandia Baru': 'New Zealand',
  Kuba: 'Cuba',
  'Organisasi Kesehatan Dunia': 'WHO',
};
/** Countries and bodies that give, not the makers that sell. */
const COUNTRIES = wordAlternation(
  Object.keys(ID_COUNTERPARTS).filter((k) => !(k in COMMON_COUNTERPARTS) || k.toUpperCase() === k),
);
/** Words between a giver and "memberikan": "Amerika Serikat yang berkomitmen akan memberikan". */
const GIVER_WORDS = wordAlternation(['yang', 'telah', 'sudah', 'juga', 'kembali', 'berkomitmen', 'akan']);
const MAKERS = wordAlternation(Object.keys(COMMON_COUNTERPARTS).filter((k) => k.toUpperCase() !== k));
/** The state's own bodies, which pass doses down the chain when they send them. */
const STATE_BODIES = wordAlternation([
  'Kementerian', 'Kemenkes', 'Kementan', 'Ditjen', 'Direktorat', 'Pemerintah Provinsi', 'Pemerintah Kabupaten',
  'Pemerintah Kota', 'Pemerintah Pusat', 'Pemerintah Daerah', 'Pemprov', 'Pemkab', 'Pemkot', 'Pemda', 'Dinas',
  'Dinkes', 'Diskes', 'Bio Farma', 'Biofarma',
]);
/**
 * The rest of a body's name before its verb ("Pertanian", "Provinsi Jawa Timur", "(Kementan)"), then adverbs: no
 * word with a verb's prefix, so "Kemenkes mengatakan Jepang akan mengirimkan" is the donor's verb, not the body's.
 */
const BODY_NAME_TAIL = '(?:\\s+(?!(?:me|di|ber|ter)\\p{L})[\\p{L}()-]+){0,6}\\s+';

export const ID_DOSES: DoseVocab = {
  lang: 'id',
  numbers: ID_NUMBERS,
  // "vail": a frequent misspelling of vial.
  units: ['dosis', 'suntikan', 'vial', 'vail', 'botol', 'vaksin'],
  // "1,8 juta vaksin", "1.424.000 vaksin": a vaccine counted in millions or thousands is a dose count; "14 vaksin"
  // (kinds) is not.
  // "5040 botol Vaksin Sinovac": a bottle is a vial only when the vaccine is named right after it.
  // A delivery verb right before a count of vaccines makes it a dose count too ("Dapat 300 Vaksin LSD", "mendapatkan
  // alokasi sebanyak 300 vaksin", "yang sudah diterima sebanyak 2500 vaksin").
  gatedUnits: {
    vaksin: {
      scaled: true,
      counted: 'vaksin',
      before:
        '(?<![\\p{L}])(?:menerima|diterima|terima|mendapatkan|mendapat|dapat|didapat|memperoleh|diperoleh|kedatangan|tiba)' +
        '(?:\\s+(?:distribusi|alokasi|jatah|tambahan|bantuan|kiriman))?(?:\\s+(?:sebanyak|sejumlah|sekitar))?\\s+$',
    },
    botol: { after: '^botol\\s+(?:vaksin|vaccine)' },
  },
  unitItem: { suntikan: 'vaccine', vial: 'vaccine', vail: 'vaccine', botol: 'vaccine', vaksin: 'vaccine' },
  // "2 juta lebih dosis", "14 ribu lebih vaksin": "lebih" (more than) may stand between the amount and the unit, and
  // so may the nouns "stok" and "total" ("250 ribu stok vaksin", "800.000 total vaksin").
  modifiers: ['bulk', 'bahan baku', 'lebih', 'stok', 'total'],
  itemTail: `\\s+(?:${wordAlternation(VACCINE)})(?:\\s+(?:COVID-19\\s+|Covid-19\\s+)?(?:${NAMED}))?(?![\\p{L}\\p{N}])|\\s+(?:${wordAlternation(DRUG)})(?![\\p{L}\\p{N}])|\\s+(?:${NAMED})(?![\\p{L}\\p{N}])`,
  approx: ['sekitar', 'hampir', 'melebihi', 'melampaui', 'lebih dari', 'kurang dari', 'kira-kira', 'kurang lebih', 'lebih kurang', 'setidaknya', 'sedikitnya', 'minimal', 'hingga', 'sebanyak-banyaknya'],
  range: { from: ['dari'], to: ['hingga', 'sampai', 'sampai dengan', 's.d.', 'sd'], between: ['antara'], and: ['dan', 'hingga', 'sampai'] },
  ellipsis: parseEllipsis(idEllipsis, 'src/extractors/id/doses/ellipsis.json'),
  vague: '(?:(?:puluhan|ratusan)\\s+(?:ribu|juta|miliar)|ribuan|jutaan|puluhan\\s+jutaan|miliaran)(?![\\p{L}\\p{N}])',
  items: { vaccine: VACCINE, drug: DRUG, named: NAMED_VACCINES },
  cues: [
    // "dikirim ke 18 provinsi": sent on to the regions; "dikirim ke Indonesia" is an arrival.
    {
      status: 'allocated',
      words: [
        'didistribusikan', 'mendistribusikan', 'menditribusikan', 'distribusi', 'terdistribusi', 'disalurkan',
        'menyalurkan', 'penyaluran', 'dialokasikan', 'mengalokasikan', 'alokasi', 'jatah', 'menyebar', 'disebar',
        'penyalurannya', 'salurkan', 'menyebarkan', 'disebarkan',
        // Poured out down the chain: "Kementerian Kesehatan menggelontorkan 365 ribu dosis vaksin ke NTB".
        'menggelontorkan', 'digelontorkan', 'gelontorkan',
        // "menyampaikan sebaran vaksin di sembilan kabupaten di antaranya Manggarai Barat 18.000 dosis".
        'sebaran',
        // Headlines drop the prefix ("Kementerian Pertanian Alokasikan 151 Ribu Dosis"); handing out is distributing
        // ("pihaknya membagikan 300 dosis", "vaksin LSD yang akan dibagikan").
        'distribusikan', 'alokasikan', 'membagikan', 'dibagikan', 'bagikan',
        // Common misspellings of the distributing verb ("sudah distibusikan 84.400 dosis", "sudah mendistribuiskan
        // 5.550 vial") and the prefix-only "didistribusi" ("didistribusi vaksin di 12 kabupaten").
        'distibusikan', 'didistibusikan', 'mendistibusikan', 'mendistribuiskan', 'didistribuiskan', 'didistribusi',
      ],
      patterns: [
        'dikirim(?:kan)?\\s+ke(?!\\s+(?:Indonesia|Tanah\\s+Air|tanah\\s+air))',
        // A state body sending doses passes them down ("Kementerian Pertanian mengirimkan 119.000 dosis … ke Provinsi
        // Jawa Barat"); a country or maker sending them supplies them (see received).
        `(?<=(?<![\\p{L}])(?:${STATE_BODIES})${BODY_NAME_TAIL})mengirim(?:kan)?`,
      ],
    },
    // The figure's own noun names the event: "masih berjalan pendistribusian vaksin LSD tahap ke 3 sebanyak 8000
    // dosis"; a later future is its ("Pendistribusian 34.400 vial … akan dilakukan pada hari Rabu").
    { status: 'allocated', noun: true, words: ['pendistribusian', 'pendistribusiannya'] },
    // Production names what goes in, not what comes out: "105 juta dosis bahan baku … akan diolah menjadi 85 juta".
    { status: 'unknown', position: 'after', words: ['dihasilkan', 'menghasilkan', 'diolah', 'mengolah'] },
    // Making doses and capacity name no delivery either; planned, they are expected ("Pada 2023, kapasitas produksi
    // akan ditingkatkan menjadi 40 juta dosis"). Not the noun "produksi Sinopharm" (made by).
    {
      status: 'unknown',
      production: true,
      words: ['diproduksi', 'memproduksi', 'kapasitas produksi', 'kapasitas', 'kemampuan memproduksi'],
    },
    // Doses expired or wasted are no delivery: "106 ribu vial vaksin kedaluwarsa disimpan", "2.500 dosis vaksin …
    // harus terbuang sia-sia".
    {
      status: 'unknown',
      words: [
        'kedaluwarsa', 'kadaluarsa', 'kadaluwarsa', 'terbuang', 'dibuang', 'dimusnahkan', 'memusnahkan',
        // Past the shelf life is expired ("telah melewati masa kedaluwarsa"); the shelf life alone is not (notCues).
        ...SHELF_LIFE.map((w) => `melewati ${w}`),
      ],
    },
    // Needs name no delivery: "Indonesia butuh 360 juta dosis", "kebutuhan 246 juta (dosis)".
    // "Dari kebutuhan itu, … sudah ada 225,4 juta dosis": a needs word pointed back to governs nothing.
    {
      status: 'unknown',
      words: ['butuh', 'membutuhkan', 'dibutuhkan', 'memerlukan', 'diperlukan'],
      patterns: ['kebutuhan(?!\\s+(?:itu|ini|tersebut))'],
    },
    // "mengamankan" (secured) counts contracts and arrivals alike: a later verb says which ("yang telah tiba"). So do
    // the headline root ("Korea Selatan Amankan 20 Juta Dosis") and the borrowed "men-secure".
    { status: 'committed', weak: true, words: ['mengamankan', 'amankan', 'men-secure', 'mensecure'] },
    // "total yang sudah diamankan … sebanyak 100 juta dosis": secured, said as done, counts what was contracted.
    { status: 'committed', words: ['sudah diamankan', 'telah diamankan'] },
    {
      status: 'committed',
      words: [
        'komitmen', 'berkomitmen', 'kontrak', 'dikontrak', 'memesan', 'dipesan', 'pesanan', 'pemesanan', 'perjanjian',
        'kesepakatan', 'membeli', 'dibeli', 'pembelian', 'ditandatangani', 'menandatangani', 'menyepakati',
        'disepakati', 'sepakat', 'pesan', 'penandatanganan',
      ],
    },
    {
      status: 'received',
      words: [
        'terima', 'menerima', 'diterima', 'tiba', 'telah tiba', 'datang', 'kedatangan', 'mendarat', 'pengiriman',
        'mengimpor', 'diimpor', 'penerimaan', 'tersedia', 'dimiliki', 'didatangkan', 'mendatangkan', 'mendapatkan',
        'mendapat', 'dapatkan', 'didapat', 'didapatkan', 'diperoleh', 'disiapkan', 'disimpan', 'stok', 'tersisa',
        'tersimpan', 'masih tersimpan',
        // "Terakhir didrop 12 vial", "60.000 yang didrop": dropped off by the level above, taken in.
        'didrop',
        // Doses fetched from the store are taken in: "Kami sudah mengambil 8 ribu dosis vaksin", "baru diambil 8 ribu
        // dosis".
        'mengambil', 'diambil',
        // "menerima distribusi 300 vaksin", "mendapatkan distribusi sebanyak 1,2 juta dosis": a delivery taken in, not
        // an allocation (unlike "mendapatkan jatah / alokasi", an entitlement).
        'menerima distribusi', 'mendapatkan distribusi', 'mendapat distribusi', 'memperoleh distribusi',
        // "100.000 vaksin … sudah disediakan untuk buffer stok" (not the noun "ketersediaan": availability is also
        // said of what is used or ordered).
        'disediakan',
        // "1,2 juta vaksin Sinovac yang sudah diterbangkan ke Indonesia": flown in.
        'diterbangkan',
      ],
    },
    // What is left of a stock is held: "stok vaksin … sisa 1.219 dosis", "ketersediaan vaksin … tinggal sekitar
    // 4.000 vial". Only right before an amount of doses ("sisa kontrak", "warga yang tinggal di" are no stock).
    { status: 'received', patterns: [`(?<![\\p{L}])(?:sisa|tinggal)(?=${STOCK_AMOUNT})`] },
    // Colloquial "dapat" before a noun or an amount is the verb "get", like "mendapat": "Pacitan Dapat Bantuan 28.750
    // Dosis", "Dapat 28.750 dosis", "kita dapat suplay vaksin". Before a verb it is the modal "can" ("dapat
    // dinaikkan", see modifiersOfCues.futurePatterns), and before a pronoun it opens one ("yang dapat kita gunakan").
    {
      status: 'received',
      patterns: [
        '(?<![\\p{L}])dapat(?=\\s+(?:\\p{N}|(?!(?:di|me|ber|ter|per|se|ke|kita|kami|saya|mereka|anda|dia|ia|lebih|juga|segera|langsung|terus|tidak|tak|kembali|mulai|lagi|cepat)(?:\\p{L}|(?![\\p{L}])))\\p{L}))',
      ],
    },
    // "dikirim ke Indonesia" is an arrival; "dikirim" with no place ("2,2 juta vaksin belum bisa dikirim", "vaksin yang
    // dikirim hari ini") is a shipment from the sender's side (not "dikirim ke 18 provinsi": see allocated).
    {
      status: 'received',
      patterns: ['dikirim(?:kan)?\\s+ke\\s+(?:Indonesia|Tanah\\s+Air|tanah\\s+air)', 'dikirim(?:kan)?(?!\\s+ke(?![\\p{L}]))'],
    },
    // "14.680 dosis vaksin langsung dibawa ke gudang": brought in; "telah menyiapkan 15 ribu vial": prepared and
    // held (without the past marker, preparing is a plan: see modifiersOfCues.plan).
    { status: 'received', patterns: ['dibawa\\s+ke', '(?:telah|sudah)\\s+(?:menyiapkan|mempersiapkan)'] },
    // Arrived: "sudah sampai sebanyak 250 vial", "telah sampai di Kabupaten" (not "sampai dengan" (up to), nor a level
    // reached: "sudah sampai 50 persen").
    { status: 'received', patterns: ['(?<![\\p{L}])(?:sudah|telah|baru)\\s+sampai(?=\\s+(?:di|ke|sebanyak|sejumlah)(?![\\p{L}]))'] },
    { status: 'received', source: true, words: ['memasok', 'menyerahkan', 'mengirimkan', 'mengirim'] },
    // "petugas publik mencapai 20,9 juta dosis": a total reached with no other verb is of doses given.
    { status: 'administered', weak: true, words: ['telah mencapai', 'sudah mencapai', 'mencapai'] },
    // A total of what is held reached: "total ketersediaan vaksin mencapai 250.000 dosis", "jumlah dosis vaksin yang
    // ada mencapai 348 juta" (not "kapasitas … yang ada di Bio Farma mencapai": production). The stock noun may be
    // named at length before its verb ("Ketersediaan vaksin anti-rabies di Bali sendiri saat ini mencapai"), but
    // not across a conjunction that opens another clause.
    {
      status: 'received',
      patterns: [
        `ketersediaan(?:\\s+(?!${CLAUSE_OPENERS})[\\p{L}-]+){0,8}\\s+(?:telah\\s+|sudah\\s+)?mencapai`,
        'yang\\s+ada\\s+(?:telah\\s+|sudah\\s+)?mencapai',
      ],
    },
    { status: 'received', weak: true, words: ['memperoleh', 'memiliki', 'punya', 'sudah ada', 'telah ada', 'ada', 'terdapat'] },
    // "Kemenkes telah memberikan 220 juta dosis": doses given to people. A maker giving doses supplies them, whoever
    // else is named ("Sinovac dari China … sudah memberikan … 105 juta dosis"); a country giving them donates.
    { status: 'received', source: true, patterns: [`(?<=(?:${MAKERS})[^.;:]{0,48}\\s)memberikan(?!\\s+dukungan)`] },
    {
      status: 'donated',
      patterns: [
        `(?<=(?:${COUNTRIES})(?:\\s+(?:${GIVER_WORDS}))*\\s+)memberikan(?!\\s+dukungan)`,
        // "vaksin yang diberikan oleh Jepang kepada Indonesia": given by a country, so donated.
        `diberikan\\s+oleh\\s+(?:pemerintah\\s+)?(?:${COUNTRIES})`,
      ],
    },
    { status: 'administered', words: ['memberikan'] },
    // "total jumlah vaksinasi pertama bertambah 57.419 dosis": injections counted up.
    {
      status: 'administered',
      patterns: [
        '(?:vaksinasi|penyuntikan|suntikan)(?:\\s+[\\p{L}\\p{N}-]+){0,3}\\s+bertambah',
        // "rata-rata vaksinasi mereka yang berada di 43.039 dosis": a daily or weekly rate of injections.
        '(?:rata-rata|rerata)(?:\\s+capaian)?\\s+vaksinasi',
        // Vaccinations carried out are doses given: "Kegiatan vaksinasi … telah dilakukan sebanyak 46.732 dosis",
        // "vaksin tahap dua yang dilaksanakan" (a future before it still makes them expected).
        '(?<=(?:[Vv]aksinasi|[Vv]aksin|[Pp]enyuntikan|[Ii]munisasi)[^.;:,]{0,60}\\s)(?:dilakukan|dilaksanakan)',
      ],
    },
    // "yang dipergunakan hanya sekitar 8.000 dosis", "500 dosis vaksin … sudah dipakai": used up, given (as
    // "digunakan", "terpakai"); not a use named after it ("yang dipergunakan vaksinasi", "dipakai untuk …"), nor
    // "used or not" ("baik yang sudah dipakai dan belum": the whole stock).
    {
      status: 'administered',
      patterns: ['(?:dipergunakan|dipakai)(?!\\s+(?:(?:untuk|bagi|sebagai|pada|vaksinasi|dalam)|(?:dan|maupun|atau)\\s+(?:yang\\s+)?belum)(?![\\p{L}]))'],
    },
    {
      status: 'administered',
      words: [
        'disuntikkan', 'menyuntikkan', 'disuntikan', 'menyuntikan', 'penyuntikan', 'disuntik', 'capaian vaksinasi',
        'diberikan kepada', 'telah diberikan', 'digunakan', 'menggunakan', 'suntikkan',
        // "Dari 100 dosis yang disediakan, hanya 30 dosis yang terpakai": doses used up are given.
        'terpakai',
        // "telah merealisasikan vaksinasi rabies … hingga 57.977 dosis": vaccinations carried out.
        'merealisasikan vaksinasi', 'realisasi vaksinasi',
        // "melakukan vaksinasi sebanyak 1.600 dosis", "kita hanya melakukan vaksin hampir 150.000 dosis": vaccinations
        // carried out.
        'melakukan vaksinasi', 'melakukan vaksin', 'lakukan vaksinasi', 'lakukan vaksin',
        // Realised or completed doses are given: "dari target 800 terealisasi 791 dosis", "baru menyelesaikan 198,98
        // ribu dosis untuk vaksinasi dosis 2".
        'terealisasi', 'menyelesaikan', 'diselesaikan',
        // "capaiannya sebesar 21.757 dosis", "cakupan vaksinasi … ada 351.764 dosis": uptake reported is of doses given.
        'capaian', 'capaiannya', 'cakupan vaksinasi',
      ],
    },
    {
      status: 'donated',
      words: [
        'hibah', 'hibahkan', 'menghibahkan', 'dihibahkan', 'donasi', 'mendonasikan', 'didonasikan', 'menyumbangkan',
        'disumbangkan', 'sumbangan', 'bantuan', 'memberikan bantuan', 'menyumbang',
      ],
      // "dukungan dari Jepang berupa vaksin AstraZeneca sebanyak 998.400 dosis": support given in doses.
      patterns: ['dukungan(?:\\s+[\\p{L}-]+){0,6}\\s+berupa', 'total(?:\\s+[\\p{L}-]+){0,3}\\s+dose[\\s-]sharing'],
    },
  ],
  modifiersOfCues: {
    past: ['telah', 'sudah', 'baru saja'],
    future: [
      'akan', 'diperkirakan', 'memperkirakan', 'dijadwalkan', 'diharapkan', 'bakal', 'segera', 'nanti', 'nantinya',
      'harus', 'ingin', 'berencana',
      // "menunggu datangnya dua juta dosis": waited for, not yet here.
      'menunggu',
      // A delivery put off has not happened yet: "Moderna Tunda Pengiriman 590 Ribu Dosis Vaksin ke Kanada".
      'menunda', 'tunda', 'ditunda', 'tertunda',
    ],
    // An ability before a verb is no event yet: "dapat dinaikkan menjadi 40 juta dosis", "bisa mendapatkan …
    // 100 juta dosis" (not "dapat alokasi / jatah", where "dapat" is the verb "get").
    // Said of now ("Pada saat ini … bisa memproduksi … kapasitas 20 juta dosis"), it is a present capacity.
    futurePatterns: ['(?<!(?:saat\\s+ini|sekarang|kini)[^.;:]{0,80})(?:bisa|dapat|mampu)(?=\\s+(?:di|me|ber|ter)\\p{L})'],
    // A time ahead after the figure: "pada Mei 2021 mendatang", "pekan depan" (not a span: "tiga bulan ke depan").
    timeAhead: ['mendatang', '(?<!ke\\s)(?:pekan|minggu|bulan|tahun)\\s+depan'],
    // "dengan opsi tambahan menjadi 80 juta dosis": an option on a contract is not yet bought.
    plan: [
      'menargetkan', 'ditargetkan', 'targetkan', 'target', 'menarget', 'rencana', 'rencananya', 'direncanakan',
      // The active verb of "rencana": "Uni Eropa juga merencanakan pengiriman hingga 566.000 dosis".
      'merencanakan',
      'opsi tambahan', 'opsi penambahan',
      // "sasaran vaksin HPV sejumlah 6.695 dosis": the doses aimed at are a target, not yet given (round 14).
      'sasaran',
      // "sedang bernegosiasi untuk 10 juta dosis": talks going on are a plan (common/doses/README.md convention).
      'bernegosiasi', 'negosiasi',
      // "Kementerian Pertanian siapkan 4 juta dosis vaksin PMK untuk 2025", "menyiapkan anggaran pengadaan total
      // tiga juta dosis": prepared for later.
      'menyiapkan', 'siapkan', 'mempersiapkan', 'anggaran pengadaan',
      // Getting ready to act is a plan: "Bio Farma bersiap memproduksi lima juta dosis".
      'bersiap', 'bersiap-siap',
    ],
    condition: ['jika', 'kalau', 'apabila', 'bila', 'seandainya'],
    negation: ['belum', 'tidak', 'tak', 'bukan'],
    // "meminta tambahan 5.000 dosis": asked for, not delivered. A proposal is a request too ("mengusulkan dua juta
    // dosis vaksin AI kepada lembaga donor", "Sumedang Ajukan 15.000 Vaksin"); "akan mengusulkan" is still a plan.
    request: [
      'meminta', 'memohon', 'permintaan', 'mengajukan permintaan', 'mengusulkan', 'diusulkan', 'usulkan', 'mengajukan',
      'diajukan', 'ajukan',
    ],
    purpose: ['untuk', 'guna', 'agar'],
    promise: ['mengumumkan', 'memutuskan'],
    report: ['mengatakan', 'menyebutkan', 'menjelaskan', 'mengungkapkan', 'menuturkan', 'menyampaikan'],
    wholeFrame: ['dari total', 'dari jumlah total'],
  },
  // "Jepang memberikan dukungan": support, not doses.
  // "Terima kasih kepada … Mission Rabies yang memberikan bantuan 200.000 dosis": thanks, no receipt.
  // A waste that may come is none yet: "potensi kedaluwarsa stok vaksin".
  // A shelf life names a date, not an expiry: "masih ada sebanyak 100 vial VAR dan masa kadaluwarsa vaksin ini 2026".
  // "jika ditotal (ketersediaan vaksin mencapai 250 ribu dosis)", "bila dijumlahkan": counting in, no condition (as vi
  // "nếu tính cả").
  notCues: [
    'memberikan dukungan', 'terima kasih', 'berterima kasih', 'potensi kedaluwarsa', 'risiko kedaluwarsa', ...SHELF_LIFE,
    ...COUNTING_IN,
  ],
  clauseBreaks: [
    'tetapi', 'namun', 'sedangkan', 'sementara', 'sementara itu', 'di antaranya', 'dari jumlah itu', 'adapun',
    'dari jumlah tersebut', 'sehingga total', 'menjadikan total', 'membuat total',
    // "Sudah terdistribusi 79.480 dosis, selebihnya 31.720 dosis masih tersimpan": the rest is its own predicate.
    'sisanya', 'selebihnya',
    // A reason clause has its own predicate: "tidak bisa menjangkau 156 desa, karena stok vaksin … kurang dari 1.000
    // dosis" (the modal of the main clause does not reach the stock).
    'karena', 'sebab', 'lantaran',
    // A breakdown lists parts of what its head says: "Vaksin yang sudah disalurkan terdiri dari Sinovac sebanyak …,
    // Pfizer dari hibah sebanyak …" (a grant names a part's origin; every part was distributed).
    'terdiri dari', 'terdiri atas', 'meliputi',
  ],
  counterparts: ID_COUNTERPARTS,
  sourceMarkers: ['dari', 'oleh', 'melalui', 'lewat', 'dengan', 'asal'],
  listJoiners: ['dan', 'serta'],
  wholeJoiners: ['dari', 'dari total'],
  relatives: ['yang'],
  // A pack's content is a ratio, not a count: "kemasan 50 dosis per vial", "Satu botol vaksin untuk 25 dosis".
  ratioAfter: [
    'per 100', 'per seratus', 'per 1.000', 'untuk setiap 100', 'setiap 100 orang', 'per kapita', 'per vial', 'pervial',
    'per botol', 'per ampul', 'per kemasan', '/vial',
  ],
  ratioBefore: ['(?<![\\p{L}])(?:satu|1)\\s+(?:botol|vial|ampul|kemasan)(?:\\s+vaksin)?\\s+(?:untuk|berisi|isi)'],
  smallCountAfter: ['menerima', 'telah menerima', 'menerima tambahan', 'kedatangan'],
  containers: { units: ['vial', 'vail', 'botol'], packBefore: ['kemasan', 'berisi', 'isi', 'per', 'setiap', 'tiap'] },
  currencies: ['Rp', 'USD', 'US$', 'dolar', 'harga', 'senilai', 'seharga', 'laba', 'pendapatan', 'omzet', 'saham'],
};
