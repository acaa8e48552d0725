/**
 * Folds text for accent- and case-insensitive search: «Διόρθωση» and «διορθωση»
 * both become «διορθωσησ». Used on what is stored and on what is searched for.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();
}
