/**
 * Greek tax offices (ΔΟΥ) for the company form's searchable select, as named by
 * ΑΑΔΕ after the office mergers (one entry per office with its own code), plus
 * ΚΕΦΟΔΕ Αττικής, which ΑΑΔΕ's registry now reports for many businesses. Kept in
 * Greek collation order; a test checks the order and that there are no duplicates.
 */
export const TAX_OFFICES = [
  'Α΄ Αθηνών',
  'Α΄ Θεσσαλονίκης',
  'Α΄ Λάρισας',
  'Α΄ Πατρών',
  'Α΄ Πειραιά',
  'Α΄ Περιστερίου',
  'Αγίου Δημητρίου',
  'Αγίου Νικολάου',
  'Αγίων Αναργύρων',
  'Αγρινίου',
  'Αιγάλεω',
  'Αιγίου',
  'Αλεξανδρούπολης',
  'Αμαλιάδας',
  'Αμαρουσίου',
  'Αμπελοκήπων',
  'Άμφισσας',
  'Αργοστολίου',
  'Άργους',
  'Άρτας',
  'Αχαρνών',
  'Β΄ Λάρισας',
  'Β΄ Περιστερίου',
  'Βέροιας',
  'Βόλου',
  'Βύρωνος',
  'Γ΄ Πατρών',
  'Γ΄ Πειραιά',
  'Γαλατσίου',
  'Γιαννιτσών',
  'Γλυφάδας',
  'Γρεβενών',
  'Δ΄ Αθηνών',
  'Δ΄ Θεσσαλονίκης',
  'Δ΄ Πειραιά',
  'Δράμας',
  'Ε΄ Θεσσαλονίκης',
  'Ε΄ Πειραιά',
  'Έδεσσας',
  'Ελευσίνας',
  'Ζ΄ Θεσσαλονίκης',
  'Ζακύνθου',
  'Η΄ Θεσσαλονίκης',
  'Ηγουμενίτσας',
  'Ηλιούπολης',
  'Ηρακλείου',
  'Θηβών',
  'Θήρας',
  'ΙΒ΄ Αθηνών',
  'ΙΓ΄ Αθηνών',
  'ΙΔ΄ Αθηνών',
  'ΙΖ΄ Αθηνών',
  'Ιωαννίνων',
  'Ιωνίας Θεσσαλονίκης',
  'Καβάλας',
  'Καλαμαριάς',
  'Καλαμάτας',
  'Καλλιθέας',
  'Καρδίτσας',
  'Καρπενησίου',
  'Καστοριάς',
  'Κατερίνης',
  'Κατοίκων Εξωτερικού',
  'Κέντρο Ελέγχου Μεγάλων Επιχειρήσεων (ΚΕΜΕΕΠ)',
  'Κέρκυρας',
  'ΚΕΦΟΔΕ Αττικής',
  'Κηφισιάς',
  'Κιλκίς',
  'Κοζάνης',
  'Κομοτηνής',
  'Κορίνθου',
  'Κορωπίου',
  'Κύμης',
  'Κω',
  'Λαγκαδά',
  'Λαμίας',
  'Λευκάδας',
  'Λιβαδειάς',
  'Μεσολογγίου',
  'Μοσχάτου',
  'Μυκόνου',
  'Μυτιλήνης',
  'Νάξου',
  'Ναυπλίου',
  'Νέας Ιωνίας',
  'Νέας Ιωνίας Βόλου',
  'Νέας Σμύρνης',
  'Νέου Ηρακλείου',
  'Νέων Μουδανιών',
  'Νίκαιας',
  'Ξάνθης',
  'Ορεστιάδας',
  'Παλαιού Φαλήρου',
  'Παλλήνης',
  'Πάρου',
  'Πλοίων Πειραιά',
  'Πολυγύρου',
  'Πρέβεζας',
  'Πτολεμαΐδας',
  'Πύργου',
  'Ρεθύμνου',
  'Ρόδου',
  'Σάμου',
  'Σερρών',
  'Σπάρτης',
  'ΣΤ΄ Αθηνών',
  'ΣΤ΄ Θεσσαλονίκης',
  'Σύρου',
  'Τρικάλων',
  'Τρίπολης',
  'ΦΑΕ Αθηνών',
  'ΦΑΕ Θεσσαλονίκης',
  'ΦΑΕ Πειραιά',
  'Φλώρινας',
  'Χαλανδρίου',
  'Χαλκίδας',
  'Χανίων',
  'Χίου',
  'Χολαργού',
  'Ψυχικού',
] as const;
/** A name from TAX_OFFICES. */
export type TaxOffice = (typeof TAX_OFFICES)[number];

// Ordinal marks are typed many ways (Α΄, Α', Α’, or none); dots appear in abbreviations (Φ.Α.Ε.).
function foldTaxOfficeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[΄ʹ'’`´]/gu, ' ')
    .replace(/\./gu, '')
    .toLocaleLowerCase('el')
    .replace(/ς/gu, 'σ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const officesByFoldedName = new Map<string, TaxOffice>(
  TAX_OFFICES.map((office) => [foldTaxOfficeName(office), office]),
);

/**
 * Finds a tax office by its name as typed or stored elsewhere ('Α ΑΘΗΝΩΝ', 'Φ.Α.Ε. Αθηνών'),
 * ignoring case, accents and ordinal marks; returns the list's spelling, or null.
 */
export function findTaxOffice(name: string): TaxOffice | null {
  return officesByFoldedName.get(foldTaxOfficeName(name)) ?? null;
}
