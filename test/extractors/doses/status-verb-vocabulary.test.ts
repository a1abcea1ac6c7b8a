import { describe, expect, it } from 'vitest';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor, en: enDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/*
 * Verbs and nouns of delivery, commitment, donation, allocation and loss, as vocabulary.
 * Invented sentences; each row: value(-valueMax):status, in order.
 */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // A supply named after "về việc" in an agreement is what was agreed.
  ['vi', 'Bộ Y tế đã ký hợp đồng với hãng về việc cung ứng 5 triệu liều vaccine.', [`${5 * M}:committed`]],
  ['vi', 'EU vừa hoàn tất thỏa thuận với Pfizer về việc cung cấp thêm 200 triệu liều vaccine.', [`${200 * M}:committed`]],
  ['vi', 'Hãng đã cung cấp 2 triệu liều vaccine cho Việt Nam.', [`${2 * M}:received`]],
  // Transport told as done is a delivery; a donation agreed or promised is a commitment.
  ['vi', 'Mỹ vận chuyển 1 triệu liều vaccine đến Lào.', [`${M}:received`]],
  ['vi', 'Các nước nhất trí tặng 50 triệu liều vaccine.', [`${50 * M}:committed`]],
  ['vi', 'Nhật Bản tặng 50 triệu liều vaccine.', [`${50 * M}:donated`]],
  // Doses given to countries are a gift; given to people they are injections.
  ['en', 'So far Norway has given out more than 4 million doses of the vaccine to countries in Africa.', [`${4 * M}:donated`]],
  ['en', 'The bloc gave 600,000 doses to 14 developing nations last year.', ['600000:donated']],
  ['en', 'The city has given out 40,000 doses to residents since May.', ['40000:administered']],
  ['en', 'The clinic has given 12,000 doses to people from other countries.', ['12000:administered']],
  // A signing is a commitment; flown in is a delivery.
  ['id', 'Hari ini dilakukan penandatanganan kontrak 30 juta dosis vaksin.', [`${30 * M}:committed`]],
  ['id', 'Sebanyak 1 juta dosis vaksin sudah diterbangkan ke Indonesia.', [`${M}:received`]],
  // Vocabulary: brought in, injected, waited for, an option, a target, secured.
  ['vi', 'Hãng đã chuyển về Cần Thơ thêm 120.000 liều vaccine.', ['120000:received']],
  ['id', 'Kami sudah suntikkan 3 juta dosis vaksin.', [`${3 * M}:administered`]],
  // Vaccinations carried out ("melakukan vaksinasi") are doses given; said as a plan, expected.
  ['id', 'Bulan lalu dinas melakukan vaksinasi sebanyak 2.400 dosis.', ['2400:administered']],
  ['id', 'Tahun ini petugas hanya melakukan vaksin sekitar 9.000 dosis.', ['9000:administered']],
  ['id', 'Bulan depan dinas akan melakukan vaksinasi sebanyak 2.400 dosis.', ['2400:expected']],
  // Uptake reported ("capaian", "cakupan vaksinasi") is of doses given.
  ['id', 'Untuk dosis kedua, capaiannya sebesar 12.345 dosis atau 20 persen.', ['12345:administered']],
  ['id', 'Cakupan vaksinasi ternak untuk vaksinasi lanjutan ada 45.678 dosis.', ['45678:administered']],
  // Doses that "there are" somewhere are held: weak, so a stronger verb in the clause still wins.
  ['id', 'Saat ini terdapat 40 ribu dosis vaksin di gudang Dinas Kesehatan.', ['40000:received']],
  ['id', 'Di puskesmas itu ada 1.200 dosis vaksin.', ['1200:received']],
  ['id', 'Kota itu masih menunggu datangnya 500 ribu dosis vaksin.', ['500000:expected']],
  ['id', 'Kontrak itu 20 juta dosis, dengan opsi tambahan menjadi 40 juta dosis.', [`${20 * M}:committed`, `${40 * M}:expected`]],
  ['id', 'Dinkes menarget per hari 10 ribu dosis vaksin.', ['10000:expected']],
  ['id', 'Total yang sudah diamankan untuk Indonesia sebanyak 60 juta dosis.', [`${60 * M}:committed`]],
  // Doses "carried out" after the figure are given.
  ['vi', 'Đến nay đã có gần 2 tỷ liều vaccine được tiến hành trên thế giới.', [`${2000 * M}:administered`]],
  // Allocation from a reserve; "cấp" right before an amount; a plain "cấp" in "cấp tỉnh" is no cue.
  ['vi', 'Thủ tướng giao Bộ xuất cấp 300.000 liều vắc xin cho 5 tỉnh.', ['300000:allocated']],
  ['vi', 'Cấp 200.000 liều vắc xin lở mồm long móng cho các tỉnh', ['200000:allocated']],
  // Sent and docked are received; secured is committed ("đảm bảo an toàn" is not).
  ['vi', 'Mỹ đã gửi 1 triệu liều vắc xin cho Lào.', [`${M}:received`]],
  ['vi', 'Lô 500.000 liều vắc xin đã cập bến Hải Phòng.', ['500000:received']],
  ['vi', 'Đến nay, nước này đã đảm bảo tổng cộng 90 triệu liều vắc xin.', [`${90 * M}:committed`]],
  ['vi', 'Châu Âu đã cam kết gửi thêm 100 triệu liều vắc xin tới châu Phi.', [`${100 * M}:committed`]],
  // A handover pledged or a supply secured is a commitment; a handover done is a delivery.
  ['vi', 'Theo hợp đồng, hãng cam kết bàn giao cho tỉnh 300.000 liều vắc xin trong quý tới.', ['300000:committed']],
  ['vi', 'Nước này được đảm bảo cung cấp 40 triệu liều vắc xin từ ba hãng.', [`${40 * M}:committed`]],
  ['vi', 'Hãng đã bàn giao cho tỉnh 300.000 liều vắc xin.', ['300000:received']],
  // Indonesian: distribution verbs, and the rest held in storage is its own predicate.
  ['id', 'Kementan telah menyebarkan 300 ribu dosis vaksin flu burung.', ['300000:allocated']],
  ['id', 'Sudah terdistribusi 40.000 dosis, selebihnya 10.000 dosis masih tersimpan di gudang.', ['40000:allocated', '10000:received']],
  // Stock held said as a verb; the noun "nguồn dự trữ" is no cue.
  ['vi', 'WHO đang dự trữ khoảng 5 triệu liều vắc xin.', [`${5 * M}:received`]],
  // Destroyed, expired or wasted doses are no delivery; a waste that may come is none.
  ['vi', 'Tỉnh đã tiến hành tiêu hủy 20.000 liều vắc xin hết hạn.', ['20000:unknown']],
  ['id', 'Sebanyak 3.000 dosis vaksin harus terbuang karena kedaluwarsa.', ['3000:unknown']],
  ['id', 'Gudang farmasi menyimpan 1.200 vial vaksin kedaluwarsa.', ['1200:unknown']],
  // A shelf life named beside a stock is a date, not an expiry; a stock past it has expired.
  ['id', 'Gudang dinas masih memiliki 250 vial vaksin dan masa kedaluwarsa vaksin itu tahun 2027.', ['250:received']],
  ['id', 'Sebanyak 60 ribu dosis vaksin itu punya masa kadaluarsa yang singkat.', ['60000:received']],
  ['id', 'Sebanyak 800 dosis vaksin di puskesmas itu sudah melewati masa kedaluwarsa.', ['800:unknown']],
  // Indonesian vocabulary: a spread to the regions, vaccinations carried out, doses set aside, thanks.
  ['id', 'Dinas menyampaikan sebaran vaksin di lima kabupaten di antaranya Sikka 4.000 dosis.', ['4000:allocated']],
  ['id', 'Provinsi telah merealisasikan vaksinasi rabies hingga 12.000 dosis.', ['12000:administered']],
  ['id', 'Sebanyak 50.000 vaksin juga sudah disediakan untuk stok cadangan.', ['50000:received']],
  ['id', 'Terima kasih kepada donatur yang memberikan bantuan 10.000 dosis vaksin.', ['10000:donated']],
  // A shipment with no place is the sender's; with a negation before it nothing was sent.
  ['id', 'Sebanyak 40.000 dosis vaksin dikirim hari ini oleh Bio Farma.', ['40000:received']],
  ['id', 'Masih ada 20.000 dosis vaksin belum bisa dikirim karena anggaran.', ['20000:unknown']],
  // Taking in a delivery ("distribusi" as the object of a receipt verb) is a receipt, not an allocation; an
  // entitlement ("jatah") and a distribution made stay allocated.
  ['id', 'Kabupaten itu telah menerima distribusi 4.000 dosis vaksin rabies.', ['4000:received']],
  ['id', 'Provinsi mendapatkan distribusi sebanyak 20.000 dosis vaksin PMK.', ['20000:received']],
  ['id', 'Kabupaten itu mendapatkan jatah 4.000 dosis vaksin rabies.', ['4000:allocated']],
  ['id', 'Dinas telah mendistribusikan 4.000 dosis vaksin rabies.', ['4000:allocated']],
  // The state's own chain handing doses down (to a province, district, commune or to farm households, or by a
  // veterinary agency) allocates them; a country giving to another country donates.
  ['vi', 'Cục Thú y đã hỗ trợ cho tỉnh 300 ngàn liều vắc xin cúm gia cầm.', ['300000:allocated']],
  ['vi', 'Chi cục Thú y đã hỗ trợ các hộ chăn nuôi 20.000 liều vắc xin.', ['20000:allocated']],
  ['vi', 'Ngành thú y tỉnh vừa hỗ trợ 2.000 liều vắc xin dại.', ['2000:allocated']],
  ['vi', 'Nhật Bản đã hỗ trợ Việt Nam 400.000 liều vắc xin.', ['400000:donated']],
  ['vi', 'Úc sẽ hỗ trợ thêm 2 triệu liều vắc xin cho Việt Nam.', ['2000000:expected']],
  // Stock held, said by a storing verb or a store noun, is received (round 12).
  ['vi', 'Thành phố đang tích trữ 3 triệu liều vắc xin.', [`${3 * M}:received`]],
  ['vi', 'Hiện nước này tồn kho gần 5 triệu liều vắc xin nên không cần nhận thêm.', [`${5 * M}:received`]],
  ['vi', 'Số 40.000 liều vắc xin còn lại đang bảo quản tại kho của tỉnh.', ['40000:received']],
  ['vi', 'Khoảng 1 triệu liều vẫn nằm trong kho lưu trữ của thành phố.', [`${M}:received`]],
  // Synonyms of "chuyển đến" are deliveries; a future before them makes them expected.
  ['vi', 'Lô đầu tiên gồm 150.000 liều đã được đưa đến thủ đô hôm qua.', ['150000:received']],
  ['vi', 'Dự kiến, Nhật Bản chuyển tới Lào 300.000 liều trong tháng sau.', ['300000:expected']],
  // Indonesian: handing out is distributing; headlines drop the verb's prefix (round 12).
  ['id', 'Tahap pertama, dinas membagikan 500 dosis vaksin rabies.', ['500:allocated']],
  ['id', 'Kementan Alokasikan 20 Ribu Dosis Vaksin PMK untuk Jawa Tengah', ['20000:allocated']],
  // The figure's own noun names a distribution; a later future in its clause is the noun's.
  ['id', 'Saat ini masih berjalan pendistribusian vaksin tahap ketiga sebanyak 6.000 dosis.', ['6000:allocated']],
  ['id', 'Pendistribusian 12.000 vial vaksin ke lima kabupaten akan dilakukan pada hari Senin.', ['12000:expected']],
  // Vaccinations carried out are doses given; said as coming, they are expected.
  ['id', 'Kegiatan vaksinasi rabies tahun lalu telah dilakukan sebanyak 12.345 dosis.', ['12345:administered']],
  ['id', 'Sudah sekitar 3.000 vaksin tahap dua yang dilaksanakan bagi petugas.', ['3000:administered']],
  ['id', 'Vaksinasi 2 juta dosis akan dilakukan bulan depan.', [`${2 * M}:expected`]],
  // Colloquial "dapat" before a noun or an amount is the verb "get"; before a verb it stays the modal "can"
  // (round 13).
  ['id', 'Kabupaten itu dapat 12.500 dosis vaksin PMK dari provinsi.', ['12500:received']],
  ['id', 'Kota Dapat Bantuan 4.000 Dosis Vaksin Rabies', ['4000:received']],
  ['id', 'Kami dapat kiriman vaksin dari kementerian sebanyak 600 dosis.', ['600:received']],
  ['id', 'Kapasitas itu dapat ditingkatkan menjadi 5 juta dosis.', [`${5 * M}:expected`]],
  // Doses fetched from the store are taken in (round 13).
  ['id', 'Puskesmas sudah mengambil 300 dosis vaksin dari gudang dinas.', ['300:received']],
  ['id', 'Dari jatah itu baru diambil 2.000 dosis vaksin.', ['2000:received']],
  // Planned or put off, a delivery has not happened yet (round 13).
  ['id', 'Pemerintah merencanakan pengiriman 50.000 dosis vaksin ke Papua.', ['50000:expected']],
  ['id', 'Produsen menunda pengiriman 300 ribu dosis vaksin ke Kanada.', ['300000:expected']],
  ['id', 'Pabrik Tunda Kedatangan 200 Ribu Dosis Vaksin ke Kenya', ['200000:expected']],
  // A count of vaccines right after a delivery verb is a dose count; with no such verb a small count stays out
  // (round 13).
  ['id', 'Kecamatan itu telah mendapatkan 250 vaksin rabies dari dinas.', ['250:received']],
  ['id', 'Dinas sudah menerima distribusi 300 vaksin LSD dari provinsi.', ['300:received']],
  ['id', 'Vaksin PMK yang sudah diterima sebanyak 2500 vaksin.', ['2500:received']],
  ['id', 'Ada 300 vaksin yang harus diperiksa ulang oleh petugas.', []],
  // Arrived, said with the perfective after the figure, wherever the place is; "đã đến lúc/hạn" (it is time, due)
  // is no arrival (round 15).
  ['vi', 'Khoảng 400.000 liều vắc xin cúm đã tới Nam Mỹ trong tuần đầu tháng.', ['400000:received']],
  ['vi', 'Sáng nay, 2,4 triệu liều vaccine phòng sởi vừa đến thủ đô Lima.', [`${2.4 * M}:received`]],
  ['vi', 'Lô 700.000 liều vắc xin ấy nay đã tới hạn.', ['700000:unknown']],
  // Carried on to the localities is an allocation; carried to a city or a country stays a delivery (round 15).
  ['vi', 'Có 1,6 triệu liều vắc xin sởi đã được vận chuyển tới các huyện miền núi.', [`${1.6 * M}:allocated`]],
  ['vi', 'Trung tâm đang chuyển 45.000 liều vắc xin dại xuống các xã ven biển.', ['45000:allocated']],
  ['vi', 'Hãng đã vận chuyển 900.000 liều vắc xin tới thành phố Cần Thơ.', ['900000:received']],
  // "chuyển" with its amount between it and the receiver ("chuyển N liều … cho/đến X") is a supplying verb like
  // "chuyển đến": received; to the localities it is an allocation; "chuyển đổi" (convert) is no delivery (round 15).
  ['vi', 'Canada đã chuyển 350.000 liều vắc xin cúm cho Đà Nẵng hôm thứ Ba.', ['350000:received']],
  ['vi', 'Tổ chức này đã chuyển hơn 2 triệu liều vắc xin bại liệt đến 12 nước châu Phi.', [`${2 * M}:received`]],
  ['vi', 'Sở Y tế đã chuyển 20.000 liều vắc xin đến các huyện vùng cao.', ['20000:allocated']],
  // Indonesian: doses realised or completed are given; a target's own amount, said without a unit, keeps the target
  // from reaching the realised figure; a year after the target is no amount of it (round 15).
  ['id', 'Kabupaten itu dari target 1.200 terealisasi 1.050 dosis.', ['1050:administered']],
  ['id', 'Puskesmas baru menyelesaikan 4.300 dosis untuk vaksinasi tahap dua.', ['4300:administered']],
  ['id', 'Targetnya, 5.000 vaksin dapat diselesaikan pekan depan.', ['5000:expected']],
  ['id', 'Sasaran 2025 menyuntikkan 9.000 dosis vaksin PMK.', ['9000:expected']],
  // Misspelt distributing verbs still distribute (round 17).
  ['id', 'Dinas sudah distibusikan 6.200 dosis vaksin ke puskesmas.', ['6200:allocated']],
  ['id', 'Pemprov telah mendistribuiskan sebanyak 3.400 vial vaksin rabies.', ['3400:allocated']],
  ['id', 'Sebanyak 2.700 dosis vaksin didistribusi ke sembilan kecamatan.', ['2700:allocated']],
  // A state body sending doses passes them down the chain; a country sending them, or a report of one, delivers
  // (round 18).
  ['id', 'Kementerian Pertanian mengirimkan 45.000 dosis vaksin LSD ke Provinsi Riau.', ['45000:allocated']],
  ['id', 'Pemerintah Kabupaten Sleman telah mengirim 1.250 vial vaksin rabies ke puskesmas.', ['1250:allocated']],
  ['id', 'Dinas Kesehatan Provinsi Maluku mengirimkan 3.600 dosis vaksin campak untuk Kabupaten Buru.', ['3600:allocated']],
  ['id', 'Kemenkes menyebutkan Australia sudah mengirimkan 500 ribu dosis vaksin.', ['500000:received']],
  ['id', 'Pemerintah Jepang kembali mengirimkan 700 ribu dosis vaksin ke Indonesia.', ['700000:received']],
  // Secured in a headline root or the borrowed "men-secure" is contracted, like "mengamankan" (round 18); a later
  // arrival verb still says the doses came.
  ['id', 'Thailand Amankan 15 Juta Dosis Vaksin Moderna', [`${15 * M}:committed`]],
  ['id', 'Kami sudah men-secure 60 juta dosis vaksin itu.', [`${60 * M}:committed`]],
  ['id', 'Pemerintah amankan 2 juta dosis vaksin yang telah tiba di Jakarta.', [`${2 * M}:received`]],
  // What is left of a stock ("sisa", "tinggal" right before an amount of doses) is held (round 20); "sisa kontrak"
  // and "tinggal di" name no stock.
  ['id', 'Untuk vaksin campak, Kabupaten Bantul sisa 2.480 dosis.', ['2480:received']],
  ['id', 'Persediaan vaksin rabies di gudang farmasi kini tinggal sekitar 650 vial.', ['650:received']],
  ['id', 'Menurut petugas, vaksin polio di puskesmas itu hanya sisa 340 dosis saja.', ['340:received']],
  ['id', 'Sisa kontrak sebanyak 3 juta dosis vaksin akan dikirim bulan depan.', [`${3 * M}:expected`]],
  ['id', 'Warga yang tinggal di desa itu menerima 400 dosis vaksin.', ['400:received']],
  // A stock noun named at length before "mencapai" still makes it a stock (round 20), not a total of doses given;
  // across a conjunction the later "mencapai" is another clause's.
  ['id', 'Ketersediaan vaksin campak di gudang farmasi kota saat ini mencapai 7.300 dosis.', ['7300:received']],
  ['id', 'Jumlah ketersediaan VAR di Flores Timur kini mencapai 2.150 vial.', ['2150:received']],
  ['id', 'Ketersediaan vaksin sempat kosong sehingga vaksinasi bulan ini hanya mencapai 900 dosis.', ['900:administered']],
  // Used up ("dipergunakan", "dipakai") is given, like "digunakan" (round 20); not a use named after it, nor "used or not".
  ['id', 'Dari 6.000 dosis yang diterima, yang dipergunakan baru sekitar 2.300 dosis.', ['6000:received', '2300:administered']],
  ['id', 'Sebanyak 750 dosis vaksin rabies dari provinsi sudah dipakai.', ['750:administered']],
  ['id', 'Ada 1.800 dosis vaksin yang dipergunakan untuk vaksinasi massal.', ['1800:received']],
  ['id', 'Stok vaksin, baik yang sudah dipakai maupun belum, sekitar 12.000 dosis.', ['12000:received']],
  // "sudah/telah sampai" (arrived) before an amount or a place is a receipt; "sampai dengan" (up to) is no verb.
  ['id', 'Alhamdulillah vaksin rabies sudah sampai sebanyak 300 vial.', ['300:received']],
  // Poured out down the chain ("menggelontorkan") is an allocation.
  ['id', 'Kementerian menggelontorkan 120 ribu dosis vaksin ke provinsi itu.', ['120000:allocated']],
  ['id', 'Sebanyak 4.000 dosis vaksin telah sampai di gudang dinas kesehatan.', ['4000:received']],
  ['id', 'Vaksin yang sudah sampai dengan selamat akan segera didistribusikan sebanyak 4.000 dosis.', ['4000:expected']],
];

describe('dose status: verbs of delivery, commitment, donation and allocation', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
