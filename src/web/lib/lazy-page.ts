import { type ComponentType, lazy } from 'react';
import { loadAllTexts } from '../i18n';

/**
 * React.lazy for a page that is not part of the first screen: it shows once its
 * code and all the texts are here (the first render carries only the first
 * screen's texts, see i18n/locale-parts.ts), never with untranslated keys.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own signature takes any props
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([load(), loadAllTexts()]).then(([module]) => module));
}
