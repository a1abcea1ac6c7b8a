import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a nickname the text ties to a full name ("sapaan akrab", "sapaannya")
 * speaks as that full name, and a sentence opening with "Name, Title … Body mengatakan" speaks as the name even where
 * the title is longer than the engine reads.
 */

describe('id: a nickname tied to a full name', () => {
  it('"kata Budi, sapaan akrab Budiman Sudjatmiko," is Budiman Sudjatmiko', () => {
    expectSpeakers('"Kami sudah mencoba beberapa pemain dalam latihan," kata Budi, sapaan akrab Budiman Sudjatmiko, kepada wartawan.', [
      { name: 'Budiman Sudjatmiko', key: 'budiman sudjatmiko' },
    ]);
  });

  it('"Hen, sapaannya, mengatakan" after "… Hendra Gunawan hadir." is Hendra Gunawan, without his title words', () => {
    expectSpeakers(
      'Kepala Dinas Pendidikan Kota Bogor Hendra Gunawan hadir dalam acara itu. Hen, sapaannya, mengatakan sekolah akan dibuka pekan depan untuk semua siswa.',
      [{ name: 'Hendra Gunawan' }],
    );
  });

  it('a nickname no earlier full name opens with stays as written', () => {
    expectSpeakers(
      'Kepala Dinas Pendidikan Kota Bogor Hendra Gunawan hadir dalam acara itu. Ucok, sapaannya, mengatakan sekolah akan dibuka pekan depan untuk semua siswa.',
      [{ name: 'Ucok' }],
    );
  });

  it('a name with no nickname word after it stays: "kata Budi, Senin (3/4)."', () => {
    expectSpeakers('"Kami sudah mencoba beberapa pemain dalam latihan," kata Budi, Senin (3/4).', [{ name: 'Budi' }]);
  });
});

describe('id: "Name, Title … Body mengatakan" opening the sentence', () => {
  const content = 'mengatakan jalan menuju pasar kota akan ditutup selama tiga hari ke depan karena perbaikan.';

  it('a title longer than the engine reads ("Ketua Dewan Komisioner Otoritas OJK") keeps the name before it', () => {
    expectSpeakers(`Rudi Hartono, Ketua Dewan Komisioner Otoritas OJK ${content}`, [{ name: 'Rudi Hartono' }]);
  });

  it('"Kepala Bidang Humas Polda Jawa Barat" after the name keeps the name', () => {
    expectSpeakers(`Rudi Hartono, Kepala Bidang Humas Polda Jawa Barat ${content}`, [{ name: 'Rudi Hartono', org: 'Polda Jawa Barat' }]);
  });

  it('a place before the comma is no name: "Jakarta, Kepala Dinas Kesehatan Kota Bogor mengatakan"', () => {
    expectSpeakers(`Jakarta, Kepala Dinas Kesehatan Kota Bogor ${content}`, [{ name: null, title: 'Kepala' }]);
  });

  it('a lower-case word in the run ends it: "Rudi Hartono, Kepala Dinas yang baru dilantik itu mengatakan"', () => {
    expectSpeakers(`Rudi Hartono, Kepala Bidang Humas yang baru dilantik Polda Jawa Barat ${content}`, [{ name: null }]);
  });
});

describe('id: a regional agency by its short form is no part of the name', () => {
  const content = 'mengatakan jalan menuju pasar kota akan ditutup selama tiga hari ke depan karena perbaikan.';

  it('"Kepala Disdik Rahmat Hidayat" is Rahmat Hidayat of Disdik', () => {
    expectSpeakers(`Kepala Disdik Rahmat Hidayat ${content}`, [{ name: 'Rahmat Hidayat', org: 'Disdik' }]);
  });

  it('"Kepala Dinas (Kadis) Dishub Andi Wijaya" never gives "Dishub Andi Wijaya"', () => {
    expectSpeakers(`Kepala Dinas (Kadis) Dishub Andi Wijaya ${content}`, []);
  });

  it('a title anaphor with the agency stays nameless: "Dikatakan Kepala Disnak Aceh itu, …"', () => {
    expectSpeakers('Dikatakan Kepala Disnak Aceh itu, sapi kurban pertama datang dari Pidie Jaya pekan lalu.', [
      { name: null, title: 'Kepala', org: 'Disnak Aceh' },
    ]);
  });
});

describe('id: a name opening with a token no personal name opens with', () => {
  it('"jelas H Udin" is Udin (H is Haji)', () => {
    expectSpeakers('“Kami siap bekerja keras untuk warga,” jelas H Udin.', [{ name: 'Udin', key: 'udin' }]);
  });

  it('"Plt Direktur Utama BSI Bob T. Ananta" is Bob T. Ananta of BSI', () => {
    expectSpeakers('Plt Direktur Utama BSI Bob T. Ananta mengatakan laba bank tumbuh dua digit pada tahun ini.', [
      { name: 'Bob T. Ananta', org: 'BSI' },
    ]);
  });

  it('an H inside the name stays: "kata Mardani H Maming"', () => {
    expectSpeakers('“Kami siap bekerja keras untuk warga,” kata Mardani H Maming.', [{ name: 'Mardani H Maming' }]);
  });
});

describe('id: an order is no statement', () => {
  it('"Syaugi menginstruksikan jajarannya untuk …" gives no statement', () => {
    expectSpeakers('Kepala Basarnas Muhammad Syaugi menginstruksikan jajarannya untuk melakukan operasi pencarian korban selama tujuh hari.', []);
  });

  it('"MKMK memerintahkan Wakil Ketua MK memimpin …" gives no statement', () => {
    expectSpeakers('Dalam putusannya, Ketua MKMK Jimly Asshiddiqie memerintahkan Wakil Ketua MK memimpin pemilihan pimpinan yang baru dalam dua hari.', []);
  });

  it('"Syaugi mengatakan jajarannya akan …" stays', () => {
    expectSpeakers('Kepala Basarnas Muhammad Syaugi mengatakan jajarannya akan melakukan operasi pencarian korban selama tujuh hari.', [
      { name: 'Muhammad Syaugi' },
    ]);
  });
});

describe('id: fields of regional and ministry units stand between the title and the name', () => {
  const content = 'mengatakan jalan menuju pasar kota akan ditutup selama tiga hari ke depan karena perbaikan.';

  it('"Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang Kota Bogor Khaerul" is Khaerul', () => {
    expectSpeakers(`Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang Kota Bogor Khaerul ${content}`, [
      { name: 'Khaerul', title: 'Sekretaris' },
    ]);
  });

  it('"Direktur Angkutan Jalan Ditjen Hubdat Kemenhub Rudi" is Rudi', () => {
    expectSpeakers(`Direktur Angkutan Jalan Ditjen Hubdat Kemenhub Rudi ${content}`, [{ name: 'Rudi', title: 'Direktur' }]);
  });
});

describe('id: an occasion between the subject and its verb', () => {
  const content = 'jalan menuju pasar kota akan ditutup selama tiga hari ke depan karena perbaikan.';

  it('"Kementerian Perhubungan saat jumpa pers (20/6) menyebut" is the ministry', () => {
    expectSpeakers(`Kementerian Perhubungan saat jumpa pers (20/6) menyebut ${content}`, [{ org: 'Kementerian Perhubungan' }]);
  });

  it('"Andi Wijaya dalam keterangan tertulisnya, Senin (3/4), mengatakan" is Andi Wijaya', () => {
    expectSpeakers(`Andi Wijaya dalam keterangan tertulisnya, Senin (3/4), mengatakan ${content}`, [{ name: 'Andi Wijaya' }]);
  });

  it('"Gubernur Andi Wijaya ditemui usai acara mengatakan" is Andi Wijaya', () => {
    expectSpeakers(`Gubernur Andi Wijaya ditemui usai acara mengatakan ${content}`, [{ name: 'Andi Wijaya' }]);
  });
});

describe('id: "…, lanjut X" inside a clause with no comma after the name', () => {
  it('"Bank sentral, lanjut Darmin tengah melakukan kajian …" is Darmin, the attribution cut out', () => {
    expectSpeakers('Bank sentral, lanjut Darmin tengah melakukan kajian untuk menargetkan kisaran pertumbuhan kredit tahun ini.', [
      { name: 'Darmin' },
    ]);
  });

  it('initials opening a name after its body stay: "ungkap Direktur … BPPT, MAM Oktaufik pada acara …"', () => {
    expectSpeakers(
      'Teknologi karya anak bangsa sudah bagus, hanya ada keterbatasan dukungan, ungkap Direktur Pusat Teknologi Energi BPPT, MAM Oktaufik pada acara lokakarya di Jakarta.',
      [{ name: 'MAM Oktaufik' }],
    );
  });
});
