/** A value of a filter or paging parameter; the empty ones mean "not set". */
type ParamValue = string | number | boolean | null | undefined;

/**
 * An API path with its query string, leaving out what is not set (undefined, null,
 * '' and false): `/api/tasks?month=2026-11`, or just `/api/tasks`.
 */
export function withQuery(path: string, params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, ParamValue][]) {
    if (value !== undefined && value !== null && value !== '' && value !== false) {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
