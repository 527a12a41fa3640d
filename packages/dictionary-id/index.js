'use strict';
// The shape nspell users know from the dictionary-* packages: {aff, dic} as Buffers.
// forms.txt (every form real Hunspell accepts, one per line) is exported by path for fast checkers.
const fs = require('node:fs');
const path = require('node:path');

module.exports = {
  aff: fs.readFileSync(path.join(__dirname, 'index.aff')),
  dic: fs.readFileSync(path.join(__dirname, 'index.dic')),
  formsPath: path.join(__dirname, 'forms.txt'),
};
