import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/problem';
import { fieldErrorMessage } from '../../lib/problem-text';

/** A field error, translated at render time so it follows a language switch. */
export function FieldErrorMessage({ error }: { error: Pick<FieldError, 'code' | 'params'> }) {
  const { t } = useTranslation();
  return <>{fieldErrorMessage(t, error)}</>;
}
