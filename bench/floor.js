// The floor for any JavaScript checker of a folder of drafts: start Node, read every .txt/.md file under the
// folder, run 10 ordinary regular expressions over each, count the matches. Nothing smarter can be faster.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const PATTERNS = [
  /Baca juga:?/g,
  /SCROLL TO CONTINUE/g,
  /ADVERTISEMENT/g,
  /Copyright ©/g,
  /Editor:/g,
  /"[^"\n]*"/g,
  /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g,
  /\s{2,}/g,
  /\d+(?:\.\d{3})+/g,
  /\b(?:kata|ujar|jelas)\b/g,
];

function list(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...list(p));
    else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}

let matches = 0;
const files = list(path.resolve(process.argv[2]));
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    while (re.exec(text)) matches++;
  }
}
console.log(JSON.stringify({ files: files.length, matches }));
