/** A calendar day 'YYYY-MM-DD' as «21/12/2026»; `short` leaves the year out («21/12»). */
export function formatLocalDay(date: string, short = false): string {
  const [year, month, day] = date.split('-');
  return short ? `${day}/${month}` : `${day}/${month}/${year}`;
}

/** Euros as the language writes them: «1.234,50 €» / "€1,234.50". */
export function formatEuros(amount: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-IE' : 'el-GR', {
    style: 'currency',
    currency: 'EUR',
  }).format(amount);
}
