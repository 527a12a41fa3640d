// Drafts in the styles of outlets the corpus lacks (test/fixtures/outlets): every tuning span is found and
// nothing outside the marked junk is reported; on every split (the tuning drafts and each held-out set found
// there) `fix --category artifact` keeps every body word in order and reaches a fixed point. Held-out sets are
// checked in aggregate and their failures name counts only, never draft text: they are scored, not read.
import assert from 'node:assert/strict';
import { check, fix } from '../../../src/core';
import { defaultRules } from '../../../src/rules/index';
import { evaluateFile } from '../../../scripts/corpus-metrics';
import { bodyWords, listSplits, loadOutletDrafts, lostWords, TUNE_SPLIT, words } from '../../../scripts/outlet-drafts';
import type { OutletDraft } from '../../../scripts/outlet-drafts';

const ARTIFACTS = { rules: defaultRules, format: 'text' as const, only: { categories: ['artifact' as const] } };
/** Held-out recall measured once after tuning (docs/corpus-evaluation.md); a floor against regressions. */
const HELDOUT_RECALL_FLOOR = 24 / 29;

/**
 * Junk in the blind-written tuning drafts (tune/blind-*.txt, blind2-* to blind10-*) that the rules do not find
 * yet, per draft, in text order (docs/corpus-evaluation.md, outlet section). A ratchet: a miss that appears fails, and so does
 * one that a rule starts finding (then shorten the list). Every other tuning draft must find every span.
 */
const NOT_YET_FOUND: Readonly<Record<string, readonly string[]>> = {
  'tune/blind-bolasport.txt': ['artifact-masthead', 'artifact-photo-caption', 'artifact-keyword-tags'],
  'tune/blind-harian-haluan.txt': ['artifact-photo-caption'],
  // Round 14: its caption credited "(Instagram/@akun)" after the sentence's full stop is found.
  // Round 9: its poster stamp with a labelled view counter is found.
  'tune/blind-jatimprov.txt': ['artifact-byline'],
  // Round 14: its inline tag list after the editor's credit is found.
  'tune/blind-pontianak-post.txt': ['artifact-photo-caption'],
  'tune/blind-riau-pos.txt': ['artifact-republish-note'],
  // Round 13: its tag list and the related posts after it end where the next artifact begins.
  // Round 17: its top byline's date and its comment counter with a share button are found.
  'tune/blind-tribratanews.txt': ['artifact-byline'],
  // Round 6: the second blind set (tune/blind2-*.txt).
  // Round 8: the byline and tags after the Google News call were "found" only inside a 217-character promotion
  // run that swallowed them; the call now ends at the site's name, and they are honest misses.
  'tune/blind2-banjarmasin-post.txt': ['artifact-photo-caption', 'artifact-byline', 'artifact-keyword-tags'],
  'tune/blind2-dream.txt': ['artifact-masthead', 'artifact-byline'],
  // Round 14: its inline tag list after the credits is found.
  // Round 18: its credit line with a name written short ("Moh. Nama") is found.
  // Round 22: its team byline with the stamp is found ('tune/blind2-kabar-madura.txt').
  'tune/blind2-skor-id.txt': ['artifact-continue-prompt', 'artifact-keyword-tags', 'artifact-related-link', 'artifact-related-link'],
  // Round 17: its comment counter before the dateline and its bare 'Tag' run before a list label are found.
  // Round 23: its ad label after a prompt joined to it is found.
  'tune/blind2-sonora.txt': ['artifact-continue-prompt'],
  // Round 7: the third blind set (tune/blind3-*.txt).
  'tune/blind3-fimela.txt': ['artifact-video-embed', 'artifact-continue-prompt'],
  // Round 9: its 'TAGS' run with no colon is found up to the first tag in capitals.
  'tune/blind3-jawaban.txt': ['artifact-copyright-footer'],
  'tune/blind3-selular.txt': ['artifact-related-link'],
  // Round 8: the fourth blind set (tune/blind4-*.txt).
  // Round 17: its site path with one angle separator before the stamp is found.
  'tune/blind4-ambon-ekspres.txt': ['artifact-byline', 'artifact-byline'],
  // Round 12: its video card (title, then the duration alone on the next line) is found.
  // Round 27: its publication stamp under the headline and the credits (the top zone, below the first three lines) is found.
  'tune/blind4-fimela.txt': ['artifact-masthead'],
  'tune/blind4-gorontalo-post.txt': ['artifact-masthead', 'artifact-keyword-tags'],
  'tune/blind4-kpk.txt': ['artifact-byline'],
  // Round 14: its topic list after the pagination arrows, and the list after it, are found.
  // Round 22: its team byline with the stamp is found ('tune/blind4-padangkita.txt').
  // Round 14: its byline line with a month-first date is found ('tune/blind4-selular-id.txt').
  // Round 17: its bare 'Tag' run glued to the related list after it is found ('tune/blind4-sumeks.txt'); nothing is missed.
  'tune/blind4-tni-ad.txt': ['artifact-masthead', 'artifact-byline'],
  // Round 9: the fifth blind set (tune/blind5-*.txt).
  // Round 23: every span of 'tune/blind5-malut-post.txt' is found.
  // Round 11: its update stamp glued after a degree in capitals ("Sp.ADiperbarui ...") is found.
  // Round 16: its three read-more links ('Baca selengkapnya: <judul>') are found.
  'tune/blind5-sehatq.txt': ['artifact-masthead', 'artifact-byline'],
  // Round 10: the sixth blind set (tune/blind6-*.txt); its three clean drafts find nothing.
  'tune/blind6-bobo.txt': ['artifact-video-embed', 'artifact-continue-prompt'],
  // Round 14: its reader poll is found.
  'tune/blind6-esportsku.txt': ['artifact-byline', 'artifact-continue-prompt', 'artifact-keyword-tags'],
  'tune/blind6-kabar-papua.txt': ['artifact-masthead'],
  // Round 11: its signer in capitals closed by degrees ("NAMA, S.H., M.H.") is found; nothing is missed.
  // Round 17: its site path with one angle separator before the byline is found.
  'tune/blind6-medan-bisnis.txt': ['artifact-byline', 'artifact-photo-caption'],
  // Round 36: every span of 'tune/blind6-palembang-ekspres.txt' is found (its source note glued before the tag label).
  // Round 11: its "Narahubung:" contact glued between artifacts is found.
  'tune/blind6-pln-newsroom.txt': ['artifact-related-link'],
  // Round 11: its kicker caption with a bracketed credit in capitals "(NAMA FOTOGRAFER/SITUS)" is found.
  // Round 13: its inline tag list, ended by the next artifact, is found; nothing is missed.
  // Round 11: the seventh blind set (tune/blind7-*.txt); its two clean drafts find nothing.
  // Round 13: its list of other releases under 'Siaran Pers Lainnya' is found.
  'tune/blind7-bumn-energi.txt': ['artifact-byline', 'artifact-byline'],
  'tune/blind7-kejari.txt': ['artifact-masthead', 'artifact-related-link'],
  // Round 14: its section kicker under the top furniture is found ('tune/blind7-kompas-id.txt').
  // Round 14: its "Oleh: Nama — 06 Okt 2025, 18:42 WITA" stamp is found.
  // Round 15: its content notice that names no page ('Konten tidak boleh dirayapi ...') is found.
  'tune/blind7-motorsport.txt': ['artifact-masthead', 'artifact-photo-caption'],
  // Round 15: its hashtag run after a pagination arrow, with a lowercase word, is found; nothing is missed.
  // Round 14: its section kicker under the top furniture is found ('tune/blind7-times-indonesia.txt').
  // Round 12: the eighth blind set (tune/blind8-*.txt), scored once as held-out before it moved here; its two
  // clean drafts find nothing, and no body word is lost.
  'tune/blind8-arena-gamer.txt': ['artifact-masthead', 'artifact-byline'],
  // Round 13: its list of other releases is found.
  'tune/blind8-bank-negara-press.txt': ['artifact-byline', 'artifact-copyright-footer', 'artifact-copyright-footer'],
  'tune/blind8-mahkamah-agung.txt': ['artifact-byline'],
  // Round 14: its section kicker under the top furniture is found ('tune/blind8-otomotif-portal.txt').
  // Round 15: its photo viewer's controls are found.
  'tune/blind8-pos-kupang.txt': ['artifact-photo-caption'],
  // Round 13: its inline tag list and the page bar after it are found.
  // Round 15: its section line glued to the day name of the stamp at a case change is found; nothing is missed.
  // Round 13: the ninth blind set (tune/blind9-*.txt), scored once as held-out before it moved here; its three
  // clean drafts find nothing, no body word is lost and nothing outside the junk is reported.
  // Round 22: its WordPress caption shortcode (tags and caption) is found ('tune/blind9-bpbd-bulletin.txt').
  // Round 14: its reader poll, its comment call with a count and its stamp with the writer's credit are found
  // ('tune/blind9-bulutangkis-portal.txt').
  'tune/blind9-pos-belitung.txt': ['artifact-continue-prompt'],
  'tune/blind9-radar-bali.txt': ['artifact-masthead', 'artifact-keyword-tags'],
  // Round 15: its share count with font-size buttons before the dateline is found; nothing is missed.
  // Round 32: its share label with one copy-link button ('Bagikan Salin tautan') is found.
  'tune/blind9-telco-newsroom.txt': ['artifact-masthead', 'artifact-related-link'],
  // Round 14: its credit line glued to the item before it is found.
  // Round 15: its photo viewer's controls glued to the name before them are found.
  'tune/blind9-tribun-kaltim.txt': ['artifact-photo-caption'],
  // Round 14: the tenth blind set (tune/blind10-*.txt), scored once as held-out before it moved here; its three
  // clean drafts find nothing, no body word is lost and nothing outside the junk is reported.
  'tune/blind10-klub-sepakbola.txt': ['artifact-masthead', 'artifact-byline', 'artifact-related-link'],
  'tune/blind10-polres-humas.txt': ['artifact-byline'],
  // Round 15: the eleventh blind set (tune/blind11-*.txt), scored once as held-out before it moved here; its three
  // clean drafts find nothing, no body word is lost and nothing outside the junk is reported.
  // Round 17: its bare 'Tag' run glued between two items is found ('tune/blind11-banjar-tv.txt'); nothing is missed.
  'tune/blind11-fintech-blog.txt': ['artifact-copyright-footer'],
  'tune/blind11-maritim-news.txt': ['artifact-byline', 'artifact-republish-note', 'artifact-related-link'],
  'tune/blind11-radar-mojokerto.txt': ['artifact-byline'],
  // Round 16: the twelfth blind set (tune/blind12-*.txt), scored once as held-out before it moved here; its two
  // clean drafts find nothing, no body word is lost (the read-more link glued after a sentence end is found and
  // removed safely) and nothing outside the junk is reported.
  'tune/blind12-kendari-pos.txt': ['artifact-byline'],
  'tune/blind12-kripto-news.txt': ['artifact-continue-prompt', 'artifact-continue-prompt', 'artifact-continue-prompt', 'artifact-keyword-tags', 'artifact-continue-prompt'],
  // Round 44: its byline after the breadcrumb is found (the top zone ends at the story's dateline).
  'tune/blind12-ntt-portal.txt': ['artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-keyword-tags', 'artifact-related-link'],
  // Round 26: its posting line ('Diposting pada <date> oleh <name>') is found.
  'tune/blind12-pdam-news.txt': ['artifact-copyright-footer'],
  // Round 17: its bare 'Tags' line of mixed case is found.
  'tune/blind12-properti-portal.txt': ['artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  // Round 17: its path of two slashes before the stamp is found (a suggestion), and its tag run whose last tag has
  // two words.
  // Round 22: its title-case scroll prompt is found.
  // Round 17: its comment counter before the dateline and its section line before the stamp are found.
  'tune/blind12-sumut-pos.txt': ['artifact-continue-prompt', 'artifact-related-link'],
  // Round 17: its section line with a number filling the first line is found.
  'tune/blind12-suporter-bola.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-share-ui', 'artifact-continue-prompt'],
  // Round 17: the thirteenth blind set (tune/blind13-*.txt), scored once as held-out before it moved here (recall 0.752,
  // 1 of 2,137 body words lost); its three clean drafts find nothing, no body word is lost (the read-more link glued
  // after a full stop now ends before "Salah satu", and is removed safely) and nothing outside the junk is reported;
  // every marked span is found.
  // Round 18: the fourteenth blind set (tune/blind14-*.txt), scored once as held-out before it moved here (recall
  // 0.807, 7 of 1,607 body words lost: junk glued to the story's first or last word in flattened drafts); its two
  // clean drafts find nothing, no body word is lost and nothing outside the junk is reported. The source note
  // 'Sumber: <situs>' on its own line stays body by policy (docs/corpus-evaluation.md).
  // Its login bar set apart by wide spaces ('tune/blind14-batam-pos.txt') is found too.
  // Round 26: its site address opening the flattened first line is found.
  'tune/blind14-kopi-portal.txt': ['artifact-byline'],
  'tune/blind14-palu-portal.txt': ['artifact-copyright-footer', 'artifact-related-link'],
  'tune/blind14-radar-gresik.txt': ['artifact-share-ui', 'artifact-related-link'],
  // Its 'Topik:' run glued to the editor's name ('tune/blind14-tribun-manado.txt') is found, up to the copyright sign.
  // The fifteenth blind set (tune/blind15-*.txt), scored once as held-out after round 18 (0.819, 5 words lost) and
  // moved here; the lead's short fix made cleaning lose no word (a headline's lowercase 'karena', a headline ending
  // in an acronym glued to the body, initials in capitals after a sentence); its misses, measured:
  'tune/blind15-jambi-independent.txt': ['artifact-byline'],
  // Round 22: its hashtags glued to each other are found.
  // Round 37: its editor's credit glued to the hashtag row after it is found.
  'tune/blind15-kupang-online.txt': ['artifact-byline', 'artifact-copyright-footer'],
  // Round 22: its site name with a tagline is found ('tune/blind15-merauke-portal.txt').
  'tune/blind15-radar-probolinggo.txt': ['artifact-photo-caption'],
  'tune/blind15-samarinda-online.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-related-link', 'artifact-copyright-footer'],
  // Round 24: its call to read without ads in the app is found.
  // The sixteenth blind set (tune/blind16-*.txt), scored once as held-out after round 19 (0.760, 8 words lost) and
  // moved here; round 20 made cleaning lose no word (see docs/corpus-evaluation.md); its misses, measured:
  // Round 22: its bare 'Tag' run opening with a capital is found.
  'tune/blind16-garut-online.txt': ['artifact-byline'],
  // Round 22: its site name with a tagline is found.
  'tune/blind16-purwokerto-harian.txt': ['artifact-byline'],
  'tune/blind16-ternate-online.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-masthead'],
  // Round 22: its hashtag run glued to the list label after it is found.
  'tune/blind16-tribun-jabar.txt': ['artifact-byline'],
  // The seventeenth blind set (tune/blind17-*.txt), scored once as held-out after round 20 (0.778, 7 of 1,997 words
  // lost) and moved here; round 21 made cleaning lose no word (every loss was junk glued to a story word and missed:
  // see docs/corpus-evaluation.md); its three clean drafts find nothing; its misses, measured:
  'tune/blind17-banyumas-portal.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-share-ui'],
  // Round 22: its newsletter call opened by a question about the inbox is found.
  'tune/blind17-majalengka-online.txt': ['artifact-continue-prompt'],
  // Round 22: its bare 'TAG' run in mixed case is found up to the glued label.
  'tune/blind17-manokwari-portal.txt': ['artifact-masthead'],
  // Round 22: its related press releases' heading is found.
  'tune/blind17-penyeberangan-newsroom.txt': ['artifact-photo-caption', 'artifact-byline', 'artifact-pagination'],
  // Round 22: its site name with a tagline and its caption closed by a bar credit are found
  // ('tune/blind17-sukabumi-online.txt').
  // Its video card glued to the lowercase end of the prompt before it is found ('tune/blind17-sumbawa-online.txt').
  'tune/blind17-tanjungpinang-harian.txt': ['artifact-masthead', 'artifact-continue-prompt'],
  // Round 22: its hashtag run glued to the list label after it is found.
  'tune/blind17-tribun-pontianak.txt': ['artifact-continue-prompt', 'artifact-related-link'],
  // The eighteenth blind set (tune/blind18-*.txt), scored once as held-out after round 21 (0.743, 6 of 2,135 words
  // lost) and moved here; round 22 made cleaning lose no word (see docs/corpus-evaluation.md); its three clean
  // drafts find nothing; its misses, measured:
  // Every span of 'tune/blind18-bontang-portal.txt' is found.
  // Round 40: the site's name and menu row before a breadcrumb that opens with one of its sections are found ('tune/blind18-maskapai-newsroom.txt').
  'tune/blind18-maskapai-newsroom.txt': ['artifact-masthead', 'artifact-byline', 'artifact-share-ui', 'artifact-copyright-footer', 'artifact-pagination'],
  'tune/blind18-nabire-portal.txt': ['artifact-continue-prompt'],
  // Round 36: every span of 'tune/blind18-pekalongan-portal.txt' is found (its 'Sumber:' note, once a recorded miss by
  // the source-note policy, stands in the page's tail run before the pagination, and that run is furniture).
  'tune/blind18-tribun-jambi.txt': ['artifact-photo-caption'],
  // Round 26: every span of 'tune/blind18-tribun-sumsel.txt' is found (its site address opening the flattened first line).
  // The nineteenth and twentieth blind sets (tune/blind19-*.txt, tune/blind20-*.txt), scored once as held-out after
  // round 22 (0.739, 2 of 2,004 words lost; 0.807, 6 of 2,018 words lost) and moved here; round 23 made cleaning lose
  // no word (see docs/corpus-evaluation.md); their five clean drafts find nothing; their misses, measured:
  'tune/blind19-bulukumba-online.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-byline', 'artifact-keyword-tags', 'artifact-share-ui'],
  'tune/blind19-kebumen-online.txt': ['artifact-photo-caption', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind19-koperasi-batik.txt': ['artifact-share-ui'],
  'tune/blind19-lhokseumawe-harian.txt': ['artifact-masthead', 'artifact-photo-caption'],
  // Round 32: the second link of its read-also box, glued to the first, is found; nothing is missed
  // ('tune/blind19-pati-harian.txt').
  // Round 40: the site's name and menu row before a breadcrumb that opens with one of its sections are found ('tune/blind19-pelabuhan-newsroom.txt').
  'tune/blind19-pelabuhan-newsroom.txt': ['artifact-masthead', 'artifact-byline'],
  // Round 41: every span of 'tune/blind19-sintang-portal.txt' is found (the site's name and tagline over the login bar).
  // Round 27: its publication and update stamps under the headline (the top zone, below the first three lines) are found.
  'tune/blind19-tribun-sulbar.txt': ['artifact-share-ui'],
  // Round 23: every span of 'tune/blind20-blitar-harian.txt' is found.
  'tune/blind20-dumai-portal.txt': ['artifact-masthead', 'artifact-masthead'],
  'tune/blind20-lamongan-portal.txt': ['artifact-masthead'],
  // Round 23: every span of 'tune/blind20-lumajang-online.txt' is found.
  // Round 23: every span of 'tune/blind20-ngawi-portal.txt' is found.
  // Round 27: its update stamp under the writer's credit (the top zone, below the first three lines) is found.
  // Round 29: its footer menu line is found.
  'tune/blind20-ponorogo-portal.txt': ['artifact-share-ui', 'artifact-video-embed', 'artifact-share-ui', 'artifact-related-link'],
  // Round 23: every span of 'tune/blind20-tribun-ambon.txt' is found.
  'tune/blind20-tribun-gorontalo.txt': ['artifact-photo-caption'],
  // The twenty-first blind set (tune/blind21-*.txt), scored once as held-out after round 23 (0.854, 7 of 2,050 words
  // lost) and moved here; round 24 made cleaning lose no word (see docs/corpus-evaluation.md); its three clean drafts
  // find nothing; its misses, measured:
  'tune/blind21-indramayu-harian.txt': ['artifact-byline'],
  'tune/blind21-jepara-portal.txt': ['artifact-byline', 'artifact-copyright-footer'],
  'tune/blind21-labuan-bajo-portal.txt': ['artifact-masthead', 'artifact-byline'],
  'tune/blind21-pangandaran-portal.txt': ['artifact-pagination'],
  'tune/blind21-radar-kendari.txt': ['artifact-byline'],
  'tune/blind21-sragen-harian.txt': ['artifact-byline'],
  // Every span of 'tune/blind21-tribun-bengkulu.txt' and 'tune/blind21-tribun-sultra.txt' is found.
  // The twenty-second blind set (tune/blind22-*.txt), scored once as held-out after round 24 (0.883, 7 of 1,815 words
  // lost) and moved here; round 25 made cleaning lose no word (see docs/corpus-evaluation.md); its three clean drafts
  // find nothing; its misses, measured:
  // Round 25: every span of 'tune/blind22-klub-voli.txt' is found.
  'tune/blind22-lubuklinggau-harian.txt': ['artifact-masthead'],
  // Round 25: every span of 'tune/blind22-prabumulih-portal.txt' is found.
  // The twenty-third blind set (tune/blind23-*.txt, held-out set 20), scored once as held-out after round 25 (0.785,
  // 10 of 3,599 words lost) and moved here; round 26 made cleaning lose no word (see docs/corpus-evaluation.md); its
  // two clean drafts find nothing; its misses, measured:
  // Round 26: every span of 'tune/blind23-dailysocial.txt', 'tune/blind23-jatengprov.txt', 'tune/blind23-klub-basket.txt',
  // 'tune/blind23-pgi-news.txt', 'tune/blind23-trubus.txt' and 'tune/blind23-unair-news.txt' is found.
  // Round 28: its top byline, before the dateline glued to a photo credit's closing bracket, is found.
  // Round 29: the caption between the time stamp and the credit is found (with the listen button before it).
  'tune/blind23-investor-id.txt': ['artifact-masthead', 'artifact-video-embed'],
  'tune/blind23-poskota.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind23-tribun-pekanbaru.txt': ['artifact-photo-caption', 'artifact-related-link', 'artifact-byline'],
  // The twenty-fourth and twenty-fifth blind sets (tune/blind24-*.txt and tune/blind25-*.txt, held-out sets 21 and 22),
  // scored once as held-out after round 26 (set 21: 0.711, 135/190, 4 of 3,581 words lost; set 22: 0.735, 125/170,
  // precision 0.990, 10 of 3,726 words lost) and moved here; round 27 made cleaning lose no word (see
  // docs/corpus-evaluation.md); their four clean drafts find nothing; their misses, measured:
  // Round 27: every span of 'tune/blind24-itb-news.txt', 'tune/blind25-sinar-tani.txt' and 'tune/blind25-siwalima.txt'
  // is found.
  'tune/blind24-cnn-indonesia.txt': ['artifact-masthead', 'artifact-byline', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-pagination'],
  'tune/blind24-harian-disway.txt': ['artifact-photo-caption', 'artifact-video-embed'],
  'tune/blind24-idn-times.txt': ['artifact-byline', 'artifact-byline', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-related-link', 'artifact-byline', 'artifact-byline', 'artifact-continue-prompt', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind24-infopublik.txt': ['artifact-copyright-footer'],
  // Round 37: its footer menu row right below the copyright line is found ('tune/blind24-liga-indonesia-baru.txt').
  'tune/blind24-liga-indonesia-baru.txt': ['artifact-byline'],
  'tune/blind24-mui-digital.txt': ['artifact-byline'],
  // Round 28: its blog platform share block ('Share this:' ... 'Like Loading...') is found.
  'tune/blind24-radar-bekasi.txt': ['artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-related-link'],
  'tune/blind24-swa.txt': ['artifact-continue-prompt', 'artifact-continue-prompt'],
  'tune/blind24-tribun-babel.txt': ['artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-pagination', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-pagination'],
  'tune/blind25-banjarhits.txt': ['artifact-related-link'],
  'tune/blind25-floresa.txt': ['artifact-byline', 'artifact-continue-prompt'],
  'tune/blind25-islampos.txt': ['artifact-byline', 'artifact-byline', 'artifact-share-ui', 'artifact-keyword-tags', 'artifact-continue-prompt'],
  'tune/blind25-klikdokter.txt': ['artifact-continue-prompt'],
  'tune/blind25-otodriver.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-related-link', 'artifact-related-link'],
  // Round 37: its stamp right after the editor's name on the flattened top goes with the credit and is found.
  'tune/blind25-popbela.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-continue-prompt'],
  'tune/blind25-teknokra.txt': ['artifact-masthead'],
  // The twenty-sixth blind set (tune/blind26-*.txt, held-out set 23), scored once as held-out after round 27 (0.713,
  // 122/171, precision 1.000, 5 of 3,543 words lost) and moved here; round 28 made cleaning lose no word (see
  // docs/corpus-evaluation.md); its two clean drafts find nothing; its misses, measured:
  // Round 28: every span of 'tune/blind26-infobank.txt' is found.
  'tune/blind26-ipb-news.txt': ['artifact-masthead'],
  // Round 37: its site name above the menu row or breadcrumb is found ('tune/blind26-kalselprov.txt').
  'tune/blind26-kalselprov.txt': ['artifact-byline', 'artifact-share-ui', 'artifact-byline', 'artifact-republish-note', 'artifact-copyright-footer'],
  'tune/blind26-koni-riau.txt': ['artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind26-mojok.txt': ['artifact-photo-caption', 'artifact-related-link', 'artifact-byline'],
  'tune/blind26-radar-bandung.txt': ['artifact-share-ui', 'artifact-photo-caption', 'artifact-related-link'],
  'tune/blind26-rri.txt': ['artifact-related-link'],
  'tune/blind26-singgalang.txt': ['artifact-share-ui'],
  'tune/blind26-tribun-padang.txt': ['artifact-photo-caption'],
  // Round 40: the author line with its date over a story without a dateline is found ('tune/blind26-winpoin.txt').
  'tune/blind26-winpoin.txt': ['artifact-photo-caption', 'artifact-republish-note', 'artifact-keyword-tags'],
  // The twenty-seventh and twenty-eighth blind sets (tune/blind27-*.txt and tune/blind28-*.txt, held-out sets 24 and
  // 25), scored once as held-out after round 28 (set 24: 0.732, 134/183, precision 0.991, 3 of 3,523 words lost; set
  // 25: 0.796, 133/167, precision 0.982, 8 of 3,571 words lost; 11 of 7,094 in all) and moved here; round 29 (two
  // engineers, one on the label and prompt rules, one on the credit and page-frame rules; docs/corpus-evaluation.md).
  // Their four clean drafts find nothing and cleaning loses no word. Their misses, measured:
  'tune/blind27-goal-indonesia.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-byline', 'artifact-photo-caption'],
  'tune/blind27-harian-terbit.txt': ['artifact-photo-caption'],
  'tune/blind27-hipwee.txt': ['artifact-masthead'],
  'tune/blind27-indopos.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind27-kabar-priangan.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-photo-caption', 'artifact-keyword-tags'],
  'tune/blind28-neraca.txt': ['artifact-byline', 'artifact-share-ui', 'artifact-byline', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind28-radar-sukabumi.txt': ['artifact-photo-caption'],
  'tune/blind28-situs-klub-futsal.txt': ['artifact-masthead', 'artifact-continue-prompt', 'artifact-copyright-footer'],
  'tune/blind28-tekno-blog.txt': ['artifact-photo-caption'],
  'tune/blind28-voi.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-share-ui'],
  // The twenty-ninth blind set (tune/blind29-*.txt, held-out set 26), scored once as held-out after round 29 (0.834,
  // 141/169, precision 0.982, 4 of 3,431 words lost: a flattened breadcrumb read as a menu row into the headline) and
  // moved here; round 30. Its two clean drafts find nothing and cleaning loses no word. Its misses, measured:
  // Round 37: its site name above the menu row or breadcrumb is found ('tune/blind29-aplikasi-tips.txt').
  'tune/blind29-aplikasi-tips.txt': ['artifact-byline'],
  'tune/blind29-baliprov.txt': ['artifact-byline', 'artifact-copyright-footer'],
  'tune/blind29-emitennews.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind29-femina.txt': ['artifact-byline', 'artifact-continue-prompt'],
  'tune/blind29-its-news.txt': ['artifact-share-ui', 'artifact-byline', 'artifact-photo-caption', 'artifact-related-link', 'artifact-continue-prompt'],
  // Round 37: its site name above the menu row or breadcrumb is found ('tune/blind29-klub-panahan.txt').
  'tune/blind29-klub-panahan.txt': ['artifact-copyright-footer'],
  'tune/blind29-tribun-solo.txt': ['artifact-photo-caption', 'artifact-continue-prompt'],
  // The thirtieth blind set (tune/blind30-*.txt, held-out set 27), scored once as held-out after round 30 (0.779,
  // 127/163, precision 1.000, 16 of 3,543 words lost: an app call and a Google News call run on into the body) and
  // moved here; round 31. Its two clean drafts find nothing and cleaning loses no word. Its misses, measured:
  'tune/blind30-bareksa.txt': ['artifact-byline', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-copyright-footer', 'artifact-byline'],
  'tune/blind30-kalbarprov.txt': ['artifact-republish-note'],
  'tune/blind30-pojoksatu.txt': ['artifact-share-ui', 'artifact-video-embed', 'artifact-photo-caption'],
  'tune/blind30-rakyat-sulsel.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-share-ui', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind30-sehat-negeriku.txt': ['artifact-photo-caption', 'artifact-copyright-footer', 'artifact-byline', 'artifact-byline'],
  'tune/blind30-tribun-jatim.txt': ['artifact-photo-caption'],
  'tune/blind30-unhas-news.txt': ['artifact-copyright-footer'],
  'tune/blind30-wahdah-news.txt': ['artifact-continue-prompt'],
  // The thirty-first blind set (tune/blind31-*.txt, held-out set 28), scored once as held-out after round 31 (0.839,
  // 161/192, precision 1.000, 4 of 3,542 words lost: junk glued to body words on flattened pages) and moved here;
  // round 32. Its two clean drafts find nothing and cleaning loses no word. Its misses, measured:
  'tune/blind31-kartini.txt': ['artifact-continue-prompt'],
  // Round 41: the blog's platform credit ('Blog at WordPress.com.') is found.
  'tune/blind31-klub-sepeda.txt': ['artifact-continue-prompt'],
  // Round 37: its site name above the menu row or breadcrumb is found ('tune/blind31-lazismu.txt').
  'tune/blind31-lazismu.txt': ['artifact-masthead', 'artifact-continue-prompt'],
  'tune/blind31-marketeers.txt': ['artifact-byline'],
  'tune/blind31-ntbprov.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-copyright-footer'],
  'tune/blind31-radar-tasik.txt': ['artifact-photo-caption'],
  'tune/blind31-tribun-lombok.txt': ['artifact-masthead', 'artifact-photo-caption'],
  'tune/blind31-ui-news.txt': ['artifact-copyright-footer'],
  'tune/blind31-uzone.txt': ['artifact-photo-caption', 'artifact-video-embed'],
  // The thirty-second blind set (tune/blind32-*.txt, held-out set 29), scored once as held-out after round 32 (0.823,
  // 144/175, precision 0.992, 9 of 3,506 words lost: a body sentence quoting a republish note's wording) and moved
  // here; round 33. Its two clean drafts find nothing and cleaning loses no word. Its misses, measured:
  'tune/blind32-jalantikus.txt': ['artifact-continue-prompt'],
  'tune/blind32-klub-renang.txt': ['artifact-continue-prompt'],
  'tune/blind32-pemprov-sulteng.txt': ['artifact-byline', 'artifact-byline', 'artifact-share-ui'],
  'tune/blind32-radar-sidoarjo.txt': ['artifact-byline'],
  'tune/blind32-trenasia.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-photo-caption'],
  // Round 42: its first report intro after the photo credit, right before the dateline, is found.
  'tune/blind32-tribun-flores.txt': ['artifact-share-ui', 'artifact-photo-caption', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-byline'],
  // Round 37: its breadcrumb with a section joined by an ampersand is found ('tune/blind32-undip-news.txt').
  'tune/blind32-undip-news.txt': ['artifact-byline'],
  'tune/blind32-walubi-news.txt': ['artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind32-warta-kota.txt': ['artifact-photo-caption', 'artifact-continue-prompt'],
  // The thirty-third blind set (tune/blind33-*.txt, held-out set 31), scored once as held-out after round 33 (0.777,
  // 150/193, precision 0.992, 16 of 3,413 words lost: an app call run on into the next body sentence, a breadcrumb's
  // last crumb run into the headline's first words) and moved here; round 34. Its two clean drafts find nothing and
  // cleaning loses no word. Its misses, measured:
  'tune/blind33-dewan-dakwah.txt': ['artifact-continue-prompt'],
  'tune/blind33-intisari.txt': ['artifact-photo-caption', 'artifact-photo-caption', 'artifact-copyright-footer'],
  // Round 37: its stamp after the top author line goes with the credit and is found.
  'tune/blind33-kabarbursa.txt': ['artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-related-link', 'artifact-copyright-footer', 'artifact-keyword-tags', 'artifact-continue-prompt', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind33-radar-cianjur.txt': ['artifact-photo-caption'],
  // Round 42: every span of 'tune/blind33-sulselprov.txt' is found (its posting line, the stamp and the view counter
  // after wide spaces, as one stamp line).
  'tune/blind33-tribun-kaltara.txt': ['artifact-share-ui', 'artifact-photo-caption', 'artifact-keyword-tags', 'artifact-related-link'],
  // The thirty-fourth blind set (tune/blind34-*.txt, held-out set 32), scored once as held-out after round 34 (0.821,
  // 156/190, precision 1.000, no body word lost) and moved here; round 35. Its two clean drafts find nothing and
  // cleaning loses no word. Its misses, measured:
  // Round 40: the site's name and menu row before a breadcrumb that opens with one of its sections are found ('tune/blind34-persebaya-official.txt').
  'tune/blind34-persebaya-official.txt': ['artifact-masthead', 'artifact-byline', 'artifact-byline', 'artifact-continue-prompt'],
  'tune/blind34-radar-nganjuk.txt': ['artifact-photo-caption'],
  // Round 40: the site's name and menu row before a breadcrumb that opens with one of its sections are found ('tune/blind34-tvri-news.txt').
  'tune/blind34-tvri-news.txt': ['artifact-masthead'],
  'tune/blind34-validnews.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-related-link'],
  // The thirty-fifth and thirty-sixth blind sets (tune/blind35-*.txt and tune/blind36-*.txt, held-out sets 33 and 34),
  // scored once as held-out after round 35 (0.821, 147/179, and 0.713, 114/160; 2 of 7,103 body words lost) and moved
  // here; round 36. Their four clean drafts find nothing. Their misses, measured:
  'tune/blind35-elshinta.txt': ['artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind35-harian-sib.txt': ['artifact-photo-caption'],
  // Round 40: the player's button over its duration ('\u25b6 Putar Video' / '02:47'-style line) is found.
  'tune/blind35-jtv.txt': ['artifact-video-embed'],
  'tune/blind35-kbr.txt': ['artifact-continue-prompt'],
  'tune/blind35-malang-post.txt': ['artifact-byline', 'artifact-byline'],
  'tune/blind35-memorandum.txt': ['artifact-masthead'],
  'tune/blind35-nusabali.txt': ['artifact-photo-caption', 'artifact-byline', 'artifact-continue-prompt'],
  'tune/blind35-palembang-pos.txt': ['artifact-masthead', 'artifact-photo-caption', 'artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind35-surya.txt': ['artifact-photo-caption'],
  'tune/blind35-timor-express.txt': ['artifact-photo-caption'],
  'tune/blind36-basarnas-news.txt': ['artifact-photo-caption', 'artifact-copyright-footer'],
  // Round 37: its site name above the menu row or breadcrumb is found ('tune/blind36-baznas-news.txt').
  'tune/blind36-baznas-news.txt': ['artifact-related-link', 'artifact-continue-prompt'],
  'tune/blind36-bpjs-ketenagakerjaan.txt': ['artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-copyright-footer'],
  // Round 37: its site name above the menu row or breadcrumb is found ('tune/blind36-bpom-berita.txt').
  'tune/blind36-bpom-berita.txt': ['artifact-byline'],
  'tune/blind36-komunitas-lari.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-video-embed', 'artifact-video-embed'],
  // Round 44: its logo line and menu row above the breadcrumb are found.
  'tune/blind36-lembaga-riset-kebijakan.txt': ['artifact-photo-caption', 'artifact-continue-prompt', 'artifact-copyright-footer', 'artifact-related-link', 'artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind36-majalah-kuliner.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-pagination'],
  'tune/blind36-majalah-rumah.txt': ['artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind36-psm-makassar-official.txt': ['artifact-continue-prompt'],
  'tune/blind36-unesa-news.txt': ['artifact-copyright-footer'],
  // The thirty-seventh and thirty-eighth blind sets (tune/blind37-*.txt and tune/blind38-*.txt, held-out sets 35 and 36),
  // scored once as held-out after round 36 (0.825, 146/177, and 0.707, 123/174; 61 of 6,947 body words lost) and moved
  // here; round 37. Their four clean drafts find nothing. Their misses, measured:
  'tune/blind37-balikpapan-pos.txt': ['artifact-masthead', 'artifact-photo-caption'],
  'tune/blind37-harian-bhirawa.txt': ['artifact-photo-caption'],
  'tune/blind37-posmetro-medan.txt': ['artifact-masthead', 'artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind37-prfm-news.txt': ['artifact-photo-caption', 'artifact-photo-caption', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind37-radio-idola.txt': ['artifact-video-embed'],
  'tune/blind37-sinar-harapan.txt': ['artifact-photo-caption'],
  'tune/blind37-suara-pemred.txt': ['artifact-photo-caption', 'artifact-related-link'],
  'tune/blind37-tribun-jakarta.txt': ['artifact-photo-caption'],
  'tune/blind38-balairung-persma.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead'],
  'tune/blind38-bmkg-berita.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-share-ui', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind38-gmit-berita.txt': ['artifact-photo-caption'],
  'tune/blind38-historia-majalah.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-continue-prompt'],
  // Round 40: its WordPress comment form heading is found.
  // Round 41: the blog's platform credit ('Blog at WordPress.com.') is found.
  'tune/blind38-komunitas-pengamat-burung.txt': ['artifact-photo-caption', 'artifact-continue-prompt', 'artifact-continue-prompt'],
  'tune/blind38-uny-news.txt': ['artifact-copyright-footer'],
  // The thirty-ninth and fortieth blind sets (tune/blind39-*.txt and tune/blind40-*.txt, held-out sets 37 and 38),
  // scored once as held-out after round 37 (0.933, 167/179, and 0.777, 139/179 with 4 false findings; 115 of 7,191
  // body words lost) and moved here; round 38. Their misses, measured:
  'tune/blind39-denpost.txt': ['artifact-photo-caption', 'artifact-byline'],
  'tune/blind39-inews-id.txt': ['artifact-byline'],
  // Round 40: the live call glued into the next item is found; nothing is missed ('tune/blind39-mnc-trijaya.txt').
  'tune/blind39-prokal.txt': ['artifact-byline'],
  'tune/blind39-radar-lombok.txt': ['artifact-masthead', 'artifact-video-embed'],
  'tune/blind40-hkbp-news.txt': ['artifact-share-ui'],
  // Round 40: its Blogger comment headings, share row, pager and feed link are found; nothing is missed
  // ('tune/blind40-komunitas-selam-blog.txt').
  'tune/blind40-lpm-kampus-jember.txt': ['artifact-photo-caption'],
  'tune/blind40-majalah-arsitektur.txt': ['artifact-byline', 'artifact-byline', 'artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind40-majalah-hai.txt': ['artifact-byline', 'artifact-photo-caption', 'artifact-related-link', 'artifact-keyword-tags', 'artifact-video-embed', 'artifact-video-embed', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind40-portal-peternakan.txt': ['artifact-share-ui'],
  'tune/blind40-pos-indonesia-newsroom.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-share-ui'],
  'tune/blind40-pu-berita.txt': ['artifact-byline'],
  // The forty-first and forty-second blind sets (tune/blind41-*.txt and tune/blind42-*.txt, held-out sets 39 and 40),
  // scored once as held-out after round 38 (0.790, 139/176, and 0.778, 137/176, precision 1.000; 6 of 7,077 body
  // words lost) and moved here; round 39. Their misses, measured:
  'tune/blind41-antvklik.txt': ['artifact-video-embed'],
  'tune/blind41-bali-tv.txt': ['artifact-video-embed', 'artifact-continue-prompt'],
  'tune/blind41-duta-masyarakat.txt': ['artifact-photo-caption', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind41-jateng-pos.txt': ['artifact-masthead'],
  'tune/blind41-palopo-pos.txt': ['artifact-masthead', 'artifact-share-ui'],
  'tune/blind41-radar-kuningan.txt': ['artifact-photo-caption', 'artifact-related-link'],
  'tune/blind41-radio-dakta.txt': ['artifact-share-ui'],
  'tune/blind41-smart-fm.txt': ['artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind41-tribun-madura.txt': ['artifact-photo-caption'],
  'tune/blind42-bapanas-berita.txt': ['artifact-photo-caption', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-copyright-footer', 'artifact-copyright-footer'],
  'tune/blind42-infokomputer.txt': ['artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  // Round 40: the site's name and menu row before a breadcrumb that opens with one of its sections are found ('tune/blind42-ipsi-berita.txt').
  'tune/blind42-ipsi-berita.txt': ['artifact-masthead', 'artifact-photo-caption', 'artifact-video-embed', 'artifact-continue-prompt'],
  'tune/blind42-ldii-news.txt': ['artifact-photo-caption'],
  'tune/blind42-majalah-agrina.txt': ['artifact-republish-note'],
  'tune/blind42-majalah-ayahbunda.txt': ['artifact-share-ui'],
  // Round 40: the site's name and menu row before a breadcrumb that opens with one of its sections are found ('tune/blind42-semen-newsroom.txt').
  'tune/blind42-semen-newsroom.txt': ['artifact-masthead', 'artifact-byline', 'artifact-share-ui', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  // The forty-third and forty-fourth blind sets (tune/blind43-*.txt and tune/blind44-*.txt, held-out sets 41 and 42),
  // scored after round 38 and again after round 39 (0.819, 158/193, and 0.621, 100/161, precision 1.000; 11 of 7,262
  // body words lost) and moved here; round 40. Their misses, measured:
  'tune/blind43-ardan-radio.txt': ['artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind43-joglosemar.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-share-ui'],
  'tune/blind43-net-tv.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-video-embed', 'artifact-continue-prompt'],
  'tune/blind43-rakyat-kalbar.txt': ['artifact-photo-caption', 'artifact-republish-note'],
  'tune/blind43-riau-online.txt': ['artifact-continue-prompt', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind43-satelit-news.txt': ['artifact-html-tag', 'artifact-html-tag'],
  'tune/blind44-kadin-news.txt': ['artifact-masthead', 'artifact-continue-prompt', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind44-komunitas-pecinta-kucing.txt': ['artifact-related-link', 'artifact-continue-prompt'],
  'tune/blind44-majalah-musik.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-video-embed', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-continue-prompt'],
  'tune/blind44-opensid-desa.txt': ['artifact-share-ui'],
  'tune/blind44-pasi-berita.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind44-transjakarta-newsroom.txt': ['artifact-masthead', 'artifact-byline', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-copyright-footer'],
  // The forty-fifth and forty-sixth blind sets (tune/blind45-*.txt and tune/blind46-*.txt, held-out sets 43 and 44),
  // scored after round 39 and again after round 40 (0.864, 190/220, and 0.838, 155/185; precision 0.994 and 0.993, one
  // false finding each; 20 of 7,293 body words lost) and moved here; round 41. Their misses, measured:
  'tune/blind45-era-id.txt': ['artifact-masthead', 'artifact-byline', 'artifact-photo-caption', 'artifact-related-link'],
  'tune/blind45-harian-momentum.txt': ['artifact-related-link', 'artifact-related-link'],
  'tune/blind45-nusantara-tv.txt': ['artifact-related-link', 'artifact-byline'],
  'tune/blind45-radar-jambi.txt': ['artifact-photo-caption', 'artifact-related-link'],
  'tune/blind46-balai-taman-nasional.txt': ['artifact-republish-note'],
  'tune/blind46-majalah-gadis.txt': ['artifact-photo-caption'],
  'tune/blind46-portal-logistik.txt': ['artifact-masthead'],
  // The forty-seventh blind set (tune/blind47-*.txt, held-out set 46), scored after round 40 (0.734, 152/207) and
  // again after round 41 (0.773, 160/207, precision 1.000; 2 of 3,723 body words lost), moved here and mended (the
  // two lost words only; no round tuned on it). Its misses, measured:
  'tune/blind47-federasi-karate.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-video-embed', 'artifact-keyword-tags', 'artifact-copyright-footer'],
  'tune/blind47-gadai-newsroom.txt': ['artifact-share-ui', 'artifact-keyword-tags'],
  'tune/blind47-institut-seni-news.txt': ['artifact-keyword-tags', 'artifact-copyright-footer'],
  'tune/blind47-kpad-berita.txt': ['artifact-photo-caption'],
  'tune/blind47-majalah-dirgantara.txt': ['artifact-masthead', 'artifact-republish-note', 'artifact-keyword-tags'],
  'tune/blind47-majalah-waralaba.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-related-link', 'artifact-pagination', 'artifact-pagination', 'artifact-pagination', 'artifact-republish-note'],
  'tune/blind47-majelis-khonghucu.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-keyword-tags', 'artifact-byline', 'artifact-share-ui', 'artifact-share-ui', 'artifact-share-ui', 'artifact-copyright-footer'],
  'tune/blind47-orari-lokal.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-share-ui'],
  // Round 42: its post-meta line with the plural category label ('Categories: Berita, ... Tags: ...') is found.
  'tune/blind47-pdgi-cabang.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-share-ui', 'artifact-html-tag', 'artifact-share-ui'],
  // The forty-eighth and forty-ninth blind sets (tune/blind48-*.txt and tune/blind49-*.txt, held-out sets 47 and 48),
  // scored once after round 41 (0.840, 158/188, and 0.681, 113/166; precision 1.000; 6 of 6,939 body words lost) and
  // moved here; round 42. Their misses, measured:
  'tune/blind48-celebes-tv.txt': ['artifact-masthead', 'artifact-video-embed', 'artifact-masthead', 'artifact-video-embed', 'artifact-video-embed', 'artifact-related-link', 'artifact-video-embed', 'artifact-related-link'],
  'tune/blind48-harian-nasional.txt': ['artifact-photo-caption'],
  'tune/blind48-radar-bone.txt': ['artifact-related-link'],
  'tune/blind48-radar-mandalika.txt': ['artifact-photo-caption', 'artifact-video-embed'],
  'tune/blind48-radio-berita-kota.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-continue-prompt'],
  'tune/blind48-rakyat-sultra.txt': ['artifact-masthead', 'artifact-photo-caption'],
  'tune/blind48-tribun-sorong.txt': ['artifact-masthead', 'artifact-photo-caption', 'artifact-pagination'],
  'tune/blind49-alirsyad-news.txt': ['artifact-republish-note'],
  'tune/blind49-bnpb-berita.txt': ['artifact-byline', 'artifact-byline'],
  'tune/blind49-bulog-newsroom.txt': ['artifact-share-ui', 'artifact-photo-caption'],
  'tune/blind49-dinkes-kabupaten.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-photo-caption', 'artifact-byline', 'artifact-copyright-footer', 'artifact-copyright-footer'],
  'tune/blind49-klub-tenis-meja.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-photo-caption', 'artifact-continue-prompt', 'artifact-share-ui', 'artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind49-majalah-feminis.txt': ['artifact-photo-caption', 'artifact-continue-prompt', 'artifact-byline'],
  'tune/blind49-majalah-pendidikan.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-byline', 'artifact-photo-caption', 'artifact-keyword-tags', 'artifact-related-link', 'artifact-related-link', 'artifact-byline', 'artifact-continue-prompt'],
  'tune/blind49-ptpn-newsroom.txt': ['artifact-share-ui'],
  // The fiftieth and fifty-first blind sets (tune/blind50-*.txt and tune/blind51-*.txt, held-out sets 49 and 50), scored
  // after rounds 41 and 42 (0.898, 168/187, precision 0.993, and 0.801, 149/186, precision 1.000 both times; 4 of 7,420
  // body words lost), moved here; round 43 tuned on them. Their misses, measured:
  'tune/blind50-bangsa-online.txt': ['artifact-masthead', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-video-embed', 'artifact-related-link'],
  'tune/blind50-metro-siantar.txt': ['artifact-masthead'],
  'tune/blind50-ngopibareng.txt': ['artifact-masthead', 'artifact-byline', 'artifact-byline', 'artifact-photo-caption'],
  'tune/blind50-pjtv-bandung.txt': ['artifact-continue-prompt'],
  'tune/blind50-radio-suara-pantura.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-continue-prompt', 'artifact-republish-note'],
  'tune/blind51-badan-karantina.txt': ['artifact-video-embed', 'artifact-republish-note'],
  'tune/blind51-komunitas-sejarah-kota.txt': ['artifact-masthead', 'artifact-masthead'],
  'tune/blind51-lbh-berita.txt': ['artifact-continue-prompt', 'artifact-copyright-footer'],
  'tune/blind51-lembaga-filantropi-news.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-continue-prompt', 'artifact-masthead', 'artifact-continue-prompt'],
  'tune/blind51-majalah-bisnis-ukm.txt': ['artifact-continue-prompt', 'artifact-masthead', 'artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind51-operator-tol-newsroom.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-continue-prompt'],
  'tune/blind51-polinema-news.txt': ['artifact-related-link', 'artifact-related-link', 'artifact-copyright-footer'],
  'tune/blind51-portal-disabilitas.txt': ['artifact-share-ui', 'artifact-masthead', 'artifact-masthead', 'artifact-byline', 'artifact-video-embed'],
  // The fifty-second and fifty-third blind sets (tune/blind52-*.txt and tune/blind53-*.txt, held-out sets 51 and 52),
  // scored after rounds 42 and 43 (0.877, 164/187, precision 0.993, and 0.834, 171/205, precision 1.000, both times; 7 of
  // 7,473 body words lost), moved here; round 44 tuned on them. Their misses, measured:
  'tune/blind52-bengkulu-ekspress.txt': ['artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind52-bisnis-bali.txt': ['artifact-photo-caption'],
  'tune/blind52-kupas-tuntas.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-share-ui', 'artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind52-mata-banua.txt': ['artifact-related-link'],
  'tune/blind52-mistar.txt': ['artifact-photo-caption'],
  'tune/blind52-radar-blitar.txt': ['artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind52-radio-suara-giri.txt': ['artifact-video-embed', 'artifact-share-ui', 'artifact-share-ui', 'artifact-video-embed'],
  'tune/blind52-tatv-solo.txt': ['artifact-video-embed'],
  'tune/blind53-apindo-berita.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-masthead', 'artifact-continue-prompt'],
  'tune/blind53-federasi-panjat-tebing.txt': ['artifact-video-embed'],
  'tune/blind53-kwi-berita.txt': ['artifact-share-ui', 'artifact-republish-note'],
  'tune/blind53-majalah-geografi.txt': ['artifact-photo-caption', 'artifact-continue-prompt'],
  'tune/blind53-mrt-newsroom.txt': ['artifact-masthead', 'artifact-masthead', 'artifact-masthead'],
  'tune/blind53-portal-keamanan-siber.txt': ['artifact-share-ui', 'artifact-share-ui', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link', 'artifact-related-link'],
  'tune/blind53-riauprov.txt': ['artifact-photo-caption'],
};

/**
 * Findings outside the marked junk that are left in place on purpose, per draft (a ratchet like the one
 * above). tune/blind2-padang-ekspres.txt leaves the end-of-story mark '(*)' unmarked, while the byline data
 * (endMarks) and the other tuning drafts treat it as an artifact; the mark holds no body word, and the
 * drafts' markers are not edited to make a rule pass (docs/corpus-evaluation.md, round 6).
 */
const DISPUTED: Readonly<Record<string, readonly string[]>> = {
  'tune/blind2-padang-ekspres.txt': ['artifact-byline'],
};

function evaluate(d: OutletDraft) {
  const findings = check(d.text, ARTIFACTS);
  const result = evaluateFile(d.text, d.spans, findings.map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId })));
  const cleaned = fix(d.text, ARTIFACTS);
  return {
    result,
    falseFindings: result.findings.filter((f) => f.verdict === 'fp'),
    cleaned,
    lost: lostWords(bodyWords(d.text, d.spans), words(cleaned.text)),
  };
}

describe('artifact rules on drafts from outlets the corpus lacks', () => {
  const splits = listSplits();
  it('finds the tuning drafts and at least one held-out set', () => {
    assert.equal(splits[0], TUNE_SPLIT);
    assert.ok(splits.length >= 2);
  });

  for (const d of loadOutletDrafts(undefined, [TUNE_SPLIT])) {
    describe(d.name, () => {
      const e = evaluate(d);
      it('reports nothing outside the marked junk', () => {
        assert.deepEqual(e.falseFindings.map((f) => f.finding.ruleId), DISPUTED[d.name] ?? []);
      });
      it(NOT_YET_FOUND[d.name] ? 'finds every marked span but the recorded misses' : 'finds every marked span', () => {
        assert.deepEqual(e.result.gold.filter((g) => !g.found).map((g) => g.span.kind), NOT_YET_FOUND[d.name] ?? []);
      });
      it('fix --category artifact keeps every body word in order and reaches a fixed point', () => {
        assert.equal(e.cleaned.fixedPoint, true);
        assert.deepEqual(e.lost, []);
        assert.equal(fix(e.cleaned.text, ARTIFACTS).text, e.cleaned.text);
      });
    });
  }

  for (const split of splits.filter((s) => s !== TUNE_SPLIT)) {
    describe(`held-out set ${split} (aggregate only)`, () => {
      const drafts = loadOutletDrafts(undefined, [split]);
      const all = drafts.map((d) => ({ d, e: evaluate(d) }));
      it('loads drafts', () => {
        assert.ok(drafts.length > 0);
      });
      it('fix --category artifact keeps every body word in order and reaches a fixed point on every draft', () => {
        const notFixed = all.filter(({ e }) => !e.cleaned.fixedPoint || fix(e.cleaned.text, ARTIFACTS).text !== e.cleaned.text).length;
        const lost = all.reduce((n, { e }) => n + e.lost.length, 0);
        assert.equal(notFixed, 0, `${notFixed} drafts without a fixed point`);
        assert.equal(lost, 0, `${lost} body words lost`);
      });
      it('reports nothing outside the marked junk', () => {
        const fp = all.reduce((n, { e }) => n + e.falseFindings.length, 0);
        assert.equal(fp, 0, `${fp} false findings`);
      });
      if (split === 'heldout') {
        it('keeps recall at or above the reported figure', () => {
          const gold = all.reduce((n, { e }) => n + e.result.gold.length, 0);
          const found = all.reduce((n, { e }) => n + e.result.gold.filter((g) => g.found).length, 0);
          assert.ok(gold > 0 && found / gold >= HELDOUT_RECALL_FLOOR, 'below the floor');
        });
      }
    });
  }
});
