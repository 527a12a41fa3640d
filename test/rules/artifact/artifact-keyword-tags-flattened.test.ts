// artifact-keyword-tags: tag lists on a flattened page's last line, bounded by the page's next item, with body text
// that only looks like them. Older rounds are in artifact-keyword-tags.test.ts.
import { artifactKeywordTags } from '../../../src/rules/artifact/artifact-keyword-tags';
import { ruleTester } from '../../support/rule-tester';

const A = 'Petani singkong mengeluhkan potongan rafaksi yang diberlakukan pabrik tapioka dalam dua pekan terakhir.';
const B = 'Pemerintah daerah berjanji memanggil pengelola pabrik pekan depan.';

// Round 44 (issue 13, blind52 and blind53 drafts): a labelled list of capitalised words only, right after a prompt with
// no end mark, bounded by a related list's label ("Topik: Singkong Rafaksi Pabrik Tapioka Lampung Tengah Berita Populer
// ..."); a run of three hashtags or more glued to a closing bracket ("(rds/sbr)#phishing #pajak ..."); and a labelled
// list's last tag in lower case glued to the next item's capital ("#selayarBagikan: Facebook ...") ends at that seam.
ruleTester(artifactKeywordTags, {
  valid: [
    // A lowercase word among the items: a sentence, not a list, even before a related list's label.
    `${A} ${B} Ikuti kami setiap hari Topik: Singkong dan harga pabrik Berita Populer Jalan Lintas Rusak Parah`,
    // A run glued to a bracket with the sentence going on in lower case after it stays.
    `${A} ${B} Warga memakai tagar (resmi)#kotaku #desaku #pajakku di media sosial.`,
  ],
  invalid: [
    {
      name: 'round 44: a capitalised list after a prompt, bounded by a related list\'s label',
      text: `${A} ${B} Follow Instagram @situs dan dapatkan berita terbaru setiap hari Topik: Singkong Rafaksi Pabrik Tapioka Lampung Tengah Berita Populer Jalan Lintas Tengah Rusak Parah, Warga Tanam Pisang`,
      errors: [{ messageId: 'keywordTags', text: 'Topik: Singkong Rafaksi Pabrik Tapioka Lampung Tengah' }],
    },
    {
      name: 'round 44: a hashtag run glued to the initials tag\'s closing bracket, ending at the glued share label',
      text: `${A} ${B} (rds/sbr)#phishing #pajak #desa #rekayasasosialBagikan:Salin tautan`,
      errors: [{ messageId: 'keywordTags', text: '#phishing #pajak #desa #rekayasasosial' }],
    },
    {
      name: 'round 44: a labelled list\'s last tag in lower case ends where a share bar is glued to it',
      text: `${A} ${B} Tag Terkait: #terumbukarang #takabonerate #selayarBagikan: Facebook Twitter WhatsApp Salin Link`,
      errors: [{ messageId: 'keywordTags', text: 'Tag Terkait: #terumbukarang #takabonerate #selayar' }],
    },
  ],
});
