#!/usr/bin/env node
// Builds the inputs the peer checkers need from the Indonesian Hunspell dictionary, into bench/peers/build/:
//   id_ID.aff, id_ID.dic  the dictionary in UTF-8 (Debian ships it in ISO-8859-1), for retext-spell (nspell)
//   id-words.txt          every word form the dictionary accepts, expanded by nspell itself (the engine
//                         retext-spell uses), one per line: cspell's Indonesian word list
//   cspell.json           cspell configuration using only that list
// The dictionary is taken from $REDAKSI_BENCH_DICTIONARY (a folder with id_ID.aff and id_ID.dic), else
// packages/dictionary-id (when the project ships it), else /usr/share/hunspell (Debian: apt-get install hunspell-id).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const here = __dirname;
const build = path.join(here, 'build');

function findDictionary() {
  const candidates = [
    process.env.REDAKSI_BENCH_DICTIONARY,
    path.join(here, '..', '..', 'packages', 'dictionary-id'),
    path.join(here, '..', '..', 'packages', 'dictionary-id', 'data'),
    '/usr/share/hunspell',
  ].filter(Boolean);
  for (const dir of candidates) {
    for (const base of ['id_ID', 'index', 'id']) {
      const aff = path.join(dir, `${base}.aff`);
      const dic = path.join(dir, `${base}.dic`);
      if (fs.existsSync(aff) && fs.existsSync(dic)) return { aff, dic };
    }
  }
  return null;
}

/** Reads a Hunspell file in the encoding its .aff declares, returning UTF-8 text with `SET UTF-8`. */
function readHunspell(file, encoding) {
  const text = fs.readFileSync(file).toString(encoding);
  return text;
}

function main() {
  const source = findDictionary();
  if (!source) {
    console.error('bench/peers/setup: no Indonesian Hunspell dictionary found. Install it (Debian: apt-get install hunspell-id) or set REDAKSI_BENCH_DICTIONARY to a folder with id_ID.aff and id_ID.dic.');
    process.exit(1);
  }
  let nspell;
  try {
    nspell = require('nspell');
  } catch {
    console.error('bench/peers/setup: run `npm ci` in bench/peers first.');
    process.exit(1);
  }
  const rawAff = fs.readFileSync(source.aff).toString('latin1');
  const set = /^SET\s+(\S+)/m.exec(rawAff);
  const encoding = set && /^utf-?8$/i.test(set[1]) ? 'utf8' : 'latin1';
  const aff = readHunspell(source.aff, encoding).replace(/^SET\s+\S+/m, 'SET UTF-8');
  const dic = readHunspell(source.dic, encoding);
  fs.mkdirSync(build, { recursive: true });
  fs.writeFileSync(path.join(build, 'id_ID.aff'), aff);
  fs.writeFileSync(path.join(build, 'id_ID.dic'), dic);

  const spell = nspell(aff, dic);
  const forms = Object.keys(spell.data).filter((w) => w.length > 0).sort();
  fs.writeFileSync(path.join(build, 'id-words.txt'), forms.join('\n') + '\n');

  const cspell = {
    version: '0.2',
    language: 'id',
    dictionaryDefinitions: [{ name: 'redaksi-bench-id', path: './id-words.txt' }],
    dictionaries: ['redaksi-bench-id'],
    // Only the Indonesian list: the English and software dictionaries cspell enables by default are left out.
    languageSettings: [{ languageId: '*', locale: '*', dictionaries: ['redaksi-bench-id'] }],
    noConfigSearch: true,
    useGitignore: false,
    minWordLength: 2,
  };
  fs.writeFileSync(path.join(build, 'cspell.json'), JSON.stringify(cspell, null, 2) + '\n');
  console.log(`bench/peers/setup: ${forms.length} word forms from ${source.dic} -> ${path.relative(process.cwd(), build)}/`);
}

main();
