// Replacements keep the capitalisation of what they replace ("Resiko" -> "Risiko", "RESIKO" -> "RISIKO").
export function keepCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (original[0] !== original[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
