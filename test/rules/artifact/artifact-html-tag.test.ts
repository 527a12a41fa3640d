import { artifactHtmlTag } from '../../../src/rules/artifact/artifact-html-tag';
import { ruleTester } from '../../support/rule-tester';

ruleTester(artifactHtmlTag, {
  valid: [
    'Nilai a < b dan c > d pada tabel itu.',
    'Ia menulis <Budi> di kolom nama, bukan namanya sendiri.',
    'Alamat laman <https://kabar.example/laporan> bisa dibuka warga.',
    '<!-- redaksi-disable-next-line artifact -->\nBaris ini diabaikan.',
    'Komentar <!-- <p>catatan</p> --> tidak tercetak.',
    // Inline HTML is legal Markdown: left alone by default.
    { format: 'markdown', text: 'Suhu mencapai 30<sup>o</sup>C dan hujan <strong>lebat</strong>.<br>\n' },
    { format: 'markdown', text: 'Kode `<p>` dipakai untuk paragraf.\n' },
    { format: 'markdown', options: { markdownTags: 'none' }, text: '<div>Teks</div>\n' },
    // A bare ampersand, an unknown name and a reference in Markdown (legal there) are left alone.
    'PT Maju & Jaya serta CV A&B menandatangani kontrak &kontrak; baru.',
    { format: 'markdown', text: 'Jarak 5&nbsp;km ditempuh warga.\n' },
  ],
  invalid: [
    {
      name: 'character references left as text: replaced by their character, a space one beside a line end removed',
      text: 'Warga dari Kampung A &amp; B datang.&nbsp;\nJaraknya 5&#160;km &ndash; kata petugas.',
      errors: [
        { messageId: 'htmlEntity', text: '&amp;' },
        { messageId: 'htmlEntity', text: '&nbsp;' },
        { messageId: 'htmlEntity', text: '&#160;' },
        { messageId: 'htmlEntity', text: '&ndash;' },
      ],
      output: 'Warga dari Kampung A & B datang.\nJaraknya 5\u00a0km \u2013 kata petugas.',
    },
    {
      name: 'a reference inside a tag goes with the tag',
      text: 'Baca <a href="https://kabar.example/a?x=1&amp;y=2">pengumuman</a> itu.',
      errors: [
        { messageId: 'htmlTag', text: '<a href="https://kabar.example/a?x=1&amp;y=2">' },
        { messageId: 'htmlTag', text: '</a>' },
      ],
      output: 'Baca pengumuman itu.',
    },
    {
      name: 'paragraph tags in a flattened article',
      text: 'Jakarta, Kabar -- <p>Jalan ditutup mulai Selasa.</p> <p>Warga diminta memutar.</p>',
      errors: [
        { messageId: 'htmlTag', data: { tag: '<p>' }, line: 1, column: 19, endColumn: 22 },
        { messageId: 'htmlTag', data: { tag: '</p> <p>' }, text: '</p> <p>' },
        { messageId: 'htmlTag', data: { tag: '</p>' }, text: '</p>' },
      ],
      output: 'Jakarta, Kabar -- Jalan ditutup mulai Selasa. Warga diminta memutar.',
    },
    {
      name: 'block tags glued between words leave a space',
      text: 'Jalan ditutup.</p><p>Warga diminta memutar.<br>Petugas berjaga.',
      errors: [
        { messageId: 'htmlTag', data: { tag: '</p><p>' }, text: '</p><p>' },
        { messageId: 'htmlTag', data: { tag: '<br>' }, text: '<br>' },
      ],
      output: 'Jalan ditutup. Warga diminta memutar. Petugas berjaga.',
    },
    {
      name: 'inline tags keep their text',
      text: 'Baca <a href="https://kabar.example/a?x=1&y=2" target="_blank">pengumuman resmi</a> dan <strong>jangan</strong> panik.',
      errors: [
        { messageId: 'htmlTag', data: { tag: '<a href="https://kabar.example/a?x=1&...' }, text: '<a href="https://kabar.example/a?x=1&y=2" target="_blank">' },
        { messageId: 'htmlTag', data: { tag: '</a>' }, text: '</a>' },
        { messageId: 'htmlTag', data: { tag: '<strong>' }, text: '<strong>' },
        { messageId: 'htmlTag', data: { tag: '</strong>' }, text: '</strong>' },
      ],
      output: 'Baca pengumuman resmi dan jangan panik.',
    },
    {
      name: 'a script element goes with its content',
      text: 'Warga antre beras. <script type="text/javascript">var a = "<p>";</script> Antrean mengular.',
      errors: [{ messageId: 'htmlElement', text: '<script type="text/javascript">var a = "<p>";</script>' }],
      output: 'Warga antre beras. Antrean mengular.',
    },
    {
      name: 'a line of only tags',
      text: 'Paragraf satu.\n<div class="ads"></div>\nParagraf dua.',
      errors: [{ messageId: 'htmlTag', data: { tag: '<div class="ads"></div>' }, line: 2, column: 1, endColumn: 24 }],
      output: 'Paragraf satu.\nParagraf dua.',
    },
    {
      name: 'upper-case tags',
      text: 'Paragraf satu.<BR>Paragraf dua.',
      errors: [{ messageId: 'htmlTag', data: { tag: '<BR>' } }],
      output: 'Paragraf satu. Paragraf dua.',
    },
    {
      name: 'scraped block tags in Markdown',
      format: 'markdown',
      text: '<div class="content">Warga antre beras.</div>\n',
      errors: [
        { messageId: 'htmlTag', data: { tag: '<div class="content">' }, text: '<div class="content">' },
        { messageId: 'htmlTag', data: { tag: '</div>' }, text: '</div>' },
      ],
      output: 'Warga antre beras.\n',
    },
    {
      name: 'every tag in Markdown when asked',
      format: 'markdown',
      options: { markdownTags: 'all' },
      text: 'Hujan <strong>lebat</strong> turun.\n',
      errors: [
        { messageId: 'htmlTag', data: { tag: '<strong>' }, text: '<strong>' },
        { messageId: 'htmlTag', data: { tag: '</strong>' }, text: '</strong>' },
      ],
      output: 'Hujan lebat turun.\n',
    },
    {
      name: 'CRLF',
      text: '<p>Satu.</p>\r\n<p>Dua.</p>\r\n',
      errors: [
        { messageId: 'htmlTag', line: 1, column: 1, endColumn: 4 },
        { messageId: 'htmlTag', line: 1, column: 9, endColumn: 13 },
        { messageId: 'htmlTag', line: 2, column: 1, endColumn: 4 },
        { messageId: 'htmlTag', line: 2, column: 8, endColumn: 12 },
      ],
      output: 'Satu.\r\nDua.\r\n',
    },
  ],
});
