// Indonesian number words for spelling out a number that opens a sentence (EYD V, angka dan bilangan):
// 80 -> "delapan puluh", 11 -> "sebelas", 1000 -> "seribu". Integers up to 999,999.
const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function below1000(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) out.push('seratus');
  else if (h > 1) out.push(UNITS[h], 'ratus');
  if (rest === 0) return out;
  if (rest < 10) out.push(UNITS[rest]);
  else if (rest === 10) out.push('sepuluh');
  else if (rest === 11) out.push('sebelas');
  else if (rest < 20) out.push(UNITS[rest - 10], 'belas');
  else {
    out.push(UNITS[Math.floor(rest / 10)], 'puluh');
    if (rest % 10) out.push(UNITS[rest % 10]);
  }
  return out;
}

/** The words for an integer 0..999999, or undefined outside that range. */
export function numberWords(n: number): string[] | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined;
  if (n === 0) return ['nol'];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const out: string[] = [];
  if (thousands === 1) out.push('seribu');
  else if (thousands > 1) out.push(...below1000(thousands), 'ribu');
  out.push(...below1000(rest));
  return out;
}
