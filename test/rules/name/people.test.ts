// The mention finder and the person grouping shared by the name rules (src/rules/name/lib), and the family
// on the founding article.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, parseDraft } from '../../../src/core';
import { nameRules } from '../../../src/rules/name';
import { analysePeople } from '../../../src/rules/name/lib/people';
import { MAX_RELATED } from '../../../src/rules/name/lib/related';

const SYLLABLES = ['ba', 'de', 'fi', 'go', 'hu'];
const founding = fs.readFileSync(path.resolve(__dirname, '../../../examples/ntvnews-putin-xi-2025-01-22.txt'), 'utf8');

function people(text: string) {
  const draft = parseDraft(text);
  const a = analysePeople(draft);
  return { draft, a, names: a.people.map((p) => p.mentions.map((m) => text.slice(m.start, m.end))) };
}

describe('name family: people and mentions', () => {
  it('takes an unknown word after a place office as the place, unless it is written elsewhere where a name stands', () => {
    assert.deepEqual(people('Bupati Bantul Abdul Halim Muslih membuka pasar. Abdul Halim berharap pasar ramai.').names, [
      ['Bupati Bantul Abdul Halim Muslih', 'Abdul Halim'],
    ]);
    assert.deepEqual(people('Menurut camat Hendro Saputro, jalan rusak. Hendro menambahkan, perbaikan dimulai pekan depan.').names, [
      ['camat Hendro Saputro', 'Hendro'],
    ]);
  });

  it('the word after a name binder is a name part even when it is an office, never across a sentence end', () => {
    const bound = people('Pawai dilepas Ketua PCNU Kudus KH Abdul Hakim Mustofa. Abdul Hakim berharap tradisi terjaga. Abd. Hakim Lubis ikut hadir.');
    assert.deepEqual(bound.a.mentions.filter((m) => m.name).map((m) => [m.office?.text, m.name?.text]),
      [['Ketua', 'Abdul Hakim Mustofa'], [undefined, 'Abdul Hakim'], [undefined, 'Abd. Hakim Lubis']]);
    const apart = people('Saksi itu bernama Abdul. Hakim Sutrisno Wibowo lalu menunda sidang.');
    assert.deepEqual(apart.a.mentions.filter((m) => m.office).map((m) => m.office?.text), ['Hakim']);
    assert.ok(!apart.a.mentions.some((m) => m.name?.keys.includes('abdul')), 'no name across the full stop');
  });

  it('one word after a judge or prosecutor is the name, unless the draft writes it as a place', () => {
    const named = people('Hakim Pangemanan sempat bertanya kepada terdakwa. Pangemanan lalu menutup sesi.');
    assert.deepEqual(named.a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [[undefined, 'Pangemanan']]);
    const placed = people('Sidang perkara pungli di Bitung dipimpin hakim Frans Rumondor. Hakim Bitung sempat bertanya kepada terdakwa.');
    assert.deepEqual(placed.a.mentions.filter((m) => m.office?.text === 'Hakim').map((m) => [m.qualifier?.text, m.name?.text]), [['Bitung', undefined]]);
  });

  it('a common given name after a place office opens the name, unless the draft writes it as a place', () => {
    const { a } = people('Menurut gubernur Ahmad Luthfi, banjir surut. Luthfi meminta warga waspada.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [[undefined, 'Ahmad Luthfi']]);
    const placed = people('Warga Kecamatan Made mengungsi. Camat Made Suparta meninjau lokasi.');
    assert.deepEqual(placed.a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [['Made', 'Suparta']]);
  });

  it('one given name opening two surnames one slip apart after offices is one person, not a shared place', () => {
    const { a } = people('Kepala Badan Pusat Statistik (BPS) Provinsi Maluku Utara, Simon Sapary, merilis data. Menurut Simon, inflasi turun. Kepala BPS Maluku Utara Simon Saparij menambahkan harga beras naik.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => m.name?.text), ['Simon Sapary', 'Simon Saparij']);
  });

  it('a place office, one word and a comma: the word is the place and the name follows in apposition', () => {
    const { a } = people('Wakil Wali Kota Medan, Hasudungan Lubis, meninjau pasar. Menurut Hasudungan, kios dibangun ulang.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text, m.apposition]), [['Medan', 'Hasudungan Lubis', true]]);
  });

  it('an office abbreviation after a capitalised name word, with no name after it, is a surname (Thiago Mendes)', () => {
    const { a } = people('Gol dicetak Thiago Mendes, Agung Wicaksono dan Eko Saputro. Bola muntah disambar Thiago Mendes.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => m.office!.text), []);
    const glued = people('Jadi Event Tahunan Wamenaker Immanuel Ebenezer membuka acara.');
    assert.deepEqual(glued.a.mentions.filter((m) => m.office).map((m) => [m.office!.text, m.name?.text]), [['Wamenaker', 'Immanuel Ebenezer']]);
  });

  it('a one-word office closing a name before a comma or a lowercase word is a surname (Rizal Hakim)', () => {
    const { a } = people('Ketua BEM Unnes, Rizal Hakim, menyambut gedung itu. Hakim Ketua Djoko Susilo membuka sidang.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.office!.text, m.name?.text]), [['Ketua', 'Rizal Hakim'], ['Hakim Ketua', 'Djoko Susilo']]);
  });

  it('a university after an office is its qualifier, up to the honorifics before the name', () => {
    const { a } = people('Rektor Universitas Negeri Semarang Prof. Dr. Fathur Rokhman meresmikan gedung.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [['Universitas Negeri Semarang', 'Fathur Rokhman']]);
  });

  it('a place named after a person is no mention (Jalan Jenderal Ahmad Yani, RSUD dr. Soetomo, Gedung Prof. Soedarto)', () => {
    assert.deepEqual(people('Macet di Jalan Jenderal Ahmad Yani, Senin. Pengendara memutar lewat Jalan Jenderal Ahmad Yani sisi utara.').names, []);
    const { a } = people('Pedagang sayur, Sutomo, dirawat di RSUD dr. Soetomo. Wisuda digelar di Gedung Prof. Soedarto. "Sakit," kata Sutomo.');
    assert.deepEqual(a.mentions.map((m) => m.name?.text), []);
    const office = people('Direktur RSUD dr. Soetomo, dr. Joni Wahyuhadi, menyebut pasien stabil. Joni menambahkan, pasien dirawat.');
    assert.deepEqual(office.a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [['RSUD dr. Soetomo', 'Joni Wahyuhadi']]);
  });

  it('a school with its number is the office\'s qualifier (Kepala SD Negeri 2 Gemolong, Soeharti)', () => {
    const { a } = people('Kepala SD Negeri 2 Gemolong, Soeharti, mengatakan siswa mual. "Kami panik," kata Soeharti.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [['SD Negeri 2 Gemolong', 'Soeharti']]);
  });

  it('an organisation before an apposition comma is the qualifier, and its place words are places', () => {
    const { a } = people('Kepala Pelaksana BPBD Kabupaten Garut, Yudi Permana, meninjau sungai. Menurut Kepala BPBD Garut Yudi, air surut.');
    // "Kepala Pelaksana" (Kalak) is an office of its own: the unit is what follows it.
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.office?.text, m.qualifier?.text, m.name?.text]), [['Kepala Pelaksana', 'BPBD Kabupaten Garut', 'Yudi Permana'], ['Kepala', 'BPBD Garut', 'Yudi']]);
  });

  it('"dr." in lowercase is an honorific before a name', () => {
    const { a } = people('Kepala Puskesmas Gemolong, dr. Yohana Kristiani, menyebutkan 29 siswa dirawat. "Membaik," ujar Yohana.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [['Puskesmas Gemolong', 'Yohana Kristiani']]);
  });

  it('a word used as a place after one office is not the first part of a name after another', () => {
    const { a } = people('Kepala Dinas Kesehatan Klaten Anggit Budiarto hadir. Bupati Klaten Sri Mulyani membuka rapat.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => [m.qualifier?.text, m.name?.text]), [['Kesehatan Klaten', 'Anggit Budiarto'], ['Klaten', 'Sri Mulyani']]);
  });

  it('the dateline place is not the first part of a name, unless it stands where a name does', () => {
    const { a } = people('Kendal - Kepala Dinas Pekerjaan Umum Kendal Budi Santoso meninjau jembatan. Menurut Budi, perbaikan dua bulan.');
    assert.deepEqual(a.mentions.filter((m) => m.office).map((m) => m.name?.text), ['Budi Santoso']);
    const headline = people('Prabowo - Jokowi Bertemu\n\nSolo - Presiden Prabowo Subianto bertemu Joko Widodo. Prabowo mengatakan pertemuan hangat.');
    assert.deepEqual(headline.a.mentions.filter((m) => m.office).map((m) => m.name?.text), ['Prabowo Subianto']);
  });

  it('keeps two officers with different ranks apart and sends each bare mention to its own spelling', () => {
    const { names } = people('Kapolsek Genuk Kompol Rianto menangkap pelaku. Kanit Reskrim Iptu Riyanto memimpin penangkapan. Menurut Riyanto, pelaku kabur. Rianto menambahkan.');
    assert.deepEqual(names, [['Kapolsek Genuk Kompol Rianto', 'Rianto'], ['Kanit Reskrim Iptu Riyanto', 'Riyanto']]);
  });

  it('groups a bare name with its one-slip spelling only on evidence of a person', () => {
    assert.deepEqual(people('Salah satu penerima, Halimah, mengaku senang. Helimah berharap bantuan berlanjut.').names, [['Halimah', 'Helimah']]);
    assert.deepEqual(people('Peserta dari Sumatera Utara dan Sumatra Barat hadir.').names, []);
  });

  it('groups full names, short forms and office + short form; keeps the introduction first', () => {
    const { names } = people('Beijing - Presiden China, Xi Jinping, bertemu Presiden Rusia Vladimir Putin. Presiden Xi tersenyum. Putin lalu berbicara.');
    assert.deepEqual(names, [
      ['Presiden China, Xi Jinping', 'Presiden Xi'],
      ['Presiden Rusia Vladimir Putin', 'Putin'],
    ]);
  });

  it('never merges two people who share a part; an ambiguous short form joins no one', () => {
    const { a, names, draft } = people('Presiden AS Joe Biden bertemu putranya, Hunter Biden. Biden lalu pergi.');
    assert.deepEqual(names, [['Presiden AS Joe Biden'], ['Hunter Biden']]);
    const ambiguous = a.mentions.find((m) => draft.text.slice(m.start, m.end) === 'Biden');
    assert.ok(ambiguous, 'the bare "Biden" is found as a mention');
    assert.equal(a.personOf.get(ambiguous), undefined);
  });

  it('keeps two officers of one rank apart', () => {
    const { names } = people('Kapolsek Genuk Kompol Rianto menangkap pelaku. Kasat Reskrim Kompol Budi Santoso membenarkan. Rianto menambahkan.');
    assert.deepEqual(names, [['Kapolsek Genuk Kompol Rianto', 'Rianto'], ['Kasat Reskrim Kompol Budi Santoso']]);
  });

  it('parses particles, honorifics and regnal numbers into the name', () => {
    const { a } = people('Gubernur DIY Sri Sultan Hamengku Buwono X hadir bersama Prof. Dr. H. Ahmad bin Umar.');
    assert.deepEqual(a.mentions.map((m) => [m.office?.text ?? m.rank?.text ?? '', m.qualifier?.text ?? '', m.name?.text]), [
      ['Gubernur', 'DIY', 'Sri Sultan Hamengku Buwono X'],
      ['', '', 'Ahmad bin Umar'],
    ]);
    assert.deepEqual(a.mentions[1].name?.keys, ['ahmad', 'umar']);
  });

  it('is computed once per draft', () => {
    const draft = parseDraft('Presiden Rusia Vladimir Putin tiba.');
    assert.equal(analysePeople(draft), analysePeople(draft));
  });

  it('grouping work grows linearly with the number of mentions', () => {
    const article = (n: number) => {
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        // Distinct people, each mentioned three ways. Names are base-5 numbers spelled in syllables that differ in
        // both letters, so no two names are one letter apart (which the grouping would fold as a slip).
        let name = 'Ra';
        for (let d = 0, x = i; d < 4; d++, x = Math.floor(x / 5)) name += SYLLABLES[x % 5];
        parts.push(`Kepala Dinas Pendidikan ${name} Santoso membuka acara. ${name} berpidato. Kepala Dinas Pendidikan ${name} menutup acara.`);
      }
      return parts.join(' ');
    };
    const small = people(article(40)).a;
    const large = people(article(160)).a;
    assert.ok(small.mentions.length >= 120 && large.mentions.length >= 480, 'every mention found');
    const ratio = large.work / small.work;
    assert.ok(ratio > 3 && ratio < 4.5, `work grew ${ratio.toFixed(2)}x for 4x the mentions (${small.work} -> ${large.work})`);
  });
});

describe('name family on the founding article', () => {
  const findings = check(founding, { rules: nameRules });

  it('flags exactly the three re-introductions, each pointing to the introduction first', () => {
    assert.deepEqual(
      findings.map((f) => [f.ruleId, founding.slice(f.start, f.end), founding.slice(0, f.start).split('\n').length]),
      [
        ['name-reintroduced', 'Presiden Xi Jinping', 19],
        ['name-reintroduced', 'Presiden Vladimir Putin', 19],
        ['name-reintroduced', 'Presiden Xi Jinping', 33],
      ],
    );
    assert.deepEqual(findings.map((f) => f.fixes[0].edits[0].text), ['Presiden Xi', 'Presiden Putin', 'Presiden Xi']);
    for (const f of findings) {
      const related = f.related ?? [];
      assert.equal(related[0].messageId, 'introduction');
      assert.equal(founding.slice(0, related[0].start).split('\n').length, 13, 'the introduction is on line 13, not the caption');
      assert.ok(related.slice(1).every((r) => r.messageId === 'otherMention'));
      assert.ok(related.length > 3 && related.length <= MAX_RELATED);
    }
    const xi = findings[0].related!.map((r) => founding.slice(r.start, r.end));
    assert.deepEqual(xi.slice(0, 3), ['Presiden China, Xi Jinping', 'Presiden Xi', 'Presiden Xi']);
  });

  it('leaves Trump, Wang Yi, "presiden bergilir" and "Kedua presiden" alone', () => {
    for (const phrase of ['Donald Trump', 'Presiden ke-47', 'Wang Yi', 'presiden bergilir', 'Kedua presiden']) {
      const at = founding.indexOf(phrase);
      assert.ok(at >= 0, phrase);
      assert.ok(!findings.some((f) => f.start < at + phrase.length && f.end > at), `${phrase} is not flagged`);
    }
  });

  it('caps related locations at MAX_RELATED', () => {
    const text = ['Presiden Rusia Vladimir Putin tiba.', ...Array.from({ length: 30 }, () => 'Putin berbicara.'), 'Presiden Rusia Vladimir Putin pergi.'].join(' ');
    const [f] = check(text, { rules: nameRules });
    assert.equal(f.related?.length, MAX_RELATED);
  });
});

describe('name family: a clean draft has no name findings', () => {
  const clean = [
    'Yogyakarta - Gubernur DIY Sri Sultan Hamengku Buwono X membuka pameran batik di Jogja Expo Center, Senin (5/5/2025).',
    'Sri Sultan mengatakan batik adalah warisan yang harus dijaga bersama. "Kita rawat bersama," kata Sri Sultan.',
    'Ketua Panitia, Dewi Lestari, menyebut pameran diikuti 120 perajin dari lima kabupaten. Menurut Dewi, jumlah itu naik dari tahun lalu.',
    'Kapolresta Yogyakarta Kombes Aditya Surya Dharma menurunkan 200 personel. Aditya meminta pengunjung menjaga barang bawaan.',
    'Sebagai ketua panitia, ia berharap para perajin mendapat pembeli baru. Kedua pejabat itu lalu berkeliling.',
    'Presiden ke-7 RI Joko Widodo pernah membuka pameran serupa pada 2019.',
  ].join('\n\n');

  it('reports nothing', () => {
    const found = check(clean, { rules: nameRules });
    assert.deepEqual(found.map((f) => `${f.ruleId} ${clean.slice(f.start, f.end)}`), []);
  });
});
