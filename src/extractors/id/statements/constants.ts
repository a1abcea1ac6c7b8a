/** Indonesian statement vocabulary. */
import { POLICE_UNIT_HEADS, UNIT_HEAD_TITLES } from './unit-head-titles.js';

/** Military and police ranks, many of two or three words ("Kapuspen TNI Laksamana Muda Kisdiyanto"). */
const RANKS = [
  'Laksamana Muda', 'Laksamana Madya', 'Laksamana Pertama', 'Marsekal Muda', 'Marsekal Madya', 'Marsekal Pertama',
  'Laksda', 'Laksdya', 'Laksma', 'Marsda', 'Marsdya', 'Marsma', 'Letnan Kolonel', 'Letnan Satu', 'Letnan Dua',
  'Letda', 'Lettu', 'Sersan', 'Sersan Mayor', 'Kopral', 'Serka', 'Serma', 'Pelda', 'Peltu', 'Kolonel Laut',
  'Kolonel Inf', 'Kolonel Pnb', 'Komisaris Besar Polisi', 'Ajun Komisaris Besar Polisi', 'Ajun Komisaris Polisi',
  'Komisaris Polisi', 'Inspektur Jenderal', 'Inspektur Jenderal Polisi', 'Brigadir Jenderal Polisi',
  'Komisaris Jenderal', 'Komisaris Jenderal Polisi', 'Jenderal Polisi', 'Inspektur Polisi Satu', 'Inspektur Satu',
  'Inspektur Dua', 'Brigadir', 'Brigadir Polisi', 'Bripda', 'Briptu', 'Brigpol', 'Aiptu', 'Mayor Jenderal TNI',
  'Brigadir Jenderal TNI', 'Letnan Jenderal TNI', 'Jenderal TNI',
] as const;

/**
 * TNI officers write their corps after the rank ("Letkol Czi Widya", "Kolonel Kav Jonny", "Kapten Arm Indra"): the
 * closed list of army, navy and air-force corps abbreviations (kecabangan), joined to each short rank.
 */
const CORPS = [
  'Inf', 'Kav', 'Arm', 'Arh', 'Art', 'Czi', 'Cpn', 'Chb', 'Cpm', 'Ckm', 'Cpl', 'Cba', 'Caj', 'Ctp', 'Chk', 'Cku',
  'Mar', 'Pnb', 'Nav', 'Tek', 'Lek', 'Kal', 'Adm', 'Sus', 'Kes', 'Psk',
] as const;
const CORPS_RANKS = [
  'Jenderal', 'Letjen', 'Mayjen', 'Brigjen', 'Kolonel', 'Letkol', 'Mayor', 'Kapten', 'Lettu', 'Letda', 'Peltu',
  'Pelda', 'Serma', 'Serka', 'Sertu', 'Serda', 'Kopka', 'Koptu', 'Kopda', 'Praka', 'Pratu', 'Prada',
] as const;
const RANKS_WITH_CORPS = CORPS_RANKS.flatMap((rank) => CORPS.map((corps) => `${rank} ${corps}`));

export const TITLES = [
  'wakil rakyat',
  'Presiden', 'Wakil Presiden', 'Wapres', 'Perdana Menteri', 'Wakil Perdana Menteri', 'Deputi Perdana Menteri', 'PM',
  'Menteri', 'Wakil Menteri', 'Menteri Luar Negeri', 'Menteri Kesehatan', 'Menteri Dalam Negeri', 'Menteri Keuangan',
  'Menteri Perdagangan', 'Menteri Koordinator', 'Menko', 'Menlu', 'Menkes', 'Wamenlu', 'Wamenkes',
  'Wakil Menteri Luar Negeri', 'Wakil Menteri Kesehatan', 'Deputi Menteri Luar Negeri', 'Deputi Menteri Kesehatan',
  'Deputi Menteri', 'Deputi Menlu', 'Deputi', 'Juru Bicara', 'Jubir', 'Duta Besar', 'Dubes', 'Gubernur',
  'Wakil Gubernur', 'Kepala', 'Wakil Kepala', 'Direktur', 'Direktur Jenderal', 'Dirjen', 'Direktur Utama', 'Ketua',
  'Wakil Ketua', 'Ketua Umum', 'Sekretaris Jenderal', 'Sekjen', 'Wali Kota', 'Walikota', 'Bupati', 'Rektor',
  'Profesor', 'Prof.', 'Dokter', 'dr.', 'Pelaksana Tugas', 'Plt.', 'Ketua Majelis Nasional', 'Sekretaris Negara',
  'Mensesneg', 'Koordinator', 'Letjen', 'Mayjen', 'Brigjen', 'Jenderal', 'Laksamana', 'Marsekal', 'Kolonel', 'Kombes',
  'Kombes Pol', 'AKBP Pol', 'Irjen', 'Irjen Pol', 'Kapolda', 'Kapolri', 'Politisi', 'Humas', 'Jaksa Penuntut Umum',
  'Jaksa Penuntut', 'JPU', 'jaksa penuntut umum', 'jaksa', 'juru bicara', 'kepala', 'ketua', 'direktur', 'menteri',
  'gubernur', 'aktris', 'Aktris', 'aktor', 'Aktor', 'penyanyi', 'Penyanyi', 'pelatih', 'Pelatih', 'Presiden Direktur',
  'Kabid Humas', 'Kapendam', 'Kapuspen', 'Kasubbag Humas', 'Politikus', 'politisi', 'politikus', 'Kepala Staf',
  'Anggota', 'Sekretaris', 'Staf Khusus', 'Wakil Ketua Umum', 'Ketua Harian', 'Kapolres', 'Kapolresta', 'Kapolsek',
  'Kabag', 'Kasubdit', 'Kadis', 'Kadinkes', 'Kasat', 'Panglima', 'Panglima TNI', 'KSAL', 'KSAD', 'KSAU',
  // Heads of a prison, a detention centre and a ministry's regional office ("kata Kalapas", "Kakanwil Kemenkumham").
  'Kalapas', 'Karutan', 'Kakanwil',
  'Jaksa Agung', 'Menpora', 'Mendagri', 'Menkeu', 'Menhan', 'Mendag', 'Menag', 'Mendikbud', 'Mendikbudristek',
  'Mensos', 'Menhub', 'Mentan', 'Menperin', 'Menaker', 'Menkumham', 'Menparekraf', 'Menkominfo', 'Menko Polhukam',
  'Menko Perekonomian', 'Menko PMK', 'Menko Marves', 'Menpan-RB', 'Menpan RB', 'Pengamat', 'pengamat', 'Peneliti',
  'peneliti', 'Direktur Eksekutif', 'Kabareskrim', 'Kadiv Humas', 'Karo Penmas', 'Sekretaris Kabinet', 'Seskab', 'Pj',
  'Penjabat', 'Plt', 'Wakil Wali Kota', 'Wakil Bupati', 'Pendiri', 'Ketua Pelaksana', 'Ketua Tim', 'Komisioner',
  'Hakim', 'Jaksa', 'Kuasa Hukum', 'Pengacara', 'Guru Besar', 'Dekan', 'Wakil Rektor', 'Dirut', 'CEO',
  'Sekretaris Daerah', 'Sekda', 'Ketua RT', 'Ketua RW', 'Lurah', 'Camat', 'Kades', 'Brigadir Jenderal',
  'Mayor Jenderal', 'Letnan Jenderal', 'Komisaris Besar', 'AKBP', 'Kompol', 'AKP', 'Iptu', 'Ipda', 'Bripka', 'Aipda',
  'Kapten', 'Mayor', 'Letkol', 'Ajun Komisaris Besar',
  // Written without the dot ("ungkap Prof Jasman"); "Sekwan" is the council's secretary (Sekretaris Dewan).
  'Prof', 'Sekwan',
  ...RANKS, ...RANKS_WITH_CORPS, ...UNIT_HEAD_TITLES,
  // Police and military unit heads, company and market titles (often English), experts.
  'Kasi', 'Kasi Humas', 'Kasi Intel', 'Kasi Pidsus', 'Kanit', 'Kanit Reskrim', 'Kasat Reskrim', 'Kasat Lantas',
  'Kasatreskrim', 'Kasubag', 'Kasubbag', 'Kainduk', 'Kapuspenkum', 'Kajati', 'Kajari', 'Dandim', 'Danrem', 'Pangdam',
  'Komandan', 'Asisten', 'Asisten Deputi', 'Plh', 'Wamen', 'Ketua Komisi', 'Wakil Ketua Komisi', 'Anggota Komisi',
  'Komisaris', 'Komisaris Utama', 'Presiden Komisaris', 'Manager', 'Manajer', 'General Manager', 'Senior Manager',
  'Vice President', 'Executive Vice President', 'Senior Vice President', 'Corporate Secretary',
  'Sekretaris Perusahaan', 'COO', 'CFO', 'CTO', 'Chief Executive Officer', 'Chief Operating Officer',
  'Chief Economist', 'Founder', 'Co-Founder', 'Managing Director', 'President Director', 'Executive Director',
  'Country Manager', 'Head', 'Direktur Marketing', 'Direktur Keuangan', 'Direktur Operasional',
  'Direktur Pengembangan', 'Direktur Pelaksana', 'Analis', 'Research Analyst', 'Retail Research Analyst', 'Ekonom',
  'Kepala Ekonom', 'ekonom',
  'Dosen', 'Pakar', 'Psikolog', 'Psikoterapis', 'Sejarawan', 'Epidemiolog', 'Perwakilan', 'Kuasa hukum',
  // Unnamed speakers written in lower case ("ujar hakim", "kata salah seorang polisi").
  'hakim', 'majelis hakim', 'penghulu', 'dokter', 'polisi', 'petugas', 'pejabat', 'sumber', 'penyidik',
  'tim penyidik', 'pengacara', 'kuasa hukum', 'saksi', 'sumber pemerintah', 'sumber lain', 'petugas medis',
  'Petugas medis',
  'Petugas', 'Pastor', 'Pendeta', 'ilmuwan', 'wanita', 'pria', 'korban', 'pedagang',
  // "terang dr Abdul": the medical title without its dot.
  'dr',
  // Descriptions that stand before a name like a title ("Legenda Gary Neville", "Bakal capres PDIP Ganjar").
  'Legenda', 'legenda', 'Bakal capres', 'Bakal cawapres', 'Bakal calon presiden', 'Bakal calon wakil presiden',
  'Calon presiden', 'Calon wakil presiden', 'Capres', 'Cawapres', 'Bacapres', 'Bacawapres', 'Pemain', 'pemain',
  'Kapten', 'kapten', 'Manajer', 'manajer', 'Penulis', 'penulis', 'Pendakwah', 'Pengusaha', 'Selebritas',
  'Artis', 'artis', 'Influencer', 'Kader', 'kader', 'Anggota DPR', 'anggota DPR', 'Wakil Sekretaris Jenderal',
  // English job titles in Indonesian business news ("kata Associate Solutions Engineer Couchbase Aaron Schenider").
  'Associate', 'Engineer', 'Solutions Engineer', 'Sales Engineer', 'Analyst', 'Senior Analyst', 'Specialist',
  'Consultant', 'Senior Consultant', 'Officer', 'Chief', 'Lead', 'Partner', 'Senior Partner', 'Managing Partner',
  'Chairman', 'Chairwoman', 'Chairperson', 'Principal', 'Advisor', 'Adviser', 'Senior Advisor', 'Supervisor',
  'Strategist', 'Chief Investment Officer', 'Chief Financial Officer', 'Chief Marketing Officer',
  'Chief Technology Officer', 'Chief Commercial Officer', 'Chief Digital Officer', 'Chief Risk Officer',
  'Finance Director', 'Marketing Director', 'Sales Director', 'Operations Director', 'Technical Director',
  'Commercial Director', 'Business Director', 'Marketing Manager', 'Brand Manager', 'Product Manager',
  'Sales Manager', 'Branch Manager', 'Regional Manager', 'Area Manager', 'Project Manager',
  'VP', 'Director', 'Assistant Director', 'Assistent Director', 'Wasekjen', 'Wakil Sekjen', 'Bendahara Umum', 'Wakil Komandan',
  'Wakil Ketua Komandan',
  // Police ranks with "Pol" before the name ("Kapolri Jenderal Pol Tito Karnavian").
  'Jenderal Pol', 'Komjen', 'Komjen Pol', 'Brigjen Pol', 'Menkum HAM',
  // Deputies of titles ("kata Wakil Sekretaris TKN Prabowo-Gibran, Saleh Partaonan Daulay").
  'Wakil Sekretaris', 'Wakil Direktur', 'Wakil Direktur Utama', 'Wakil Bendahara', 'Wakil Bendahara Umum',
  'Wakil Dekan', 'Wakil Kepala Badan', 'Dokter Spesialis', 'dokter spesialis', 'Dokter spesialis',
  // Heads of units and their short forms ("Kepala Pelaksana BPBD Subang", "Kabid Humas Polda Jatim").
  // ("Kepala Pusat …", "Kepala Bagian …" stay a title and a body: the head word opens the body's name.)
  'Kepala Pelaksana', 'Kepala Pelaksana Harian', 'Kalaksa', 'Kabid', 'Kasubid', 'Kasubbid', 'Kasie', 'Kasatgas',
  'Pelaksana tugas', 'Kapusdatin', 'Kasubdit I', 'Kasubdit II', 'Kasubdit III', 'Kasubdit IV', 'Kasubdit V',
  'Kasubdit VI',
  // A company's management speaks unnamed ("Manajemen menyebut keduanya sangat terpukul").
  'Manajemen', 'manajemen', 'pihak manajemen', 'Pihak manajemen',
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
  'Pemerintah pusat', 'Pemerintah daerah', 'Otoritas setempat', 'kepolisian', 'pihak berwenang', 'Pihak berwenang',
  'Kementerian Luar Negeri', 'Kementerian Kesehatan', 'Kemenlu', 'Kemenkes', 'Badan Pengawas Obat dan Makanan',
  'BPOM', 'Satgas Covid-19', 'Satgas Penanganan Covid-19', 'WHO', 'UNICEF', 'COVAX', 'Covax', 'ASEAN', 'DPR',
  'Bio Farma', 'Bank Indonesia', 'Bank Dunia', 'Angkatan Laut', 'Angkatan Darat', 'Angkatan Udara', 'Istana Negara',
  'Istana Kepresidenan', 'Kantor Staf Presiden', 'Mahkamah Agung', 'Mahkamah Konstitusi', 'Kejaksaan Agung',
  'Komnas HAM', 'Ombudsman', 'Polda Metro Jaya', 'Mabes Polri', 'Mabes TNI', 'Polri', 'TNI', 'TNI AL', 'TNI AD',
  'TNI AU', 'Pemerintah', 'Pemprov', 'Pemkot', 'Pemkab', 'Bareskrim', 'Kemnaker', 'Kemenaker', 'Kemenkeu', 'Kemendag',
  'Kemenhub', 'Kemensos', 'Kemenag', 'Kemendikbud', 'Kemendikbudristek', 'Kemendikdasmen', 'Kemenperin', 'Kemenpar',
  'Kemenparekraf', 'Kemenkumham', 'Kemenkum', 'Kemenpora', 'Kemendagri', 'Kemenhan', 'Kemenkominfo', 'Kominfo',
  'Komdigi', 'Kemendes', 'Kementan', 'Kemenkop', 'KemenPAN-RB', 'KemenPPPA', 'Kemenko Polhukam',
  'Kemenko Perekonomian', 'Kemenko PMK', 'Kemenko Marves', 'KKP', 'Kejagung', 'Bursa', 'Bursa Efek Indonesia', 'BEI',
  'Militer', 'IDF', 'PBB', 'Gedung Putih', 'Kremlin', 'Pentagon', 'Hamas', 'Hizbullah', 'Pertamina', 'PLN', 'BGN',
  'Badan Gizi Nasional', 'Danantara', 'BPS', 'Kepolisian',
  // Companies, news agencies and media, data firms: they speak under a name no person has.
  'Google', 'Apple', 'Amazon', 'Netflix', 'Spotify', 'Samsung', 'Xiaomi', 'Huawei', 'Nvidia', 'Intel', 'OpenAI',
  'Tesla', 'Facebook', 'Instagram', 'WhatsApp', 'TikTok', 'YouTube', 'Twitter', 'Telegram', 'Shopee', 'Tokopedia',
  'Gojek', 'Traveloka', 'Bukalapak', 'Telkomsel', 'Telkom', 'Indosat', 'Indosat Ooredoo', 'XL Axiata',
  'Garuda Indonesia', 'Lion Air', 'Wings Air', 'Citilink', 'AirAsia', 'Binance', 'Coinbase', 'Indodax', 'Glassnode',
  'CoinGecko', 'CoinMarketCap', 'Bloomberg', 'Reuters', 'AFP', 'Associated Press', 'Xinhua', 'Kyodo', 'Yonhap',
  'Al Jazeera', 'Antara', 'Calcalist', 'Newsweek', 'Fitch', "Moody's", 'IMF', 'OECD', 'WTO', 'UNHCR', 'UNESCO',
  'FIFA', 'UEFA', 'PSSI', 'Basarnas', 'BMKG', 'KPK', 'KBRI', 'DxOMark', 'Microsoft', 'Meta',
  // State and large banks: "Direktur Treasury Bank Mandiri Darmawan Junaidi" is Darmawan Junaidi of Bank Mandiri.
  'Bank Mandiri', 'Mandiri', 'Bank Rakyat Indonesia', 'Bank Negara Indonesia', 'Bank Tabungan Negara',
  'Bank Central Asia', 'BRI', 'BNI', 'BTN', 'BCA', 'Bulog',
  // Banks whose brand is written in lower case ("Direktur Utama bank bjb syariah Adang A Kunandar").
  'bank bjb syariah', 'bank bjb', 'bjb',
  // Football clubs speak as bodies ("Liverpool menegaskan").
  'Liverpool', 'Manchester United', 'Manchester City', 'Chelsea', 'Arsenal', 'Tottenham Hotspur', 'Real Madrid',
  'Barcelona', 'Atletico Madrid', 'Juventus', 'Inter Milan', 'AC Milan', 'Bayern Munchen', 'Bayern Muenchen',
  'Paris Saint-Germain', 'PSG', 'Persib', 'Persija', 'Persebaya', 'Arema', 'The Reds',
  // News outlets quoted as sources ("L'Equipe menyebut", "tulis The Athletic") and large brands.
  "L'Equipe", 'Marca', 'ESPN', 'BBC', 'Sky Sports', 'Sky Sport Italia', 'The Athletic', 'The Times', 'The Guardian',
  'The Sun', 'Daily Mail', 'Mirror', 'Gazzetta dello Sport', 'La Gazzetta dello Sport', 'Corriere dello Sport',
  'Mundo Deportivo', 'Bild', 'Kicker', 'CNN', 'CNBC', 'Fox News', 'Al Arabiya', 'The New York Times',
  'Washington Post', 'Wall Street Journal', 'Financial Times', 'Nikkei', 'Kompas', 'Kompas.com', 'Detik', 'detikcom',
  'Tempo', 'Liputan6', 'Liputan6.com', 'Kontan', 'Bisnis Indonesia', 'Republika', 'Okezone', 'Herald Pop',
  'Soompi', 'Allkpop', 'Variety', 'Billboard', 'Adidas', 'Unilever', 'Sinarmas', 'Sinar Mas', 'Toyota',
  'Coca-Cola', 'Pepsi', 'Boeing', 'Airbus', 'Nike', 'Uniqlo', 'IKEA', 'Starbucks', "McDonald's",
  'KFC', 'Nestle', 'Nestlé', 'Danone', 'Grab', 'Lazada', 'Blibli', 'Astra', 'Astra International', 'Indofood',
  'Gudang Garam', 'Djarum', 'Sampoerna', 'HM Sampoerna', 'Antam', 'Inalum', 'MIND ID', 'Freeport',
  'Freeport Indonesia', 'Vale Indonesia', 'Adaro', 'Pertamina Patra Niaga', 'Jasa Marga', 'Angkasa Pura',
  'Pelindo', 'Kereta Api Indonesia', 'Hutama Karya', 'Waskita Karya', 'Wijaya Karya', 'Adhi Karya',
  'LG', 'Oppo', 'Realme', 'Asus', 'Lenovo', 'Hyundai', 'Wuling',
  'BYD', 'Daihatsu', 'Nissan', 'BMW', 'Mercedes-Benz', 'Volkswagen', 'HYBE', 'BigHit Music',
  'SM Entertainment', 'JYP Entertainment', 'YG Entertainment', 'Cube Entertainment', 'Starship Entertainment',
  'Netflix Indonesia', 'Warner Bros', 'Marvel Studios',
  // Election tickets are campaigns, not people ("TKN Prabowo-Gibran Habiburokhman" is Habiburokhman).
  'Prabowo-Gibran', 'Ganjar-Mahfud', 'Anies-Muhaimin', 'Anies-Imin', 'Jokowi-Ma\'ruf', 'Jokowi-JK',
  'Prabowo-Sandi', 'Prabowo-Sandiaga', 'Prabowo-Hatta', 'Ahok-Djarot', 'Anies-Sandi', 'Agus-Sylvi', 'Pramono-Rano',
  'Ridwan Kamil-Suswono', 'Dharma-Kun',
  // Business and civic associations written as words, not capitals ("Ketua Umum Gapki Joko Supriyono").
  'Timnas', 'Gapki', 'Apkasindo', 'Aprobi', 'Gimni', 'Apindo', 'Hipmi', 'Walhi', 'Kamar Dagang dan Industri', 'Kamar Dagang',
] as const;

/** Portfolios, institutions and parties: capitalised words that continue an organisation's name, never a person's. */
export const PORTFOLIOS = [
  'Amerika Serikat',
  // Portfolios joined by "dan" are one name ("Menko Kemaritiman dan Investasi Luhut Binsar Pandjaitan").
  // Medical specialties after "Dokter Spesialis" ("Dokter Spesialis Paru Erlina Burhan").
  'Paru', 'Jantung', 'Penyakit Dalam', 'Kandungan', 'Saraf', 'Kulit dan Kelamin', 'Gizi Klinik', 'Bedah', 'Anestesi',
  'Kedokteran Jiwa', 'Obstetri dan Ginekologi', 'Radiologi', 'Ortopedi', 'Urologi', 'Onkologi',
  // "Kepala Kantor Komunikasi Kepresidenan Hasan Nasbi" is Hasan Nasbi of the Presidential Communication Office.
  'Kepresidenan', 'Komunikasi Kepresidenan',
  'Kemaritiman dan Investasi', 'Kelautan dan Perikanan', 'Pendidikan dan Kebudayaan', 'Pemuda dan Olahraga',
  'Energi dan Sumber Daya Mineral', 'Pekerjaan Umum dan Perumahan Rakyat', 'Pariwisata dan Ekonomi Kreatif',
  'Hukum dan HAM', 'Hukum dan Hak Asasi Manusia', 'Komunikasi dan Informatika', 'Agraria dan Tata Ruang',
  'Koperasi dan UKM', 'Lingkungan Hidup dan Kehutanan', 'Politik, Hukum, dan Keamanan', 'Politik dan Keamanan',
  'Desa dan Pembangunan Daerah Tertinggal', 'Pemberdayaan Perempuan dan Perlindungan Anak', 'Kesehatan',
  'Luar Negeri', 'Dalam Negeri', 'Keuangan', 'Perdagangan', 'Perindustrian', 'Pertahanan', 'Agama', 'Pendidikan',
  'Kebudayaan', 'Riset', 'Teknologi', 'Pendidikan Tinggi', 'Sosial', 'Perhubungan', 'Pertanian', 'Kehutanan',
  'Lingkungan Hidup', 'Kelautan', 'Perikanan', 'Ketenagakerjaan', 'Tenaga Kerja', 'Transmigrasi', 'Hukum', 'HAM',
  'Hak Asasi Manusia', 'Pemuda', 'Olahraga', 'Pariwisata', 'Ekonomi Kreatif', 'Ekonomi', 'Koperasi', 'UKM', 'Energi',
  'Sumber Daya Mineral', 'Pekerjaan Umum', 'Perumahan Rakyat', 'Komunikasi', 'Informatika',
  'Pembangunan Daerah Tertinggal', 'Pendayagunaan Aparatur Negara', 'Pendayagunaan', 'Agraria', 'Tata Ruang',
  'Pemberdayaan Perempuan', 'Perlindungan Anak', 'Aparatur Negara', 'Reformasi Birokrasi', 'Badan Usaha Milik Negara',
  'BUMN', 'Sekretaris Negara', 'Perencanaan Pembangunan Nasional', 'Politik', 'Keamanan', 'Perekonomian',
  'Kemaritiman', 'Investasi', 'Pembangunan Manusia', 'Urusan', 'Umum', 'Hubungan Masyarakat', 'Humas', 'Penerangan',
  'Informasi', 'Pencegahan', 'Penindakan', 'Penanganan', 'Pengendalian', 'Penyakit', 'Pengendalian Penyakit',
  'Kesehatan Masyarakat', 'Pelayanan', 'Pelayanan Kesehatan', 'Vaksinasi', 'Covid-19', 'COVID-19', 'Pusat', 'Daerah',
  'Nasional', 'Internasional', 'Republik Indonesia', 'RI', 'Negara', 'Penanggulangan Bencana', 'Bencana',
  'Obat dan Makanan', 'Statistik', 'Pemilihan Umum', 'Pengawas', 'Pemberantasan Korupsi', 'Korupsi', 'Narkotika',
  'Intelijen', 'Siber', 'Sandi', 'Meteorologi', 'Klimatologi', 'Geofisika', 'Kependudukan', 'Pajak', 'Bea dan Cukai',
  'Anggaran', 'Perbendaharaan', 'Kerja Sama', 'Kerjasama', 'Multilateral', 'Asia Pasifik', 'Afrika', 'Amerika',
  'Eropa', 'Protokol', 'Konsuler', 'Diplomasi Publik', 'Golkar', 'Gerindra', 'Demokrat', 'Hanura', 'Nasdem', 'NasDem',
  'PDI Perjuangan', 'PDI-P', 'PDIP', 'PKB', 'PKS', 'PAN', 'PPP', 'Perindo', 'PSI', 'Berkarya', 'Gelora', 'Ummat',
  'Buruh', 'Kebangkitan Bangsa', 'Keadilan Sejahtera', 'Amanat Nasional', 'Persatuan Pembangunan',
  'Solidaritas Indonesia', 'DPP', 'DPW', 'DPC', 'DPD', 'DPR', 'DPRD', 'MPR', 'KPK', 'BPK', 'MK', 'MA', 'BIN', 'BNPB',
  'BPOM', 'OJK', 'KPU', 'Bawaslu', 'BPJS', 'Bappenas', 'BKKBN', 'LIPI', 'BRIN', 'BMKG', 'Basarnas', 'BNN', 'BNPT',
  'KSP', 'Polri', 'TNI', 'Staf', 'Khusus', 'Laut', 'Darat', 'Udara', 'Angkatan', 'Tinggi', 'Agung', 'Kabinet',
  'Presiden', 'Istana', 'Metro Jaya', 'Kepolisian', 'Mabes', 'Rumah Sakit', 'Umum Daerah', 'Reserse', 'Kriminal',
  'Reserse Kriminal', 'Reskrim', 'Lalu Lintas', 'Lantas', 'Narkoba', 'Tata Usaha', 'Komunikasi Korporat', 'Korporat',
  'Pemasaran', 'Marketing', 'Operasional', 'Sumber Daya Manusia', 'SDM', 'Perencanaan', 'Pengembangan', 'Layanan',
  'Lansia', 'Disabilitas', 'Pidana Khusus', 'Pidana Umum', 'Pidsus', 'Pidum', 'Penerangan Hukum', 'Penkum',
  'Logistik', 'Kelembagaan', 'Tata Laksana', 'Statistik Sosial', 'Fiskal', 'Strategi Ekonomi', 'Gizi', 'Pangan',
  'Imigrasi', 'Pemasyarakatan', 'Permasyarakatan', 'Bea Cukai', 'Pencarian dan Pertolongan', 'Pencarian',
  'Pertolongan', 'Corporate Communications', 'Corporate Communication', 'Communications', 'Strategic', 'Legal',
  'Corporate Affairs', 'Public Relations', 'Dunia',
  // Company words: "Direktur Sinarmas Asset Management Jamial Salim", "Analis Doo Financial Futures Lukman Leong".
  'Asset Management', 'Management', 'Asset', 'Financial', 'Futures', 'Finance', 'Securities', 'Sekuritas', 'Capital',
  'Investment', 'Investama', 'Investindo', 'Berjangka', 'Group', 'Grup', 'Holding', 'Holdings', 'Tbk', 'Persero',
  'Treasury', 'Banking', 'International Banking', 'Syariah', 'Asuransi', 'Insurance', 'Consulting', 'Research',
  'Economics', 'Advokasi', 'Industri', 'Kecil', 'Menengah', 'Aneka', 'Edukasi', 'Karya', 'Pte', 'Ltd', 'Inc', 'Corp', 'Kadin',
  // Words of regional offices' and police units' names, which stand between a title and the name ("Kepala Unit
  // Pelaksana Teknis BPBD Cilacap … Agus Sudaryanto", "Kapolres Metro Jakarta Timur Kombes Yoyon …").
  'Pelaksana', 'Pelaksana Harian', 'Harian', 'Teknis', 'Unit Pelaksana Teknis', 'UPT', 'Operasi', 'Pusdalops',
  'Pusat Pengendalian Operasi', 'Metro', 'Rekam Medis', 'Medis', 'Kebencanaan', 'Kedaruratan',
  'Kesiapsiagaan', 'Rehabilitasi', 'Rekonstruksi', 'Mitigasi', 'Bina Pasar', 'Bina Marga', 'Cipta Karya', 'Pembinaan',
  'Pengawasan', 'Perlindungan Konsumen', 'Konsumen', 'Ketertiban', 'Perizinan', 'Penanaman Modal', 'Pelayanan Terpadu',
  'Satu Pintu', 'Pencatatan Sipil', 'Kesejahteraan', 'Ketahanan Pangan', 'Peternakan', 'Perkebunan', 'Hortikultura',
  'Tanaman Pangan', 'Kepegawaian', 'Pendapatan', 'Sarana', 'Prasarana', 'Infrastruktur', 'Pemadam Kebakaran',
  'Kebakaran', 'Penyelamatan', 'Sumber Daya Air', 'Cyber Crime', 'Reskrimum', 'Reskrimsus', 'Ditreskrimum',
  'Ditreskrimsus', 'Satreskrim', 'Satlantas', 'Satnarkoba', 'Intelkam', 'Binmas', 'Sabhara', 'Propam', 'Brimob',
  // Ministries by their old short forms ("Direktur Jenderal Perdagangan Dalam Negeri Depdag Subagyo").
  'Depdag', 'Deptan', 'Depkes', 'Depkeu', 'Deperin', 'Depperin', 'Depnakertrans', 'Depnaker', 'Depkominfo',
  'Depdiknas', 'Depag', 'Dephub', 'Depsos', 'Dephan', 'Deplu', 'Depdagri', 'Depkumham', 'Dephut', 'Depbudpar',
  // Numbered police sub-directorates ("Kasubdit V Cyber Crime Ditreskrimsus Polda Jatim AKBP Harissandi").
  'Subdit I', 'Subdit II', 'Subdit III', 'Subdit IV', 'Subdit V', 'Subdit VI',
  // Directorates named by a list ("Direktur Jenderal Industri Kecil, Menengah dan Aneka (IKMA) Gati …").
  'Industri Kecil, Menengah dan Aneka', 'Industri Kecil, Menengah, dan Aneka', 'Kepatuhan', 'Manajemen Risiko',
  'Polairud', 'Samapta', 'Distribusi', 'Ditjen', 'Subdit', 'Satuan', 'Sub Bagian', 'Subbagian', 'Protokoler',
  'Protokol',
  // Regional agencies by their short forms ("Kepala Dinas (Kadis) Disdamkar Abdul Rifai", "Kadishub Bogor").
  'Dishub', 'Disdik', 'Disdikbud', 'Dispendik', 'Dinkes', 'Dinsos', 'Disdamkar', 'Damkar', 'Disperindag', 'Diskominfo',
  'Dispar', 'Disparbud', 'Disbudpar', 'Disporapar', 'Dispora', 'Disnaker', 'Disnakertrans', 'Distan', 'Dispertan',
  'Disnak', 'Disnakkeswan', 'Disdukcapil', 'Dukcapil', 'Disperkim', 'Dinperkim', 'Disbun', 'Dishut', 'Diskop',
  'Dinkop', 'Diskoperindag', 'Dispenda', 'Bapenda', 'Bappeda', 'BPKAD', 'BKPSDM', 'DLH', 'DKP', 'DPUPR', 'PUPR',
  'Satpol PP', 'DPMPTSP', 'DPMD', 'Dispusip', 'Disarpus', 'Disketapang', 'DKPP', 'Diskanla', 'Dislutkan',
  // Fields of regional and ministry units ("Dinas Pekerjaan Umum dan Penataan Ruang", "Direktur Angkutan Jalan
  // Ditjen Hubdat", "Kepala Bidang Peternakan dan Kesehatan Hewan").
  'Penataan Ruang', 'Pekerjaan Umum dan Penataan Ruang', 'Angkutan Jalan', 'Perhubungan Darat', 'Hubdat',
  'Kesehatan Hewan', 'Peternakan dan Kesehatan Hewan', 'Perkebunan dan Peternakan',
] as const;

/** Provinces, regions and cities: a place after a title is part of the organisation, never of the name. */
export const PLACES = [
  'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Sumatera Selatan',
  'Bangka Belitung', 'Bengkulu', 'Lampung', 'DKI Jakarta', 'Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta',
  'DIY', 'Yogyakarta', 'Jawa Timur', 'Banten', 'Bali', 'Nusa Tenggara Barat', 'NTB', 'Nusa Tenggara Timur', 'NTT',
  'Kalimantan Barat', 'Kalimantan Tengah', 'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara',
  'Sulawesi Utara', 'Sulawesi Tengah', 'Sulawesi Selatan', 'Sulawesi Tenggara', 'Gorontalo', 'Sulawesi Barat',
  'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Jawa', 'Sumatera', 'Kalimantan', 'Sulawesi', 'Surabaya',
  'Bandung', 'Semarang', 'Medan', 'Makassar', 'Denpasar', 'Kupang', 'Palembang', 'Pekanbaru', 'Padang', 'Malang',
  'Solo', 'Surakarta', 'Bogor', 'Depok', 'Bekasi', 'Tangerang', 'Tangerang Selatan', 'Batam', 'Manado', 'Pontianak',
  'Balikpapan', 'Samarinda', 'Banjarmasin', 'Jayapura', 'Ambon', 'Mataram', 'Kendari', 'Palu', 'Cirebon',
  'Tasikmalaya', 'Sleman', 'Bantul', 'Magelang', 'Senayan', 'Jenewa', 'Hanoi', 'Tokyo', 'Beijing', 'Washington',
  'Jakarta Pusat', 'Jakarta Selatan', 'Jakarta Utara', 'Jakarta Barat', 'Jakarta Timur', 'Sidoarjo', 'Gresik',
  'Kediri', 'Jember', 'Banyuwangi', 'Tegal', 'Pekalongan', 'Purwokerto',
  // Regencies and cities that stand between a unit head and the name ("Kapolres Purwakarta, AKBP Edwar Zulkarnain",
  // "Ketua HKTI Kabupaten Cirebon"). Names that are also given names (Bima, Agam, Kendal) are left out.
  'Purwakarta', 'Karawang', 'Subang', 'Indramayu', 'Majalengka', 'Kuningan', 'Sumedang', 'Garut', 'Sukabumi',
  'Cianjur', 'Ciamis', 'Pangandaran', 'Banjar', 'Cimahi', 'Bandung Barat', 'Cilegon', 'Serang', 'Pandeglang',
  'Lebak', 'Brebes', 'Pemalang', 'Batang', 'Demak', 'Kudus', 'Jepara', 'Pati', 'Rembang', 'Blora',
  'Grobogan', 'Sragen', 'Karanganyar', 'Sukoharjo', 'Wonogiri', 'Klaten', 'Boyolali', 'Salatiga', 'Temanggung',
  'Wonosobo', 'Purworejo', 'Kebumen', 'Banjarnegara', 'Purbalingga', 'Banyumas', 'Cilacap', 'Kulon Progo',
  'Gunungkidul', 'Gunung Kidul', 'Tuban', 'Lamongan', 'Bojonegoro', 'Ngawi', 'Madiun', 'Magetan', 'Ponorogo',
  'Pacitan', 'Trenggalek', 'Tulungagung', 'Blitar', 'Nganjuk', 'Jombang', 'Mojokerto', 'Pasuruan', 'Probolinggo',
  'Lumajang', 'Bondowoso', 'Situbondo', 'Bangkalan', 'Sampang', 'Pamekasan', 'Sumenep', 'Buleleng',
  'Gianyar', 'Badung', 'Tabanan', 'Klungkung', 'Karangasem', 'Jembrana', 'Bangli', 'Lombok', 'Lombok Barat',
  'Lombok Tengah', 'Lombok Timur', 'Lombok Utara', 'Sumbawa', 'Dompu', 'Manggarai', 'Manggarai Barat', 'Ende',
  'Sikka', 'Maumere', 'Alor', 'Labuan Bajo', 'Deli Serdang', 'Langkat', 'Simalungun', 'Asahan',
  'Labuhanbatu', 'Tapanuli', 'Tapanuli Utara', 'Tapanuli Tengah', 'Tapanuli Selatan', 'Mandailing Natal', 'Nias',
  'Binjai', 'Pematangsiantar', 'Sibolga', 'Tebing Tinggi', 'Padangsidimpuan', 'Bukittinggi', 'Payakumbuh',
  'Pariaman', 'Solok', 'Sawahlunto', 'Pesisir Selatan', 'Dumai', 'Kampar', 'Siak', 'Bengkalis', 'Indragiri Hulu',
  'Indragiri Hilir', 'Rokan Hulu', 'Rokan Hilir', 'Pelalawan', 'Tanjungpinang', 'Barelang', 'Bintan', 'Karimun',
  'Natuna', 'Muaro Jambi', 'Kerinci', 'Prabumulih', 'Lubuklinggau', 'Ogan Ilir', 'Ogan Komering Ilir',
  'Ogan Komering Ulu', 'Muara Enim', 'Lahat', 'Musi Banyuasin', 'Banyuasin', 'Pangkalpinang', 'Belitung',
  'Bandar Lampung', 'Lampung Selatan', 'Lampung Tengah', 'Pesawaran', 'Pringsewu', 'Tanggamus',
  'Pesisir Barat', 'Singkawang', 'Ketapang', 'Sambas', 'Palangka Raya', 'Palangkaraya', 'Kotawaringin Barat',
  'Kotawaringin Timur', 'Banjarbaru', 'Tanah Bumbu', 'Kotabaru', 'Bontang', 'Kutai Kartanegara', 'Kutai Timur',
  'Kutai Barat', 'Berau', 'Paser', 'Penajam Paser Utara', 'Tarakan', 'Nunukan', 'Bitung', 'Tomohon', 'Minahasa',
  'Bolaang Mongondow', 'Talaud', 'Poso', 'Donggala', 'Sigi', 'Banggai', 'Tojo Una-Una', 'Morowali', 'Parepare',
  'Palopo', 'Gowa', 'Maros', 'Bulukumba', 'Pinrang', 'Sidrap', 'Luwu', 'Luwu Utara', 'Luwu Timur',
  'Toraja', 'Tana Toraja', 'Toraja Utara', 'Takalar', 'Jeneponto', 'Wajo', 'Soppeng', 'Barru', 'Enrekang',
  'Mamuju', 'Polewali Mandar', 'Majene', 'Baubau', 'Kolaka', 'Konawe', 'Buton', 'Wakatobi', 'Tidore',
  'Ternate', 'Halmahera', 'Halmahera Selatan', 'Tual', 'Merauke', 'Mimika', 'Timika', 'Nabire', 'Biak',
  'Sorong', 'Manokwari', 'Fakfak', 'Wamena', 'Jayawijaya', 'Puncak Jaya', 'Intan Jaya', 'Yahukimo', 'Lhokseumawe',
  'Banda Aceh', 'Sabang', 'Langsa', 'Aceh Besar', 'Aceh Utara', 'Aceh Timur', 'Aceh Tamiang', 'Bireuen', 'Pidie',
  'Meulaboh', 'Tangerang Kota', 'Jakarta Raya', 'Kepulauan Seribu', 'Bekasi Kota',
  // World cities after a title ("Gubernur Istanbul, Vasip Sahin").
  'Istanbul', 'Ankara', 'Moskow', 'London', 'Paris', 'Berlin', 'Roma', 'Madrid', 'New York', 'Kairo', 'Teheran',
  'Baghdad', 'Damaskus', 'Riyadh', 'Mekkah', 'Makkah', 'Madinah', 'Jeddah', 'Dubai', 'Abu Dhabi', 'Doha', 'Kabul',
  'Islamabad', 'New Delhi', 'Dhaka', 'Bangkok', 'Manila', 'Seoul', 'Pyongyang', 'Shanghai', 'Taipei', 'Sydney',
  'Canberra', 'Melbourne', 'Phnom Penh', 'Yerusalem', 'Tel Aviv', 'Kyiv', 'Kiev', 'Brussel', 'Wina', 'Den Haag',
  'Amsterdam', 'Ottawa', 'Osaka',
  // Provinces by their usual short forms ("Ketua Gapki Sumut Balaman Tarigan").
  'Sumut', 'Sumbar', 'Sumsel', 'Jabar', 'Jateng', 'Jatim', 'Kalbar', 'Kalteng', 'Kalsel', 'Kaltim', 'Kaltara',
  'Sulut', 'Sulteng', 'Sulsel', 'Sultra', 'Sulbar', 'Kepri', 'Malut',
  // Regencies by their usual short forms ("Kadis LH Labusel": Labuhanbatu Selatan).
  'Labusel', 'Labura', 'Labuhanbatu Selatan', 'Labuhanbatu Utara',
] as const;

export const ADMIN_UNITS = [
  'Provinsi', 'Kabupaten', 'Kota', 'Kecamatan', 'Desa', 'Kelurahan', 'Kab.', 'Prov.', 'Wilayah',
] as const;
/** "Candra Darusman selaku Ketua Umum YAMI mengaku": the title after the name, as after a comma. */
export const APPOSITIVE_WORDS = ['selaku'] as const;
export const LINK_WORDS = ['untuk', 'di', 'asal'] as const;
export const ALIAS_WORDS = ['atau', 'alias', 'atau yang akrab disapa', 'yang akrab disapa'] as const;
/** A source that is cited is not the one speaking ("seorang pejabat yang dikutip EFE mengatakan"). */
export const CITED_BY = ['dikutip', 'mengutip', 'dilansir', 'melansir'] as const;
export const FORMER_WORDS = ['mantan', 'eks', 'bekas'] as const;
/** "Saiful Mujani Research and Consulting (SMRC)": English names of bodies join their words with "and". */
export const CONJUNCTIONS = ['dan', 'and'] as const;
/** After a title with no name, these make it a reference to someone named before ("politisi Partai Hanura itu"). */
/** Before a title with no name: an unnamed person holding it ("sang dokter", "salah seorang polisi"). */
export const TITLE_DETERMINERS = ['sang', 'seorang', 'salah seorang', 'salah satu', 'para'] as const;
export const TRAILING_DETERMINERS = ['itu', 'tersebut', 'ini'] as const;

export const ORG_HEADS = [
  'Parlemen', 'Kongres', 'Senat',
  'Kementerian', 'Badan', 'Dinas', 'Kantor', 'Komisi', 'Lembaga', 'Satuan Tugas', 'Satgas', 'Kedutaan Besar',
  'Kedubes', 'Organisasi', 'Biro', 'Direktorat Jenderal', 'Pemerintah', 'Direktorat', 'Pusat', 'Majelis', 'Dewan',
  'Partai', 'Bank', 'Bidang', 'Seksi', 'Bagian', 'Fraksi', 'Mahkamah', 'Kejaksaan', 'Kepolisian', 'Polda', 'Polres',
  'Polresta', 'Polsek', 'Pengadilan', 'Rumah Sakit', 'RSUD', 'RSUP', 'Universitas', 'Institut', 'Fakultas', 'Kodam',
  'Korem', 'Kodim', 'Sekretariat', 'Inspektorat', 'Balai', 'Unit', 'Subdirektorat', 'Divisi', 'Deputi Bidang',
  'Asosiasi', 'Ikatan', 'Himpunan', 'Persatuan', 'Yayasan', 'Koalisi', 'RS', 'Gugus Tugas', 'Tim', 'Kemenko', 'Pihak',
  'Masjid', 'Perusahaan', 'Kelompok', 'Pemprov', 'Pemkot', 'Pemkab', 'Kanwil', 'Kantor Wilayah', 'Lapas', 'Kejati',
  'Kejari', 'PT', 'Pasukan', 'Balai Besar', 'Otoritas', 'Komite', 'Panitia', 'Pengadilan Negeri', 'Pengadilan Tinggi',
  'Perum', 'Perumda', 'Departemen', 'Klub', 'CV', 'Pasangan', 'Paslon',
  ...POLICE_UNIT_HEADS,
];

export const HONORIFICS = [
  'Pak', 'Bapak', 'Ibu', 'Bu', 'Saudara', 'Sdr.', 'Sheikh', 'Syekh', 'Gus', 'Kiai', 'Kyai', 'KH', 'KH.', 'Habib',
  'Ustaz', 'Ustadz', 'Mbak', 'Mas', 'Cak', 'Bung', 'Haji', 'Hajjah', 'Hj.', 'R.M.',
  // Degrees written before a name ("Ir Balaman Tarigan", "Drs. Hasan").
  'Ir', 'Ir.', 'Drs.', 'Dra.',
] as const;
/** "Dirinya mengungkapkan, …": the reflexive opens news sentences as a subject pronoun, like "Ia" and "Dia". */
export const PRONOUNS = ['beliau', 'dia', 'ia', 'dirinya'] as const;

export const ADVERBS = [
  'juga', 'pun', 'kembali', 'lebih lanjut', 'sebelumnya', 'selanjutnya', 'telah', 'sudah', 'lalu', 'kemudian',
  'sempat', 'secara terpisah', 'pada kesempatan itu', 'dalam kesempatan itu', 'pula', 'langsung', 'bahkan',
  'bahkan sampai', 'dengan tegas', 'secara tegas', 'saat dikonfirmasi', 'ketika dikonfirmasi', 'saat dihubungi',
  'ketika dihubungi', 'saat ditemui', 'ketika ditemui', 'saat diwawancarai', 'hanya', 'justru', 'pun juga',
] as const;

export const VERBS = [
  'mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'menyebutkan', 'menyebut', 'mengungkapkan', 'menuturkan',
  'menambahkan', 'mengimbau', 'meminta', 'memaparkan', 'menerangkan', 'mengakui', 'berkata', 'berujar', 'menekankan',
  'menginformasikan', 'mengumumkan', 'menilai', 'menyampaikan', 'mengemukakan', 'memperingatkan', 'melaporkan',
  'mengutarakan', 'membantah', 'menuding', 'mengklaim', 'mengungkap', 'mengingatkan', 'mengkritik', 'menampik',
  'membenarkan', 'mengonfirmasi', 'memastikan', 'menyarankan', 'mendesak', 'bilang', 'mengaku', 'berpendapat',
  'menganggap', 'menginstruksikan', 'memerintahkan', 'menduga', 'mempertanyakan', 'menanggapi', 'menyerukan',
  'mengajak', 'menuliskan', 'menyoroti', 'membeberkan', 'menjawab', 'menandaskan', 'mengimbuhkan', 'mengklarifikasi',
  'menepis', 'mengeklaim', 'mengusulkan', 'menganjurkan', 'bertutur', 'bercerita', 'mengisahkan',
  // "Prabowo beralasan hal itu …", "Presiden menyinggung total aset …": a reason given, a matter raised.
  'beralasan', 'menyinggung',
  // "Rudi merinci, 40 bus tambahan …", "Sari mencontohkan pasar di …": details and examples given.
  'merinci', 'mencontohkan',
] as const;

/**
 * "X menyerukan … serta mengimbau …": a joiner before the same speaker's next verb (not "dan": its subject may
 * change).
 */
export const VERB_JOINERS = ['serta', 'tetapi', 'tapi', 'namun', 'sekaligus', 'dan juga'] as const;

/** Verbs written before the speaker after the quote: "…, kata Menlu Retno." */
export const POST_VERBS = [
  'kata', 'ujar', 'tutur', 'ucap', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'sebut', 'papar', 'terang',
  'lanjut', 'tandas', 'pungkas', 'tukas', 'kilah', 'sergah', 'bilang', 'tulis', 'sambung', 'jawab', 'seru', 'menurut',
  'beber', 'urai', 'dikatakan', 'tepis', 'balas', 'timpal', 'sahut', 'kelakar', 'seloroh', 'pinta', 'cetus',
  'aku', 'tanya', 'tutup',
  // "Sementara, disebutkan Mulyono, rata-rata …", "PSSI, ditegaskan Amali, sejak awal …": passive verbs of saying
  // set off by commas around the name.
  'disebutkan', 'ditegaskan',
  // '"No comment, no comment," singkat Moeldoko'. (Not "demikian": "Namun demikian Presiden …" opens a clause.)
  'singkat',
] as const;
export const PRONOUN_POST_VERBS = POST_VERBS.map((v) => `${v}nya`);

export const AFTER_VERB =
  '(?:\\s+kepada\\s+(?:wartawan|media|pers|para wartawan|awak media|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}' +
  '|(?:para|seluruh|semua)\\s+\\p{Ll}+(?=\\s+(?:untuk|agar|supaya)\\s)))?' +
  '(?:\\s+(?:pada|dalam|di)\\s+[^,.:;"“”]{1,80}?(?=\\s*,|\\s+bahwa))?';
export const COMPLEMENTIZERS = ['bahwa', 'kalau'] as const;
export const ACCORDING_TO = [
  'Menurut', 'Menurut keterangan', 'Menurut pengakuan', 'Menurut penjelasan', 'Menurut catatan',
  // Passive attributions opening the sentence: "Dikatakan Rosan, …", "Seperti yang disampaikan X, …".
  'Dikatakan', 'Dijelaskan', 'Ditegaskan', 'Disampaikan', 'Seperti dikatakan', 'Seperti yang dikatakan',
  'Seperti disampaikan', 'Seperti yang disampaikan', 'Sebagaimana disampaikan', 'Sebagaimana dikatakan',
  'Disampaikan oleh', 'Dikatakan oleh', 'Seperti yang disampaikan oleh', 'Seperti disampaikan oleh',
  // "Kata Intan, inflasi …": the verb of a quote's attribution opening the sentence, as "Menurut".
  'Kata',
] as const;
export const ACCORDING_TO_LEAD = [
  'Bahkan', 'Namun', 'Tetapi', 'Tapi', 'Dan', 'Sementara', 'Sementara itu', 'Adapun', 'Lebih lanjut', 'Selain itu',
  'Karena itu', 'Oleh karena itu', 'Sedangkan', 'Padahal', 'Kini', 'Saat ini', 'Di lain sisi', 'Di sisi lain',
  // Connectives that open a sentence and tie it to the one before ("Sebab, menurut dia, …"): the source follows.
  'Sebab', 'Karena', 'Jadi', 'Maka', 'Akan tetapi', 'Hanya saja', 'Selanjutnya', 'Kemudian', 'Apalagi',
  'Meski demikian', 'Meski begitu', 'Namun demikian', 'Untuk itu', 'Dengan demikian', 'Di samping itu',
] as const;
export const ACCORDING_TO_PRONOUN = ['Menurutnya'] as const;

export const NOT_NAMES = [
  // "Senada dengan Steve, Iqbal berharap …": a clause's lead word, never a person.
  'Senada', 'Sejalan',
  'Vietnam', 'Indonesia', 'Pemerintah', 'Ia', 'Dia', 'Beliau', 'Ini', 'Itu', 'Sementara', 'Namun', 'Dalam', 'Hal',
  'Kami', 'Kita', 'Saya', 'Mereka', 'Pertama', 'Kedua', 'Ketiga', 'Selain', 'Menurut', 'Sesuai', 'Sejak', 'Dengan',
  'Untuk', 'Pada', 'Di', 'Ke', 'Dari', 'Yang', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
  'Agustus', 'September', 'Oktober', 'November', 'Desember', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu',
  'Minggu', 'Covid-19', 'Vaksin', 'Foto', 'VOV', 'VOVWORLD', 'Provinsi', 'Kabupaten', 'Kota', 'Kecamatan', 'Desa',
  'Warga', 'Jawa', 'Barat', 'Timur', 'Tengah', 'Utara', 'Selatan', 'Sumatera', 'Kalimantan', 'Sulawesi', 'Bali',
  'Papua', 'Jakarta', 'DKI', 'Kemenkes', 'Kemenlu', 'Bidang', 'Vaksinasi', 'Letjen', 'Mayjen', 'Brigjen', 'Jenderal',
  'Laksamana', 'Marsekal', 'Kolonel', 'Kombes', 'Irjen',
  // Cities and provinces often stand between a title and the name.
  'Surabaya', 'Bandung', 'Semarang', 'Medan', 'Makassar', 'Yogyakarta', 'Denpasar', 'Kupang', 'Jenewa', 'Senayan',
  'Banten', 'Aceh', 'Riau', 'Lampung', 'Maluku', 'NTT', 'NTB', 'Hanoi', 'Tokyo', 'Beijing', 'Partai', 'Komite',
  'Sentral', 'Polit', 'Biro', 'Kementerian', 'Badan', 'Kantor', 'Dan', 'Atau', 'Oleh',
  // Sentence adverbs and connectives: "Bahkan Anas menyatakan" is Anas.
  'Bahkan', 'Sementara itu', 'Selain itu', 'Adapun', 'Kemudian', 'Lalu', 'Sedangkan', 'Padahal', 'Karena', 'Meski',
  'Meskipun', 'Walaupun', 'Jika', 'Apabila', 'Saat', 'Ketika', 'Setelah', 'Sebelum', 'Sebelumnya', 'Selanjutnya',
  'Maka', 'Terkait', 'Soal', 'Mengenai', 'Tentang', 'Sebab', 'Akan', 'Tetapi', 'Tapi', 'Menanggapi', 'Menurutnya',
  'Baginya', 'Selama', 'Hingga', 'Sampai', 'Agar', 'Supaya', 'Aku', 'Pihaknya', 'Pihak', 'Para', 'Sang', 'Si', 'Kini',
  'Kala', 'Begitu', 'Demikian', 'Sehingga', 'Juga', 'Pun', 'Jadi', 'Yakni', 'Yaitu', 'Antara', 'Kendati',
  'Dalam hal ini', 'Tak', 'Tidak', 'Bukan', 'Belum', 'Sudah', 'Telah', 'Pol', 'Polisi', 'Masyarakat', 'Rakyat',
  'Bangsa', 'Daerah', 'Nasional', 'Republik', 'Negara', 'Kabinet', "Jum'at", 'Ahad', 'Bukannya', 'Sayangnya',
  'Untungnya', 'Akhirnya', 'Rupanya', 'Nyatanya', 'Sebenarnya', 'Sebaliknya', 'Intinya', 'Malahan', 'Ternyata',
  // Laws and regulations state, they do not speak ("pasal 3AI UU BUMN menyebutkan", "PP itu juga menegaskan").
  'UU', 'Undang-Undang', 'PP', 'Perpres', 'Perppu', 'Keppres', 'Inpres', 'Permen', 'Perda', 'Pasal',
  'Mulanya', 'Awalnya', 'Lantas', 'Belakangan', 'Setelahnya', 'Sesudahnya',
  'Mungkin', 'Tentu', 'Demi', 'Dikatakan', 'Dijelaskan', 'Ditegaskan', 'Disampaikan', 'Seperti', 'Sebagaimana',
  // "Terlebih Hery menyebut …": a connective ("moreover") before the subject.
  'Terlebih',
] as const;

/** "Lalu" opening a sentence is "then"; elsewhere, capitalised, it is a name (a Sasak title kept in names). */
export const START_ONLY_NOT_NAMES = ['Lalu'] as const;

/** Months that are also first names: "Kuasa hukum M Ahmadi, Juni Prasetyo Nugroho, mengatakan". */
export const NAME_LEADS = ['Juni', 'Juli', 'Mei', 'April', 'Agustus', 'Maret'] as const;

/** Capitalised words with capitals inside ("FinanceAsia", "NetMarketShare") are brands and bodies, not people. */
export const ORG_SHAPE = '^\\p{Lu}\\p{Ll}{3,}\\p{Lu}\\p{Ll}|^\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+\\p{Lu}';

export const NAME_INTRODUCERS = [
  'film', 'buku', 'program', 'acara', 'lagu', 'kampanye', 'strategi', 'istilah', 'slogan', 'gerakan', 'seminar',
  'lokakarya', 'forum', 'konferensi', 'festival', 'judul', 'bertajuk', 'berjudul', 'bertema', 'tema', 'disebut',
  'dijuluki', 'julukan', 'kebijakan', 'proyek', 'sebutan', 'yang disebut', 'diplomasi', 'semboyan', 'moto',
] as const;

export const BAD_CLAUSE_STARTS = [
  'tentang', 'mengenai', 'kepada', 'di', 'pada', 'dalam', 'diri', 'nama', 'nama-nama',
  // Feelings and thanks with no content: "menyampaikan rasa bangganya", "menyampaikan ucapan terima kasih".
  'rasa', 'ucapan', 'terima kasih', 'apresiasi', 'belasungkawa', 'duka cita', 'dukacita', 'kata-kata',
] as const;

/** "membenarkan hal tersebut dan merinci …": the object is the earlier matter, with no content of its own. */
export const BAD_CLAUSE_PATTERN =
  'hal (?:tersebut|itu|ini)(?=\\s*(?:[.,;:]|$|(?:dan|serta|kepada|saat|ketika)\\s))' +
  // "kata Barlian menanggapi pernyataan Ridwan Mukti.": whose words were answered, with no content of its own.
  '|(?:pernyataan|pertanyaan|ucapan)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}(?=\\s*(?:[.;]|$))' +
  // "kata Muliaman menjawab pertanyaan soal revisi UU BUMN.": the question answered is not what was said.
  '|pertanyaan\\s+(?:soal|tentang|mengenai|terkait|dari|wartawan|awak media|media)';

export const COUNTRIES = [
  'Vietnam', 'Indonesia', 'Jepang', 'Amerika Serikat', 'AS', 'China', 'Tiongkok', 'Korea Selatan', 'Australia',
  'Inggris', 'Rusia', 'India', 'Singapura', 'Malaysia', 'Thailand', 'Laos', 'Kamboja', 'Belanda', 'Irak', 'Iran',
  'Suriah', 'Ukraina', 'Prancis', 'Perancis', 'Jerman', 'Italia', 'Spanyol', 'Turki', 'Mesir', 'Arab Saudi', 'Israel',
  'Palestina', 'Filipina', 'Brasil', 'Kanada', 'Meksiko', 'Korea Utara', 'Myanmar', 'Brunei', 'Timor Leste',
  'Selandia Baru', 'Belgia', 'Swiss', 'Swedia', 'Norwegia', 'Denmark', 'Finlandia', 'Polandia', 'Austria', 'Yunani',
  'Portugal', 'Afghanistan', 'Pakistan', 'Bangladesh', 'Kuwait', 'Qatar', 'Uni Emirat Arab', 'Yordania', 'Lebanon',
  'Libya', 'Nigeria', 'Afrika Selatan', 'Venezuela', 'Kuba', 'Argentina', 'Taiwan', 'Kroasia', 'Serbia', 'Kolombia',
  'Cile', 'Chili', 'Peru', 'Ekuador', 'Uruguay', 'Paraguay', 'Bolivia', 'Skotlandia', 'Irlandia', 'Hongaria', 'Ceko',
  'Slovakia', 'Rumania', 'Bulgaria', 'Slovenia', 'Bosnia', 'Albania', 'Armenia', 'Azerbaijan', 'Kazakhstan',
  'Uzbekistan', 'Mongolia', 'Nepal', 'Sri Lanka', 'Yaman', 'Oman', 'Bahrain', 'Aljazair', 'Maroko', 'Tunisia',
  'Sudan', 'Etiopia', 'Kenya', 'Ghana', 'Kamerun', 'Senegal', 'Islandia', 'Estonia', 'Latvia', 'Lituania', 'Belarus',
  'Siprus', 'Papua Nugini', 'Fiji', 'Hong Kong', 'Makau', 'Inggris Raya',
] as const;

/** What may follow "…, X said" before the sentence ends (time, place, a trailing "as …" clause). */
export const TRAILING_ADJUNCT =
  '(?:\\s+(?:pada|di|dalam|saat|usai|kepada|ketika|seusai|selepas|menanggapi)\\s+[^,.;:"“”]{1,60}?)?' +
  "(?:\\s*,\\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))?)?" +
  '(?:\\s*,?\\s*(?:\\d{1,2}\\s+)?' +
  '(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\\s+\\d{4})?' +
  '(?:\\s*,\\s*(?:saat|ketika|setelah|sambil|usai|seraya|sembari|yang|menanggapi|terkait)\\s[^"“”]*?)?';

/** Academic and medical titles: they do not tell two people with the same name apart. */
export const LOOSE_TITLES = [
  'Profesor', 'Prof.', 'Prof', 'Dokter', 'dr.', 'dr', 'Letjen', 'Mayjen', 'Brigjen', 'Jenderal', 'Laksamana', 'Marsekal', 'Kolonel',
  'Kombes', 'Irjen', 'Brigadir Jenderal', 'Mayor Jenderal', 'Letnan Jenderal', 'Komisaris Besar', 'AKBP', 'Kompol',
  'AKP', 'Iptu', 'Ipda', 'Kapten', 'Mayor', 'Letkol', 'Politisi', 'Politikus', 'Pengamat', 'Peneliti', 'Anggota',
  'Jenderal Pol', 'Komjen', 'Komjen Pol', 'Brigjen Pol', 'Irjen Pol', 'Kombes Pol', 'AKBP Pol',
  ...RANKS, ...RANKS_WITH_CORPS, 'Ajun Komisaris Besar', 'Bripka', 'Aipda',
] as const;

/**
 * Indonesian bachelor's (S.) and master's (M.) degrees are "S."/"M." and a closed list of field codes ("S.H", "S.Psi",
 * "S.I.K", "M.Si", "M.Han", "M. AP"), written with or without the dots and the space.
 */
const DEGREE_FIELDS = [
  'Ag', 'Ak', 'AP', 'A\\.P', 'Ds', 'E', 'Eng', 'Farm', 'H', 'Han', 'Hum', 'Hut', 'I\\.?K', 'I\\.?Kom', 'I\\.?P', 'Kep',
  'Ked', 'Kes', 'Kn', 'Kom', 'Pd', 'Pd\\.?I', 'Psi', 'Pt', 'P', 'Si', 'Sn', 'Sos', 'Stat', 'T', 'Th', 'Tr',
] as const;
const FIELD_DEGREE = `[SM]\\.\\s?(?:${[...DEGREE_FIELDS].sort((a, b) => b.length - a.length).join('|')})\\.?`;

/** Academic and medical degrees written after a name ("Ph.D.", "M.Si", "Sp.P (K)"). */
const DEGREE =
  `(?:Ph\\.?\\s?D\\.?|M\\.\\s?Sc\\.?|MSc|MSC|M\\.\\s?A\\.?|M\\.\\s?M\\.?|MBA|MPH|Lc\\.?|${FIELD_DEGREE}|` +
  'Sp\\.\\s?[A-Z]{1,3}\\.?(?:\\s?\\(K\\))?)(?![\\p{L}])';

const VERB_ALTERNATION = `(?:${[...VERBS].sort((a, b) => b.length - a.length).join('|')})`;

const DAY_MONTH = '\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\)';
export const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu'] as const;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** The date that may close an occasion before the verb: "(20/6)" or ", Senin (3/4)," or ", Senin" (comma or not). */
const OCCASION_DATE = `(?:\\s*${DAY_MONTH})?(?:\\s*,\\s*${WEEKDAY}(?:\\s*${DAY_MONTH})?\\s*,?)?`;
const MONTH = '(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)';
/** A weekday with its date: "Senin (3/6/2024)", "Kamis 16 Mei 2024". */
const DATED_WEEKDAY = `${WEEKDAY}(?:\\s*${DAY_MONTH}|\\s+\\d{1,2}\\s+${MONTH}\\s+\\d{4})`;
/** Being reached for comment, in a relative clause: "yang dihubungi", "yang dimintai komentarnya". */
const REACHED = ['dihubungi', 'dimintai', 'ditemui', 'dikonfirmasi', 'diwawancarai', 'dijumpai'] as const;
const VERB_AHEAD = `(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))`;
/** Either tail above right after a name: nothing in it closes the name, so a long name could open with a place. */
export const REACHED_OR_DATED_TAIL = `\\s+yang\\s+(?:${REACHED.join('|')})|\\s*,\\s*${DATED_WEEKDAY}${VERB_AHEAD}`;

/**
 * Lower-case words that open a description of an ordinary person after their name ("Sulis, korban banjir
 * mengatakan", "Dani, salah satu peternak ayam petelur mengatakan").
 */
const PERSON_DESCRIPTION_LEADS = [
  'korban', 'warga', 'peternak', 'petani', 'pedagang', 'pengemudi', 'sopir', 'nelayan', 'pelanggan', 'pemilik',
  'penjual', 'pengunjung', 'penumpang', 'buruh', 'karyawan', 'pekerja', 'mahasiswa', 'relawan', 'saksi',
  'pengecer',
] as const;

/** Verbs of saying only: after a described person most other verbs also read as acts ("menambahkan pupuk"). */
const DESCRIBED_SPEAKER_VERBS = [
  'mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'menuturkan', 'menerangkan', 'berkata', 'berujar',
] as const;
/** A description lead and up to six lower-case words or numbers ("pengecer elpiji 3 kilogram melon"). */
const DESCRIPTION =
  `(?:${PERSON_DESCRIPTION_LEADS.join('|')})` +
  `(?:\\s+(?!${VERB_ALTERNATION}(?![\\p{L}\\p{N}]))(?:\\p{Ll}[\\p{Ll}-]*|\\d+)){0,6}`;
const PLACE = "(?:\\s+\\p{Lu}[\\p{Ll}'-]+)";
/** "Tujuh karyawan menyatakan": a number or quantifier before a description counts people, it names no one. */
const QUANTIFIERS = [
  'Beberapa', 'Sejumlah', 'Banyak', 'Sebagian', 'Seluruh', 'Semua', 'Setiap', 'Tiap', 'Seorang', 'Kebanyakan',
  'Mayoritas', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh', 'Puluhan',
  'Ratusan', 'Ribuan', 'Para',
];
const NOT_AFTER_QUANTIFIER = `(?<!(?:^|\\s)(?:${QUANTIFIERS.join('|')}))`;
const SAY_AHEAD = `(?=\\s+(?:${DESCRIBED_SPEAKER_VERBS.join('|')})(?![\\p{L}\\p{N}]))`;

/** What may follow a speaker's name before the verb: age and home ("Budi, 45 tahun, warga Depok, mengatakan"). */
export const SPEAKER_TAIL =
  // "Asep Tony (42) menyebutkan": the age in brackets.
  '\\s*\\(\\d{1,3}\\)\\s*,?' +
  '|\\s*,\\s*\\d+\\s+tahun(?:\\s*,\\s*(?:warga|asal|dari)\\s[^,]{1,40})?\\s*,?' +
  "|\\s*,\\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\\s+(?:pagi|siang|sore|petang|malam))?" +
  '(?:\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))?\\s*,' +
  // "Rudy Sufahriadi di Istana Negara, Jakarta, Selasa 19 Juli 2016 mengatakan": a capitalised place, then the date.
  // A dot only closes a short abbreviation ("Kab. Bogor"): "di Jakarta. Ia mengatakan" is two sentences.
  "|\\s+di(?:\\s*,?\\s*(?:\\p{Lu}\\p{L}{0,3}\\.|\\p{Lu}[\\p{L}'-]*|\\d{1,4}|\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\)))+\\s*,?" +
  // "Presiden Prabowo dalam puncak perayaan HUT ke-17 Partai Gerindra menyatakan": an occasion between the subject
  // and its verb, no comma, quote or other verb inside it.
  // "Mudrajad Kuncoro, Ph.D., menyampaikan": academic degrees after the name.
  `|(?:\\s*,\\s*${DEGREE})+\\s*,?` +
  // "Saleh yang juga Ketua DPP PAN ini menyebut": a relative clause describing the speaker, closed by ini/itu.
  `|\\s+yang\\s+(?:juga\\s+)?(?:merupakan\\s+|adalah\\s+)?\\p{Lu}[^,.;:"“”]{1,60}?\\s+(?:ini|itu|tersebut)` +
  `(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))` +
  // "Retno Marsudi yang telah berada lebih dulu di Singapura untuk … kedatangan Jokowi, menyampaikan": a relative
  // clause closed by the comma before the verb describes the speaker; a name inside it is not the speaker.
  `|\\s+yang\\s+(?:(?!${VERB_ALTERNATION})[^,.;:"“”(]){1,120}?\\s*,(?=\\s*(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))` +
  // "Darmono yang baru saja terpilih kembali sebagai Ketua Umum MAKSI mengatakan": a relative clause naming the
  // speaker's role ("sebagai …") runs to the verb with no comma; a name inside it is not the speaker.
  `|\\s+yang\\s+(?:(?!${VERB_ALTERNATION})[^,.;:"“”(]){1,60}?\\s+sebagai\\s+(?:(?!${VERB_ALTERNATION})[^,.;:"“”(]){1,80}?` +
  `(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))` +
  `|(?<!,)\\s+(?:dalam|saat|ketika|usai|seusai|selepas|kepada|ditemui|dihubungi|dikonfirmasi|diwawancarai)\\s+` +
  `(?:(?!${VERB_ALTERNATION})[^,.;:"“”(])` +
  // "Gubernur Ahmad Luthfi ditemui usai acara mengatakan", "Kementerian Perhubungan saat jumpa pers (20/6) menyebut",
  // "Budi kepada wartawan, Senin (21/2) mengatakan",
  // "Budi dalam keterangan tertulisnya, Senin (3/4), mengatakan": an occasion (or being met, called, asked) between
  // the subject and its verb; it may end in its date, or in a comma, the weekday and a comma.
  `{1,80}?${OCCASION_DATE}(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))` +
  // "Istanto Sugondo, Kamis 16 Mei 2024 menjelaskan": the weekday and its date, no comma before the verb.
  `|\\s*,\\s*${DATED_WEEKDAY}${VERB_AHEAD}` +
  // "Eko Prasongko yang dihubungi, Sabtu (17/11/2018) menuturkan", "Agus yang dimintai komentarnya sewaktu meninjau
  // rekapitulasi di KPU Sumut mengatakan": a relative clause of being reached for comment, up to its date or the verb.
  `|\\s+yang\\s+(?:${REACHED.join('|')})(?:\\s+(?:(?!${VERB_ALTERNATION})[^,.;:"“”(]){1,100}?)?${OCCASION_DATE}${VERB_AHEAD}` +
  // "Budi Santoso, pada Selasa (14/3/2023) mengatakan": the day the speaker spoke, after a comma, right before the
  // verb.
  `|\\s*,\\s*pada\\s+${WEEKDAY}(?:\\s*${DAY_MONTH})?\\s*,?(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))` +
  // "Sulis, korban banjir mengatakan": a lower-case description of the person, with no comma before the verb.
  `|\\s*,\\s*(?:salah\\s+(?:satu|seorang)\\s+)?(?:${PERSON_DESCRIPTION_LEADS.join('|')})` +
  `(?:\\s+(?!${VERB_ALTERNATION}(?![\\p{L}\\p{N}]))\\p{Ll}[\\p{Ll}-]*){0,4}(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}\\p{N}]))` +
  // The same description ending in the place and the day ("Rahmat, salah satu warga Kapuas, Senin (10/12/2018)
  // mengatakan"), or with no comma after the name ("Rahman pengemudi truk mengatakan", "Hendro pengecer beras di
  // Jalan Melati mengatakan"; a capitalised place only after di/asal/dari: "Tujuh karyawan Google" is none). Only
  // before a verb of saying: "Sutini petani di Desa Sukamaju menambahkan pupuk" adds fertiliser.
  `|\\s*,\\s*(?:salah\\s+(?:satu|seorang)\\s+)?${DESCRIPTION}(?:\\s+(?:di|asal|dari))?${PLACE}{1,3}` +
  `(?:\\s*,\\s*${WEEKDAY}(?:\\s*${DAY_MONTH})?)?\\s*,?${SAY_AHEAD}` +
  `|${NOT_AFTER_QUANTIFIER}\\s+${DESCRIPTION}(?:\\s+(?:di|asal|dari)${PLACE}{1,3})?${SAY_AHEAD}`;

/** Documents: a body right after one is not the speaker, the document is ("Laporan PBB menyebut …"). */
export const DOCUMENT_WORDS = [
  'laporan', 'dokumen', 'data', 'survei', 'riset', 'studi', 'kajian', 'penelitian', 'hasil', 'catatan', 'surat',
  'beleid', 'peraturan', 'keputusan', 'putusan', 'rilis', 'siaran pers', 'keterangan', 'pernyataan', 'unggahan',
  // Laws: "pasal 3AI UU BUMN menyebutkan" is the law's text, not the ministry's words.
  'UU', 'Undang-Undang', 'undang-undang', 'PP', 'Perpres', 'Perppu', 'Keppres', 'Inpres', 'Permen', 'Perda',
] as const;

/** An organisation right after one of these is not the subject of the sentence. */
export const PREPOSITIONS = [
  'di', 'dari', 'oleh', 'untuk', 'ke', 'dan', 'dengan', 'yang', 'dipimpin', 'pada', 'dalam', 'bagi', 'kepada',
  'atas nama', 'mewakili',
] as const;

/** A name right after these, opening a clause, is their object: "Senada dengan Erick, Johanis Tanak mengungkapkan". */
export const OBJECT_LEADS = [
  'Senada dengan', 'Sejalan dengan', 'Berbeda dengan', 'Sama dengan', 'Menanggapi', 'Menanggapi pernyataan',
  'Menambah pernyataan', 'Menjawab',
] as const;

/** A clause of these alone is a topic, not content: "Terkait peralihan BUMN, Aminuddin menyatakan …". */
export const TOPIC_LEADS = [
  'Terkait', 'Menanggapi', 'Mengenai', 'Soal', 'Tentang', 'Pada kesempatan', 'Dalam kesempatan', 'Di sela',
  'Di sela-sela', 'Senada dengan', 'Sejalan dengan', 'Berbeda dengan', 'Dilansir', 'Dikutip dari', 'Melansir',
  'Mengutip', 'Menurut laporan', 'Saat ditemui', 'Ketika ditemui', 'Saat dikonfirmasi', 'Ketika dikonfirmasi',
] as const;

/**
 * Body words that are also common given names ("Mahkamah Agung", "Kejaksaan Agung"; "Agung Santoso"): opening the
 * speaker's words with no title before them, or read as the body of a title with no other body, they are the name's.
 */
export const GIVEN_NAME_BODY_WORDS = ['Agung'] as const;

/**
 * Titles that name a post only together with its unit: a head of an office, a district, a company ("Camat
 * Sidareja …", "Direktur Genesis …", "Associate Solutions Engineer Couchbase …"). Capitalised words right after
 * one with no unit the vocabularies know start with that unit, so where the person's name starts is a guess.
 */
export const UNIT_TITLES = [
  'Direktur', 'Direktur Utama', 'Dirut', 'Direktur Eksekutif', 'Presiden Direktur', 'Kepala', 'Wakil Kepala', 'Ketua',
  'Wakil Ketua', 'Sekretaris', 'Camat', 'Lurah', 'Kades', 'Kadis', 'Kasi', 'Kabid', 'Kabag', 'Kasubdit', 'Kasubag',
  'Kasubbag', 'Kanit', 'Kasat', 'Komandan', 'Koordinator', 'Manajer', 'Manager', 'General Manager', 'Head', 'CEO',
  'Pendiri', 'Founder', 'Rektor', 'Dekan', 'Associate', 'Director', 'Engineer', 'Solutions Engineer', 'Officer',
  'Komisaris Utama', 'Presiden Komisaris', 'Kalapas', 'Karutan', 'Kakanwil',
] as const;

/**
 * Short forms of units that always belong to a region and are written with its place after them ("BPBD Agam",
 * "SMPN Sumber Rejo", "SDN 2 Muara Beliti"): between such a unit and the person stand a place the vocabularies
 * may not know.
 */
export const REGIONAL_UNITS = [
  'BPBD', 'SD', 'SDN', 'SMP', 'SMPN', 'SMA', 'SMAN', 'SMK', 'SMKN', 'MI', 'MIN', 'MTs', 'MTsN', 'MAN', 'RSUD', 'PDAM',
] as const;

/**
 * Last words of the names of bodies, not of people ("Dalit Voice", "Bibit Tumbuh Bersama", "Arsenal Fan TV"):
 * a bare speaker name ending in one of these, with no title, is an organisation speaking.
 */
export const ORG_NAME_TAILS = [
  'Network', 'Voice', 'Group', 'Foundation', 'Institute', 'Watch', 'Forum', 'Alliance', 'Council', 'Association',
  'Society', 'Center', 'Centre', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Limited', 'Holdings', 'Capital', 'Partners',
  'Labs', 'Media', 'News', 'Times', 'Post', 'Daily', 'Magazine', 'Studios', 'Entertainment', 'Records', 'FC', 'Club',
  'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems', 'Solutions', 'Ventures', 'Energy', 'Initiative',
  'Coalition', 'Agency', 'Ministry', 'Commission', 'Committee', 'Authority', 'Services', 'Tbk', 'Bersama',
  'Indonesia', 'Fund', 'TV', 'Markets', 'Reserve',
] as const;

/**
 * Words of job titles that never stand in a person's name ("National President of OSHDP", "Triasa Sales Branch
 * Manager", "Direktur Jendral"): a name the engine read with one of them ran into the title.
 */
export const TITLE_NAME_WORDS = [
  'President', 'Vice', 'Director', 'Manager', 'Head', 'Chief', 'Officer', 'Executive', 'Sales', 'Managing',
  'Chairman', 'Secretary', 'Analyst', 'Economist', 'Commissioner', 'Jendral', 'Jenderal', 'Direktur', 'Ketua',
  'Kepala', 'Menteri', 'Gubernur', 'Bupati', 'Presiden', 'Sekretaris', 'Komisaris', 'Manajer',
] as const;

/**
 * Kinship nouns that open a description of someone by a relative ("Suami Veronica Tan itu menganggap …": her husband
 * speaks, not a person named "Suami Veronica Tan"). "Putra"/"Putri" and "Ibu"/"Bapak" are left out: they are also
 * names and honorifics.
 */
export const KINSHIP_NOUNS = [
  'Suami', 'Istri', 'Anak', 'Adik', 'Kakak', 'Cucu', 'Menantu', 'Keponakan', 'Mertua', 'Ayah', 'Ayahanda', 'Ibunda',
  'Paman', 'Bibi', 'Sepupu',
] as const;

/**
 * Relatives whose word right before a name makes them the one speaking ("istri Budi Santoso mengatakan", "juru bicara
 * orang tua Bankman menyatakan"). "Anak" is left out: it opens Balinese names ("Anak Agung …").
 */
export const RELATIVE_WORDS = {
  relatives: [...KINSHIP_NOUNS.filter((w) => w !== 'Anak'), 'Orang tua', 'Keluarga'],
} as const;

/** Nouns of reports and studies that open a sentence ("Laporan itu menyebutkan …"): a document, never a person. */
export const REPORT_NOUNS = [
  'Laporan', 'Survei', 'Survey', 'Studi', 'Riset', 'Penelitian', 'Kajian', 'Data', 'Hasil', 'Bagi', 'Buat',
] as const;

/**
 * Words before a name that make it an object or put it in a subordinate clause ("sependapat dengan Budi",
 * "meminta … Ika Agustin untuk …", "karena Romahurmuziy telah membantunya"): not the one the story lets speak.
 */
export const ANTECEDENT_OBJECT_WORDS = [
  'dengan', 'kepada', 'terhadap', 'meminta', 'memerintahkan', 'mengajak', 'menemui', 'menghubungi', 'menyuap',
  'membantu', 'menugaskan', 'menunjuk', 'melantik', 'memanggil', 'mengundang', 'karena', 'bahwa', 'agar', 'supaya',
  'ke', 'dari', 'pada', 'atas', 'tentang', 'soal', 'mengenai', 'untuk',
] as const;


/**
 * Words that tie a nickname to the full name ("kata Herkis, sapaan akrab Heri Kiswanto", "Sua, sapaannya,
 * menjelaskan"): the nickname is how the story calls a person it names in full.
 */
export const NICKNAME_WORDS = [
  'sapaan akrab', 'sapaan akrabnya', 'sapaan karib', 'sapaannya', 'sapaan', 'panggilan akrab', 'panggilan akrabnya',
  'panggilannya', 'yang akrab disapa', 'yang karib disapa', 'akrab disapa', 'karib disapa',
] as const;

/**
 * Words between a description of the speaker and the name people call them by ("kata pria yang karib disapa Djanur",
 * "ujar pria yang akrab disapa Bambang Pacul itu").
 */
export const CALLED_BY_WORDS = [
  'yang akrab disapa', 'yang karib disapa', 'yang biasa disapa', 'yang akrab dipanggil', 'yang karib dipanggil',
  'yang biasa dipanggil',
] as const;

/**
 * Verbs of ordering ("Syaugi menginstruksikan jajarannya untuk …", "MKMK memerintahkan Wakil Ketua MK memimpin …"):
 * what follows is what someone must do, not what the subject said.
 */
export const ORDER_VERBS = ['menginstruksikan', 'mengintruksikan', 'memerintahkan', 'menyuruh'] as const;

/**
 * Academic degrees written without dots after a name ("Yudi SH, menambahkan", "Ardiansyah, MH mengungkapkan"):
 * never a body speaking.
 */
export const DEGREES_WITHOUT_DOTS = [
  'SH', 'MH', 'MM', 'SE', 'MSi', 'SSos', 'SPd', 'MPd', 'SIP', 'SKM', 'MKes', 'SAg', 'MAg', 'SHI', 'SKom', 'MKom',
  'SSi', 'ST', 'MT', 'SP', 'MP',
] as const;

/**
 * Honorifics and degrees written before a person's name in lower or mixed case ("Direktur RS Harapan, dr. Sinta,
 * mengatakan"): after a comma they open the name of the one the title belongs to.
 */
export const NAME_PREFIXES_AFTER_COMMA = ['dr.', 'drg.', 'Dr.', 'Prof.', 'Ir.', 'Drs.', 'Dra.', 'H.', 'Hj.'] as const;

/**
 * Two-capital acronyms of bodies and countries ("Deputi Gubernur BI …", "Menteri Luar Negeri AS …"): next to a title
 * they are the body, never a person's initials. Any other two capitals between a portfolio and a name are the
 * person's initials ("Menteri Perindustrian MS Hidayat").
 */
export const TWO_CAPITAL_BODIES = ['BI', 'MK', 'MA', 'KY', 'RI', 'AS', 'UE', 'UI', 'PN', 'PT', 'TV', 'KA', 'PM'] as const;
