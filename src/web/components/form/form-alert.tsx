import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { problemMessage } from '../../lib/problem-text';
import { IconAlert } from '../first-screen-icons';

interface FormAlertProps {
  error: unknown;
  /** Codes the form already shows on one of its fields (e.g. `email_taken` on email). */
  shownOnFields?: readonly string[];
}

/**
 * Why a submit failed, above the form. Network and server failures are left to
 * the global notification, and codes shown on a field are not repeated here.
 */
export function FormAlert({ error, shownOnFields = [] }: FormAlertProps) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.isServerSide || shownOnFields.includes(error.code)) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
      {problemMessage(t, error.problem)}
    </Alert>
  );
}
