/**
 * The price of overage: minutes past the package's hours times the package's
 * hourly rate, in euro cents. ONE function, so that however the overage minutes
 * are derived (rollover, blocks, order of use) the price follows them.
 * Null when the package has no rate: overage is then shown in hours only.
 */
export function overageChargeCents(
  overageMinutes: number,
  ratePerHour: number | null,
): number | null {
  if (ratePerHour === null) return null;
  if (!Number.isFinite(overageMinutes) || overageMinutes < 0) {
    throw new RangeError(`Not overage minutes: ${overageMinutes}`);
  }
  if (!Number.isFinite(ratePerHour) || ratePerHour < 0) {
    throw new RangeError(`Not an hourly rate: ${ratePerHour}`);
  }
  // Cents per hour first, so 0,1-euro rates do not drift; half a cent rounds up.
  const rateCents = Math.round(ratePerHour * 100);
  return Math.round((overageMinutes * rateCents) / 60);
}

/** Cents as euros for money shown in Greek or English («1.234,50 €» / «€1,234.50»). */
export function formatEuros(cents: number, locale: 'el' | 'en'): string {
  return new Intl.NumberFormat(locale === 'el' ? 'el-GR' : 'en-IE', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}
