import { describe, expect, it } from 'vitest';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor, en: enDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/** Each invented sentence and the figures it must give: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // Numbers in words, halves and small deliveries are figures; regimens are not.
  ['vi', 'Hai nghìn không trăm lẻ tám liều vaccine đã về đến Đà Nẵng.', ['2008:received']],
  ['vi', 'Việt Nam sẽ nhận nửa triệu liều vaccine AstraZeneca.', [`${M / 2}:expected`]],
  ['vi', 'Tỉnh đã tiếp nhận 14 liều vaccine.', ['14:received']],
  ['vi', 'Người dân cần tiêm đủ 2 liều vaccine.', []],
  ['vi', 'Người trên 50 tuổi được tiêm mũi 3.', []],
  ['vi', 'Cả nước đã tiêm hơn 2,2 triệu mũi tiêm trong ngày.', [`${2.2 * M}:administered`]],
  ['vi', 'Trong ngày có thêm 1,3 triệu mũi được thực hiện.', [`${1.3 * M}:administered`]],
  ['vi', 'Đội bóng tung ra 3 mũi công phá.', []],
  ['id', 'Indonesia telah menerima 10 dosis vaksin.', ['10:received']],
  ['id', 'Warga wajib mendapat dosis kedua.', []],
  ['id', 'Pemerintah telah menyuntikkan 2,2 juta suntikan.', [`${2.2 * M}:administered`]],
  ['id', 'Sebanyak seratus dua puluh dua dosis vaksin diterima puskesmas.', ['122:received']],
  ['id', 'Indonesia akan menerima 8 (delapan) juta Dosis vaksin Sinovac.', [`${8 * M}:expected`]],
  // A pack's content is a ratio, not a count; the pack count beside it still is one.
  ['id', 'Vaksin yang dipakai adalah vaksin polio kemasan 50 dosis per vial.', []],
  ['id', 'Satu botol vaksin untuk 25 dosis, cukup untuk dua belas ekor sapi.', []],
  ['id', 'Dinas menerima 500 vial vaksin kemasan 20 dosis per vial.', ['500:received']],
  ['en', 'People need two doses of Pfizer.', []],
  ['en', 'The country will get half a million doses.', [`${M / 2}:expected`]],
  ['en', 'Vietnam received 500,000 Pfizer shots on Monday.', ['500000:received']],
  ['en', 'Indonesia received 2.7 million Pfizer vaccines.', [`${2.7 * M}:received`]],
  // Space-grouped thousands and Indian grouping are one figure, never the last group alone ("880 doses").
  ['en', 'The province will receive 191 880 doses of Pfizer this week.', ['191880:expected']],
  ['en', 'We have so far received 26 400 doses for teachers.', ['26400:received']],
  ['en', 'The first shipment will contain 6,25,950 doses of the Pfizer vaccine.', ['625950:expected']],
  ['en', 'Some 10,03,860 doses arrived in the second phase.', ['1003860:received']],
  // An additive lead ("another") before a counted figure takes the unit of the doses said before; a part lead before
  // people does not ("of which 12,000 were health workers").
  ['en', 'Kuwait received 200,000 doses last month and another 150,000 arrived on Monday.', ['200000:received', '150000:received']],
  ['en', 'The province received 50,000 doses, of which 12,000 were health workers.', ['50000:received']],
  ['en', 'The city administered 50,000 doses and another 12,000 people are waiting.', ['50000:administered']],
  ['en', 'Three vaccines are approved in Vietnam.', []],
  // A counted thousand of vaccines is a dose count, unscaled too; a small count is kinds.
  ['en', 'The clinic has received a total of 24 600 vaccines so far.', ['24600:received']],
  ['en', 'The hospital received 3,500 vaccines on Friday.', ['3500:received']],
  ['en', 'Researchers are testing 25 vaccines in 12 trials.', []],
  // Two or more vaccines each counted, with no dose word and no status verb, still list doses; a brand before a noun
  // is no unit ("Pfizer staff").
  ['en', 'The consignment consists of 120,000 Pfizer, 80,000 Moderna and 45,500 Johnson and Johnson.', ['120000:unknown', '80000:unknown', '45500:unknown']],
  ['en', 'The next batch, scheduled for May, holds 300,000 AstraZeneca and 150,000 Pfizer.', ['300000:expected', '150000:expected']],
  ['en', 'The plant employs 12,000 Pfizer staff and 3,900 Moderna workers.', []],
  ['en', 'The consignment consists of 120,000 Pfizer.', []],
  // A vaccine named before another noun is no unit, whatever verb the sentence has ("shares" is also a donation cue).
  ['en', 'The fund sold 120,000 Pfizer shares and 80,000 Moderna shares.', []],
  ['id', 'Indonesia telah menerima 8.228.000 AstraZeneca dari COVAX.', ['8228000:received']],
  // The form of the doses between the amount and its unit (round 20): "bulk", "finished", "ready-to-use".
  ['en', 'A plane carrying 5 million bulk doses of Sinovac vaccine landed in Jakarta on Sunday.', [`${5 * M}:received`]],
  ['en', 'The ministry has received 2 million finished doses and 6 million bulk doses so far.', [`${2 * M}:received`, `${6 * M}:received`]],
  // A figure alone in brackets after a name shares the unit of the dose figure before it (round 20); earlier
  // bracketed siblings pass the unit on. Not after people or money, and a year or a small number is no figure.
  ['vi', 'Nhiều nước đã nhập khẩu vaccine này, gồm Argentina (20 triệu liều), Chile (8 triệu), Peru (3 triệu).', [`${20 * M}:received`, `${8 * M}:received`, `${3 * M}:received`]],
  ['en', 'The region has been allocated 80,000 doses, most of them for Lâm Đồng (32,500).', ['80000:allocated', '32500:allocated']],
  ['id', 'Kabupaten menerima 40.000 dosis vaksin, terbanyak untuk Kecamatan Sukamaju (12.400).', ['40000:received', '12400:received']],
  ['en', 'The clinic administered 3,000 doses to 2,000 residents of the district (1,200).', ['3000:administered']],
  ['en', 'The city bought 2 million doses for $12 million (9 million).', [`${2 * M}:committed`]],
  ['vi', 'Tỉnh đã tiêm 45.000 liều vaccine trong năm (2021).', ['45000:administered']],
  // A listed unit-less figure may be followed by where it is ("ở", round 20) or by "the first" ("đầu tiên").
  ['vi', 'Kho quốc gia đã tiếp nhận 3 triệu liều cùng 1,5 triệu ở kho dự trữ của tỉnh.', [`${3 * M}:received`, `${1.5 * M}:received`]],
  ['vi', 'Bộ Y tế dự kiến nhận 5 triệu liều và 2 triệu đầu tiên sẽ về trong tuần này.', [`${5 * M}:expected`, `${2 * M}:expected`]],
  ['vi', 'Thành phố có 1,2 triệu dân, 300.000 ở ngoại thành.', []],
  ['vi', 'Năm 2021 ở Hà Nội đã tiêm 9.000 liều vaccine.', ['9000:administered']],
  // "going to" before a verb is a plan; before a place it is where the doses went (round 20).
  ['en', 'The province is going to receive 60,000 doses next week.', ['60000:expected']],
  ['en', 'The country has distributed 90,000 doses, with 30,000 doses going to the capital.', ['90000:allocated', '30000:allocated']],
  // Waited for is not yet here (round 20), only when the doses or their delivery are what is waited for.
  ['en', 'The province is awaiting the arrival of 250,000 more doses next month.', ['250000:expected']],
  ['en', 'Officials said they were waiting for 40,000 doses of the measles vaccine.', ['40000:expected']],
  ['en', 'After waiting for weeks, the city received 90,000 doses on Monday.', ['90000:received']],
  ['vi', 'Việt Nam vừa nhận thêm 1 triệu vắc xin Pfizer.', [`${M}:received`]],
  ['vi', 'Việt Nam đã tiếp nhận 4 loại vắc xin.', []],
  // The dose word implied by the subject, ranges in words, a bracketed date before the amount.
  ['id', 'Vaksin yang tiba terdiri dari AstraZeneca sebanyak 8.228.000, dan Sinopharm sebanyak 2 juta.', ['8228000:received', `${2 * M}:received`]],
  ['id', 'Pemerintah memperkirakan Indonesia menerima lima sampai 12 juta dosis vaksin.', [`${5 * M}-${12 * M}:expected`]],
  ['id', 'Sekitar 20-30 juta vaksin akan diterima bulan depan.', [`${20 * M}-${30 * M}:expected`]],
  // Round 17: a range whose low end repeats the unit is one figure after "from"; without "from", two figures.
  ['vi', 'Mỗi huyện được phân bổ từ 20.000 liều đến 80.000 liều vắc xin.', ['20000-80000:allocated']],
  ['vi', 'Các xã sẽ nhận từ 2 triệu liều tới 3 triệu liều trong quý.', [`${2 * M}-${3 * M}:expected`]],
  ['id', 'Setiap kecamatan mendapat alokasi dari 4.000 dosis hingga 9.000 dosis vaksin.', ['4000-9000:allocated']],
  ['en', 'Each county will receive from 5,000 doses to 12,000 doses next week.', ['5000-12000:expected']],
  ['vi', 'Tỉnh đã tiêm 30.000 liều đến 45.000 liều mỗi đợt.', ['30000:administered', '45000:administered']],
  // Round 18: a count whose unit is written only on the next figure of a pair, or on the whole after the part.
  ['id', 'Dua puskesmas itu masing-masing menerima 300 dan 150 dosis vaksin campak.', ['300:received', '150:received']],
  ['id', 'Sebanyak 40.000 dari total 250.000 dosis vaksin akan dikirim ke puskesmas.', ['40000:expected', '250000:expected']],
  ['vi', 'Khoảng 3 triệu trong tổng số 8 triệu liều vắc xin sẽ được phân bổ cho miền Trung.', [`${3 * M}:expected`, `${8 * M}:expected`]],
  ['en', 'The first crates landed on May 21 and over 2 million doses were given by June.', [`${2 * M}:administered`]],
  ['id', 'Sebanyak 30 dari 120 warga sudah menerima vaksin.', []],
  // Round 18: 10 to 19 vials are a count (nobody takes a course of vials), not a pack's size; "didrop" is taken in.
  ['id', 'Bulan lalu puskesmas itu didrop 15 vial vaksin anti rabies dari provinsi.', ['15:received']],
  ['id', 'Stok vaksin rabies di kecamatan itu 16 vial dan di kota 11 vial.', ['16:received', '11:received']],
  ['id', 'Vaksin itu dijual dalam kemasan 10 vial.', []],
  ['id', 'Anak itu sudah mendapat 12 dosis vaksin tetes.', []],
  ['id', 'Indonesia sudah menerima 190 juta dosis. Dari 190 juta ini, 125 juta dosis sudah disuntikkan.', [`${190 * M}:received`, `${190 * M}:unknown`, `${125 * M}:administered`]],
  ['vi', 'Một ngày sau đó (7-11), thêm 1,2 triệu liều vaccine AstraZeneca về đến TP.HCM.', [`${1.2 * M}:received`]],
  // Round 15: the scale and the unit in brackets after the amount.
  ['id', 'Kemarin sudah datang 2,5 (juta vaksin) dari Jepang.', [`${2.5 * M}:received`]],
  ['id', 'Bulan depan akan tiba 6 (juta dosis vaksin) Pfizer.', [`${6 * M}:expected`]],
  ['vi', 'Tỉnh đã nhận 3 (triệu liều vắc xin) trong tuần.', [`${3 * M}:received`]],
  // Round 15: a noun between the amount and the unit ("stok", "total").
  ['id', 'Kabupaten itu telah menerima 40 ribu stok vaksin.', ['40000:received']],
  ['id', 'Dinas mencatat 2.500 total vaksin sudah diterima puskesmas.', ['2500:received']],
  // Round 15: a unit-less part named after a dose figure; not a part of money or of people.
  ['id', 'Stok vaksin daerah mencapai 40 juta, sedangkan 30 juta di antaranya sudah disuntikkan.', [`${40 * M}:received`, `${30 * M}:administered`]],
  ['id', 'Pusat mengirim 3 juta dosis ke daerah, 1 juta-nya sudah disuntikkan.', [`${3 * M}:received`, `${M}:administered`]],
  ['id', 'Kota menerima 5 juta dosis vaksin dan dana Rp 3 juta, 1 juta-nya untuk transport.', [`${5 * M}:received`]],
  ['id', 'Kota menerima 5 juta dosis untuk 2 juta warga, 1 juta di antaranya lansia.', [`${5 * M}:received`]],
  // Status from the clause that governs the figure.
  // Round 15: a total of what is held, reached, is held; a total of doses given stays administered.
  ['id', 'Dinas menyebut ketersediaan vaksin campak mencapai 12.000 dosis.', ['12000:received']],
  ['id', 'Jumlah vial yang ada mencapai 3.400 vial, cukup untuk dua bulan.', ['3400:received']],
  ['id', 'Kapasitas vaksin yang ada di pabrik itu mencapai 90 juta dosis.', [`${90 * M}:unknown`]],
  ['id', 'Vaksinasi lansia mencapai 2 juta dosis.', [`${2 * M}:administered`]],
  ['vi', 'Việt Nam đã có hơn 120 triệu liều vaccine mà đến nay mới tiêm được 88 triệu liều.', [`${120 * M}:received`, `${88 * M}:administered`]],
  ['vi', 'Nếu sắp xếp kịp chuyến bay thì Việt Nam có khoảng 5 triệu liều vaccine.', [`${5 * M}:expected`]],
  ['vi', 'Bộ Y tế đã phân bổ cho TP Hồ Chí Minh 836.000 liều.', ['836000:allocated']],
  ['vi', 'Số vaccine này sẽ được cung ứng theo tiến độ quý III: 15,5 triệu liều; quý IV: 15,5 triệu liều.', [`${15.5 * M}:expected`, `${15.5 * M}:expected`]],
  ['vi', '1,5 triệu liều vaccine do Mỹ hỗ trợ vừa về tới sân bay Nội Bài.', [`${1.5 * M}:received`]],
  ['vi', 'Mỹ tặng Việt Nam 1 triệu liều, số vắc xin 270.000 liều còn lại dự kiến sẽ được chuyển đến Việt Nam vào ngày 27-8.', [
    `${M}:donated`,
    '270000:expected',
  ]],
  ['id', 'Vaksinasi nasional telah mencapai 251,97 juta dosis.', [`${251.97 * M}:administered`]],
  ['id', 'Bio Farma telah mendistribusikan 1.060.440 vial vaksin ke seluruh provinsi.', ['1060440:allocated']],
  ['id', 'Indonesia butuh 360 juta dosis vaksin.', [`${360 * M}:unknown`]],
  // A unit-less figure ends where the number ends: "208.265.720 warga" is people, not "208.265" doses.
  ['id', 'Suntikan dosis pertama vaksin sudah diberikan pada 93,41 persen dari total 208.265.720 warga.', []],
  ['en', 'The doses arrived on Sunday, with another 1.8 million expected next month.', [`${1.8 * M}:expected`]],
  ['en', 'A ceremony was held in Hanoi on Monday to receive 200,000 doses of Vero-Cell vaccine.', ['200000:received']],
  ['en', 'One million doses donated by Japan arrived in Hanoi.', [`${M}:received`]],
  // Thousands behind the other separator; "lebih" before the unit; a vaccine named after the figure; a pair.
  ['vi', 'Việt Nam đã tiếp nhận 1,499,940 liều vaccine Pfizer.', ['1499940:received']],
  ['vi', 'Hôm 7/10, 608,400 liều vaccine Pfizer về đến Tân Sơn Nhất.', ['608400:received']],
  ['vi', 'Việt Nam đã tiếp nhận 1,5 triệu liều vaccine.', [`${1.5 * M}:received`]],
  ['id', 'Indonesia telah menyuntikkan 110,032,096 dosis vaksin.', ['110032096:administered']],
  ['id', 'Tenaga kesehatan telah mendapat 2 juta lebih dosis vaksin.', [`${2 * M}:received`]],
  ['id', 'Total vaksin yang telah diterima adalah 94.500.000 Sinovac dan 8.228.000 AstraZeneca.', ['94500000:received', '8228000:received']],
  ['id', 'Kedatangan ketiga dan keempat sebanyak 15 juta dan 10 juta dosis.', [`${15 * M}:received`, `${10 * M}:received`]],
  // A unit-less quantity of people is no figure.
  ['vi', 'Bộ Y tế đã tiêm 3.983.800 liều vaccine, trong đó số người đã được tiêm đủ 2 mũi là 249.532.', ['3983800:administered']],
  // Parts take the whole's status unless their own verb names another event.
  ['vi', 'Việt Nam đã tiếp nhận 169 triệu liều vaccine, trong đó mua hơn 80 triệu liều, viện trợ hơn 88 triệu liều.', [
    `${169 * M}:received`,
    `${80 * M}:received`,
    `${88 * M}:received`,
  ]],
  ['vi', 'Thành phố đã tiêm được 2.888.643 mũi (trong đó có 2.570.866 mũi 1; 317.777 mũi 2).', [
    '2888643:administered',
    '2570866:administered',
    '317777:administered',
  ]],
  ['en', 'Vietnam has received 36 million doses, of which 22 million have been administered.', [`${36 * M}:received`, `${22 * M}:administered`]],
  ['id', 'Indonesia kembali menerima hibah vaksin dalam jumlah 1,2 juta dosis.', [`${1.2 * M}:received`]],
  // A donation promised is committed; after a joiner, a figure with its own verb starts a new predicate.
  ['vi', 'Mỹ cam kết tặng Việt Nam 5 triệu liều vaccine.', [`${5 * M}:committed`]],
  ['id', 'Jepang berkomitmen menyumbangkan 2 juta dosis vaksin.', [`${2 * M}:committed`]],
  ['en', 'Japan decided to donate 1 million doses to Vietnam.', [`${M}:committed`]],
  ['id', 'Pemerintah telah mendistribusikan 50 juta dosis ke daerah, dan 40 juta dosis telah disuntikkan.', [
    `${50 * M}:allocated`,
    `${40 * M}:administered`,
  ]],
  // Targets are plans; a target reached is not; a fraction is never read as thousands.
  ['vi', 'Mục tiêu đến cuối năm tiêm được 150 triệu liều vaccine.', [`${150 * M}:expected`]],
  ['vi', 'Hà Nội đã đạt mục tiêu tiêm 5 triệu liều vaccine.', [`${5 * M}:administered`]],
  ['vi', 'Mỗi người chỉ cần 0,125 liều vaccine.', []],
  ['id', 'Indonesia menerima 10 juta dosis Sinovac dan 5 juta dosis AstraZeneca yang didistribusikan ke daerah.', [
    `${10 * M}:received`,
    `${5 * M}:received`,
  ]],
  // Units glued, in brackets or misspelt; a count written with both separators; a counted vaccine.
  ['id', 'Jumlah suntikan yang telah disuntikkan adalah 12.345.678dosis.', ['12345678:administered']],
  ['id', 'Pemerintah telah memesan 40 juta (dosis) vaksin Novavax.', [`${40 * M}:committed`]],
  ['id', 'Kalbar menerima 12.500 vail vaksin Sinovac.', ['12500:received']],
  ['id', 'Sebanyak 2.345,000 dosis vaksin tiba di Bandara Soekarno-Hatta.', ['2345000:received']],
  ['id', 'Indonesia kedatangan 1.250.000 vaksin Pfizer hari ini.', ['1250000:received']],
  ['id', 'Sehingga total vaksinasi dosis kedua mencapai 150.123.456.', ['150123456:administered']],
  // Plans make even a purchase expected; a plain future leaves a purchase agreed.
  ['vi', 'Mục tiêu của Bộ Y tế là mua được 60 triệu liều vaccine trong năm nay.', [`${60 * M}:expected`]],
  ['vi', 'Chính phủ đã thống nhất đề xuất mua 20 triệu liều vaccine Moderna.', [`${20 * M}:expected`]],
  ['id', 'Pemerintah menargetkan membeli 30 juta dosis vaksin tahun depan.', [`${30 * M}:expected`]],
  ['vi', 'Bộ Y tế đang đàm phán thêm 20 triệu liều, mục tiêu đạt 100 triệu liều trong năm nay.', [`${20 * M}:expected`, `${100 * M}:expected`]],
  // A future carries to a verb joined to its own.
  ['vi', 'Tuần tới sẽ phân bổ 40.000 liều vaccine cho Hà Nội và đợt sau phân bổ 25.000 liều vaccine cho Huế.', ['40000:expected', '25000:expected']],
  // Who gives decides: a country donates, a maker supplies, the ministry gives shots.
  ['id', 'Jepang telah memberikan 3 juta dosis vaksin kepada Indonesia.', [`${3 * M}:donated`]],
  ['id', 'Kemenkes telah memberikan 150 juta dosis vaksin kepada masyarakat.', [`${150 * M}:administered`]],
  ['id', 'Sinovac dari China sudah memberikan 40 juta dosis bahan baku vaksin.', [`${40 * M}:received`]],
  ['id', 'Australia berkomitmen memberikan 2 juta dosis vaksin.', [`${2 * M}:committed`]],
  ['vi', 'Mỹ đã trao 5 triệu liều vắc xin cho Việt Nam.', [`${5 * M}:donated`]],
  // A figure with no verb of its own takes its own verb after it, not a relative clause's nor a list's donor.
  ['id', 'Dari jumlah itu, 100 juta dosis sudah disuntikkan, dan sekitar 20 juta sudah didistribusikan ke provinsi.', [
    `${100 * M}:administered`,
    `${20 * M}:allocated`,
  ]],
  ['id', 'Kedatangan 1 juta vaksin donasi Jepang ini menandai telah 300 juta dosis vaksin tiba di Indonesia.', [`${M}:received`, `${300 * M}:received`]],
  ['id', 'Sebanyak 5.000.000 dosis vaksin itu terdiri dari 500.000 dosis vaksin Pfizer yang diterima kemarin.', ['5000000:unknown', '500000:received']],
  ['id', 'Kedatangan ini terdiri atas 1 juta dosis bantuan dari Australia dan 200.000 dosis bantuan dari Jepang.', [`${M}:received`, '200000:received']],
  ['vi', 'Việt Nam tiếp nhận 500.000 liều vắc xin trong tổng số 2 triệu liều do Nhật Bản tặng.', ['500000:received', `${2 * M}:donated`]],
  // Running totals, semicolon lists, labelled lists, allocations and production.
  ['vi', '200.000 liều vắc xin về tới Hà Nội, nâng tổng số liều vắc xin Úc tặng Việt Nam lên 3 triệu liều.', ['200000:received', `${3 * M}:donated`]],
  ['vi', 'Hà Nội đã tiêm 10 triệu liều vaccine; hơn 1,5 triệu liều mũi 3.', [`${10 * M}:administered`, `${1.5 * M}:administered`]],
  ['id', 'Dosis lengkap untuk tenaga kesehatan telah mencapai 3 juta dosis, lansia 9 juta dosis.', [`${3 * M}:administered`, `${9 * M}:administered`]],
  ['vi', 'Theo phân bổ của Bộ Y tế, tỉnh Nghệ An được nhận 60.000 liều vắc xin.', ['60000:allocated']],
  ['vi', 'Huế được cấp 30.000 liều vắc xin AstraZeneca.', ['30000:allocated']],
  ['id', 'Sebanyak 20 juta dosis bahan baku ini akan diolah menjadi 16 juta dosis vaksin jadi.', [`${20 * M}:unknown`, `${16 * M}:expected`]],
  // An allocation frame, announced donations, a donor said of the list item before, delivery and stock words.
  ['vi', 'Theo quyết định phân bổ, 10 tỉnh miền Trung tiếp nhận 120.000 liều vaccine.', ['120000:allocated']],
  ['vi', 'Nhật Bản thông báo tiếp tục viện trợ cho Việt Nam 2 triệu liều vaccine.', [`${2 * M}:committed`]],
  ['vi', 'Chính phủ Séc công bố quyết định tặng Việt Nam 250.000 liều vắc xin.', ['250000:committed']],
  ['vi', 'Bộ Y tế thông báo sẽ viện trợ cho Lào 100.000 liều vaccine.', ['100000:expected']],
  ['vi', 'Bộ Y tế thông báo Nhật Bản đã tặng 1 triệu liều vaccine.', [`${M}:donated`]],
  ['vi', 'Việt Nam dự tính sử dụng 13 triệu liều Pfizer, Moderna do Úc tài trợ và 9 triệu liều Pfizer do Mỹ tài trợ.', [
    `${13 * M}:expected`,
    `${9 * M}:expected`,
  ]],
  ['vi', 'Hãng vừa chuyển thêm hai lô vaccine về Hà Nội, tổng số 900.000 liều.', ['900000:received']],
  ['vi', 'Australia đã giao 300.000 liều vắc xin cho Việt Nam.', ['300000:received']],
  ['vi', 'Bộ Y tế đã tiêm 2.000.000 liều, trong đó số người được tiêm đủ hai mũi là 143.121.', [
    '2000000:administered',
  ]],
  ['id', 'Sebanyak 3.000 botol vaksin Sinovac tiba di Kabupaten Bogor.', ['3000:received']],
  ['id', 'Warga membawa 3.000 botol air minum ke lokasi vaksinasi.', []],
  ['id', 'Stok vaksin di Provinsi Jambi tersisa 70.000 dosis.', ['70000:received']],
  ['id', 'Sebanyak 1,8 juta dosis vaksin itu disimpan di gudang Bio Farma.', [`${1.8 * M}:received`]],
  ['id', 'Rata-rata vaksinasi pekan lalu sebesar 12.000 dosis.', ['12000:administered']],
  ['id', 'Pemerintah Jepang yang berkomitmen akan memberikan 1 juta dosis vaksin.', [`${M}:committed`]],
  ['id', 'Kemudian, dukungan dari Jepang berupa vaksin AstraZeneca sebanyak 500.000 dosis.', ['500000:donated']],
  // Unit-less amounts the subject makes doses: a vaccine named before, a dose figure said before, a total of vaccine.
  ['id', 'Pemerintah sudah menandatangani kontrak dengan Sinovac 125 juta dan Novavax 50 juta.', [
    `${125 * M}:committed`,
    `${50 * M}:committed`,
  ]],
  ['id', 'Tahap pertama sebanyak 1.000.000 dosis tiba kemarin dan tahap kedua sebesar 800.000 akan tiba.', [
    '1000000:received',
    '800000:expected',
  ]],
  ['id', 'Dengan kedatangan ini, total vaksin yang tiba di Indonesia mencapai jumlah 250.000.000.', [
    `${250 * M}:received`,
  ]],
  ['id', 'Lalu, AstraZeneca dari jalur Covax 8,2 juta tiba kemarin.', ['8200000:received']],
  // A maker's money or shares are no doses, with or without a dose unit elsewhere.
  ['id', 'Moderna meraih laba 12 miliar.', []],
  ['id', 'Saham Pfizer naik 5 juta.', []],
  ['vi', 'Pfizer đạt doanh thu 36 tỷ.', []],
  ['id', 'Vaksin Pfizer tiba pukul 20.00 WIB dalam jumlah 2 juta pada kedatangan tahap ke-90.', [`${2 * M}:received`]],
  // A future past a describing verb; agreed supplies; "made in" describes; wishes and plans after a need.
  ['vi', 'Đại sứ quán cho biết 1 triệu liều vaccine Nhật Bản cung cấp thêm cho Việt Nam sẽ được chuyển đến.', [
    `${M}:expected`,
  ]],
  ['id', 'Sebanyak 166 ribu dosis vaksin tiba di gudang, yang selanjutnya akan disalurkan ke kabupaten.', [
    '166000:received',
  ]],
  ['vi', 'Nga đã đồng ý cung ứng cho Việt Nam 5 triệu liều vaccine Sputnik V.', [`${5 * M}:committed`]],
  ['vi', 'Hai triệu liều vaccine Moderna sản xuất tại Mỹ đã về đến sân bay Nội Bài.', [
    `${2 * M}:received`,
  ]],
  ['id', 'Jumlah vaksin yang ingin didapatkan pemerintah sebanyak 400 juta dosis.', [`${400 * M}:expected`]],
  ['id', 'Provinsi itu membutuhkan ribuan vaksin dan akan mengusulkan vaksin lagi sebanyak 300 ribu dosis.', [
    '300000:expected',
  ]],
  ['id', 'Jadi total dose sharing dari Jerman 1.500.000 dosis.', ['1500000:donated']],
  // A future opening the sentence governs its verbs, unless a past marker says it happened.
  ['vi', 'Dự kiến đến hết quý IV năm nay, tổng số vaccine mà Việt Nam nhận được là khoảng 100 triệu liều.', [
    `${100 * M}:expected`,
  ]],
  ['vi', 'Theo kế hoạch, Việt Nam đã tiếp nhận 5 triệu liều vaccine.', [`${5 * M}:received`]],
  // A figure with no verb takes its relative clause's own verb, not the next predicate.
  ['vi', 'Đây là số vaccine nằm trong 1 triệu liều mà Nhật Bản thông báo tiếp tục viện trợ cho Việt Nam.', [
    `${M}:committed`,
  ]],
  ['vi', 'Lô này nằm trong 2 triệu liều mà Mỹ tặng Việt Nam.', [`${2 * M}:donated`]],
  // A purpose planned by a future word is expected, however far the future word stands; alone it is unknown.
  ['vi', 'Bộ Y tế sẽ phối hợp với các đơn vị, hoàn tất thủ tục kiểm định để tiếp nhận 2 triệu liều vaccine.', [
    `${2 * M}:expected`,
  ]],
  ['id', 'Pemerintah akan terus berupaya melalui jalur diplomasi bilateral untuk mendatangkan 50 juta dosis.', [
    `${50 * M}:expected`,
  ]],
  ['vi', 'Công ty hoàn tất thủ tục để nhập khẩu 2 triệu liều vaccine.', [`${2 * M}:unknown`]],
  // Vials of vaccine are a dose unit; a jar of anything else is not.
  ['vi', 'Tỉnh đã nhận 5.000 lọ vắc xin Sinopharm.', ['5000:received']],
  ['vi', 'Người dân mua 200 lọ thuốc nhỏ mắt.', []],
  // The shares of an allocation are allocated, whoever "nhận" them; shares of a receipt stay received.
  ['vi', 'Bộ Y tế phân bổ 300.000 liều vaccine, trong đó Hà Nội nhận 50.000 liều, Hải Phòng 20.000 liều.', [
    '300000:allocated', '50000:allocated', '20000:allocated',
  ]],
  ['vi', 'Vaccine Pfizer được phân cho 20 tỉnh, trong đó Nghệ An nhận 30.000 liều.', ['30000:allocated']],
  ['vi', 'Việt Nam đã tiếp nhận 2 triệu liều, trong đó Hà Nội nhận 300.000 liều.', [
    `${2 * M}:received`, '300000:received',
  ]],
  // A part lead right after the figure does not cut it from its verb.
  ['id', 'Jepang memberikan bantuan 3 juta dosis. Sebanyak 500.000 dosis di antaranya telah tiba di Jakarta.', [
    `${3 * M}:donated`, '500000:received',
  ]],
  // A total of dose sharing is donated; dose sharing named alone says nothing of what happened.
  ['id', 'Dengan ini, total dukungan kerja sama dose-sharing dari Korea sebanyak 2.000.000 dosis.', [
    '2000000:donated',
  ]],
  ['id', 'Kerja sama dose-sharing bilateral sebanyak 1.000.000 dosis itu merupakan yang kedua.', ['1000000:unknown']],
  // Doses given by a country are donated; doses given to people are administered.
  ['id', 'Jumlah vaksin yang diberikan oleh Jepang kepada Indonesia mencapai 3 juta dosis.', [`${3 * M}:donated`]],
  ['id', 'Vaksin yang diberikan kepada lansia mencapai 2 juta dosis.', [`${2 * M}:administered`]],
  // A unit-less amount after a named vaccine counts people when people are named before it.
  ['vi', 'Số người đã tiêm vaccine Pfizer là 1.234.567.', []],
  ['id', 'Vaksin yang tiba hari ini adalah AstraZeneca sebanyak 8.228.000.', ['8228000:received']],
  // ",000" after a count of doses groups thousands: no count of doses has three zero decimals.
  ['vi', 'Hôm qua, 300,000 liều vắc-xin Pfizer đã về đến Hà Nội.', ['300000:received']],
  // "Adapun" (as for) opens a new clause even with no full stop before it: its verb is not the target's.
  ['id', 'Itu bagian dari target 10 juta dosis vaksin Sinovac Adapun Bio Farma sudah menerima sebanyak 5 juta dosis.', [
    `${10 * M}:expected`, `${5 * M}:received`,
  ]],
  // A verb behind a comma yields to the relative clause right after the figure.
  ['vi', 'Sau khi Úc bàn giao 200.000 liều, đây là lô đầu tiên trong 1 triệu liều mà Úc đã cam kết tặng Việt Nam.', [
    '200000:received', `${M}:committed`,
  ]],
];

describe('dose figures and their status', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
