import type { Case } from './support.js';

/** Indonesian statements: written for this extractor, not taken from its fixtures. */
export const ID_CASES: Case[] = [
  {
    name: 'title + name, mengatakan',
    text: 'Menteri Kesehatan Budi Gunadi Sadikin mengatakan pemerintah akan mempercepat vaksinasi bagi lansia.',
    expect: [{ key: 'budi gunadi sadikin', title: 'Menteri Kesehatan', org: 'Kementerian Kesehatan', direct: false, verb: 'mengatakan', quote: 'pemerintah akan mempercepat vaksinasi bagi lansia' }],
  },
  {
    name: 'abbreviated title, menegaskan bahwa',
    text: 'Menlu Retno Marsudi menegaskan bahwa Indonesia akan terus memperjuangkan kesetaraan akses vaksin.',
    expect: [{ key: 'retno marsudi', title: 'Menteri Luar Negeri', org: 'Kementerian Luar Negeri', direct: false, verb: 'menegaskan', quote: 'Indonesia akan terus memperjuangkan kesetaraan akses vaksin' }],
  },
  {
    name: '"…," kata + spokesperson of a ministry',
    text: '“Vaksin ini akan segera didistribusikan ke daerah,” kata Juru Bicara Kementerian Kesehatan Siti Nadia Tarmizi.',
    expect: [{ key: 'siti nadia tarmizi', title: 'Juru Bicara', org: 'Kementerian Kesehatan', direct: true, verb: 'kata', quote: 'Vaksin ini akan segera didistribusikan ke daerah' }],
  },
  {
    name: '"…," ujar Presiden',
    text: '“Kami menargetkan dua juta suntikan per hari,” ujar Presiden Joko Widodo.',
    expect: [{ key: 'joko widodo', title: 'Presiden', direct: true, verb: 'ujar', quote: 'Kami menargetkan dua juta suntikan per hari' }],
  },
  {
    name: 'Menurut X, …',
    text: 'Menurut Kepala BPOM Penny Lukito, vaksin tersebut aman digunakan untuk anak-anak.',
    expect: [{ key: 'penny lukito', title: 'Kepala', org: 'BPOM', direct: false, verb: 'according to', quote: 'vaksin tersebut aman digunakan untuk anak-anak' }],
  },
  {
    name: '…, menurut X.',
    text: 'Vaksinasi dosis kedua akan dimulai pekan depan, menurut Gubernur Jawa Barat Ridwan Kamil.',
    expect: [{ key: 'ridwan kamil', title: 'Gubernur', org: 'Jawa Barat', direct: false, quote: 'Vaksinasi dosis kedua akan dimulai pekan depan' }],
  },
  {
    name: 'colon, then a closing mark with no opening mark (the seed)',
    text: ['Deputi Menteri Luar Negeri Nguyen Minh Vu mengatakan:', 'Kami fokus pada tiga arah utama untuk menjamin pasokan vaksin”.'],
    expect: [{ key: 'nguyen minh vu', title: 'Deputi Menteri Luar Negeri', org: 'Kementerian Luar Negeri', direct: true, verb: 'mengatakan', quote: 'Kami fokus pada tiga arah utama untuk menjamin pasokan vaksin' }],
  },
  {
    name: 'colon, then a paragraph with no marks',
    text: ['Menkes Budi Gunadi Sadikin menjelaskan:', 'Pemerintah sudah mengamankan 400 juta dosis vaksin untuk tahun ini.'],
    expect: [{ key: 'budi gunadi sadikin', title: 'Menteri Kesehatan', direct: true, verb: 'menjelaskan', quote: 'Pemerintah sudah mengamankan 400 juta dosis vaksin untuk tahun ini.' }],
  },
  {
    name: '"Deputi Menlu" refers back',
    text: ['Deputi Menteri Luar Negeri Nguyen Minh Vu menghadiri konferensi pers.', 'Deputi Menlu menyatakan Vietnam akan menerima 30 juta dosis vaksin pada bulan September.'],
    expect: [{ key: 'nguyen minh vu', title: 'Deputi Menteri Luar Negeri', org: 'Kementerian Luar Negeri', direct: false, verb: 'menyatakan', quote: 'Vietnam akan menerima 30 juta dosis vaksin pada bulan September' }],
  },
  {
    name: '"Beliau" refers back',
    text: ['Menlu Retno Marsudi bertemu Dirjen WHO di Jenewa.', 'Beliau menegaskan pentingnya distribusi vaksin yang adil.'],
    expect: [{ key: 'retno marsudi', title: 'Menteri Luar Negeri', direct: false, quote: 'pentingnya distribusi vaksin yang adil' }],
  },
  {
    name: '"katanya"',
    text: ['Menkes Budi Gunadi Sadikin meninjau vaksinasi di Bandung.', '“Kita harus bergerak lebih cepat lagi,” katanya.'],
    expect: [{ key: 'budi gunadi sadikin', direct: true, verb: 'katanya', quote: 'Kita harus bergerak lebih cepat lagi' }],
  },
  {
    name: 'spokesperson of the foreign ministry',
    text: 'Juru Bicara Kementerian Luar Negeri Teuku Faizasyah menyebutkan Indonesia telah menerima 200 juta dosis vaksin.',
    expect: [{ key: 'teuku faizasyah', title: 'Juru Bicara', org: 'Kementerian Luar Negeri', direct: false, verb: 'menyebutkan', quote: 'Indonesia telah menerima 200 juta dosis vaksin' }],
  },
  {
    name: 'a one-word name between commas',
    text: 'Kepala Desa Sukamaju, Darmin, mengatakan warga antusias mengikuti vaksinasi.',
    expect: [{ key: 'darmin', title: 'Kepala', direct: false, quote: 'warga antusias mengikuti vaksinasi' }],
  },
  {
    name: '…, kata X.',
    text: 'Stok vaksin di Jakarta masih mencukupi untuk dua minggu, kata Wakil Gubernur DKI Jakarta Ahmad Riza Patria.',
    expect: [{ key: 'ahmad riza patria', title: 'Wakil Gubernur', direct: false, verb: 'kata', quote: 'Stok vaksin di Jakarta masih mencukupi untuk dua minggu' }],
  },
  {
    name: 'straight quotes, tutur',
    text: '"Vaksinasi adalah kunci pemulihan ekonomi," tutur Menteri Keuangan Sri Mulyani Indrawati.',
    expect: [{ key: 'sri mulyani indrawati', title: 'Menteri Keuangan', org: 'Kementerian Keuangan', direct: true, verb: 'tutur', quote: 'Vaksinasi adalah kunci pemulihan ekonomi' }],
  },
  {
    name: 'ambassador of a country to a country',
    text: 'Duta Besar Indonesia untuk Vietnam Denny Abdi mengatakan kedua negara sepakat memperkuat kerja sama kesehatan.',
    expect: [{ key: 'denny abdi', title: 'Duta Besar', direct: false, quote: 'kedua negara sepakat memperkuat kerja sama kesehatan' }],
  },
  {
    name: 'an organisation speaks',
    text: 'WHO menyatakan vaksin Sinovac aman dan efektif untuk digunakan.',
    expect: [{ key: null, title: null, org: 'WHO', direct: false, verb: 'menyatakan', quote: 'vaksin Sinovac aman dan efektif untuk digunakan' }],
  },
  {
    name: 'quote over two paragraphs',
    text: ['Menteri Kesehatan Budi Gunadi Sadikin menjelaskan:', '“Kami sudah menyiapkan rencana distribusi ke seluruh provinsi.', '“Vaksin akan tiba di daerah terpencil paling lambat akhir bulan ini.”'],
    expect: [{ key: 'budi gunadi sadikin', direct: true, quote: 'Kami sudah menyiapkan rencana distribusi ke seluruh provinsi.\n\nVaksin akan tiba di daerah terpencil paling lambat akhir bulan ini.' }],
  },
  {
    name: 'apostrophe in a name, menambahkan bahwa',
    text: "Wakil Presiden Ma'ruf Amin menambahkan bahwa vaksin yang digunakan sudah bersertifikat halal.",
    expect: [{ key: 'maruf amin', title: 'Wakil Presiden', direct: false, verb: 'menambahkan', quote: 'vaksin yang digunakan sudah bersertifikat halal' }],
  },
  {
    name: '"Ia" refers back',
    text: ['Gubernur Bali Wayan Koster meninjau vaksinasi massal di Denpasar.', 'Ia mengatakan 90 persen warga Bali sudah divaksin.'],
    expect: [{ key: 'wayan koster', title: 'Gubernur', direct: false, quote: '90 persen warga Bali sudah divaksin' }],
  },
  {
    name: 'Menurut beliau',
    text: ['Menlu Retno Marsudi menghadiri sidang Majelis Umum PBB.', 'Menurut beliau, kesenjangan vaksin harus segera diatasi.'],
    expect: [{ key: 'retno marsudi', direct: false, verb: 'according to', quote: 'kesenjangan vaksin harus segera diatasi' }],
  },
  {
    name: 'a title with no name and nobody before',
    text: 'Juru Bicara Satgas Covid-19 mengatakan angka kasus terus menurun di Jawa dan Bali.',
    expect: [{ key: null, title: 'Juru Bicara', org: 'Satgas Covid-19', direct: false, quote: 'angka kasus terus menurun di Jawa dan Bali' }],
  },
  {
    name: 'floating quote continues the previous speaker',
    text: ['Presiden Joko Widodo menegaskan vaksinasi harus dipercepat di semua provinsi.', '“Tidak boleh ada vaksin yang menumpuk di gudang, semuanya harus segera disuntikkan.”'],
    expect: [
      { key: 'joko widodo', direct: false, quote: 'vaksinasi harus dipercepat di semua provinsi' },
      { key: 'joko widodo', direct: true, quote: 'Tidak boleh ada vaksin yang menumpuk di gudang, semuanya harus segera disuntikkan.' },
    ],
  },
  // Not statements.
  { name: 'scare quotes', text: 'Strategi “diplomasi vaksin” terus digencarkan pemerintah.', expect: [] },
  { name: 'film title', text: 'Film “Pejuang di Garis Depan Pandemi” diputar di bioskop mulai Sabtu.', expect: [] },
  { name: 'programme name', text: 'Program “Vaksinasi Gotong Royong” diperluas ke pelaku usaha kecil.', expect: [] },
  { name: 'headline in quotes', raw: true, text: ['“Kita Harus Bergerak Cepat”, Kata Presiden', 'Isi berita.'], expect: [] },
  { name: '"Menurut data"', text: 'Menurut data Kementerian Kesehatan, 50 juta orang sudah divaksin.', expect: [] },
  { name: 'talked about, not said', text: 'Menteri Kesehatan Budi Gunadi Sadikin menjelaskan tentang rencana vaksinasi booster.', expect: [] },
  { name: 'seminar name', text: 'Seminar “Strategi Menghadapi Gelombang Ketiga Covid-19” digelar secara daring.', expect: [] },
  { name: 'residents are not a named speaker', text: 'Warga menyebut program itu sebagai “penyelamat” di tengah pandemi.', expect: [] },
  { name: '"Kata" as a noun', text: 'Kata “vaksin” berasal dari bahasa Latin.', expect: [] },
  { name: 'no reporting verb', text: 'Deputi Menteri Luar Negeri Nguyen Minh Vu menghadiri pertemuan virtual dengan mitra.', expect: [] },
  { name: 'caption', text: 'Vietnam Berupaya Sukseskan Diplomasi Vaksin - ảnh 1Deputi Menlu Nguyen Minh Vu (Foto: VOV)', expect: [] },
];
