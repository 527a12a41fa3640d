// The retext peer: retext (retext-latin parser) with retext-spell (nspell) on the Indonesian Hunspell
// dictionary built by setup.js. Checks every .txt/.md file under the folder given, one after another, and
// prints {files, messages} as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { retext } from 'retext';
import retextSpell from 'retext-spell';

const here = path.dirname(fileURLToPath(import.meta.url));
const dictionary = {
  aff: fs.readFileSync(path.join(here, 'build', 'id_ID.aff')),
  dic: fs.readFileSync(path.join(here, 'build', 'id_ID.dic')),
};
const processor = retext().use(retextSpell, { dictionary, max: 0 });

function list(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...list(p));
    else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}

const files = list(path.resolve(process.argv[2]));
let messages = 0;
for (const file of files) {
  const result = await processor.process(fs.readFileSync(file, 'utf8'));
  messages += result.messages.length;
}
console.log(JSON.stringify({ files: files.length, messages }));
