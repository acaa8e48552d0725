import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { problemMessage } from '../../lib/problem-text';
import { IconAlert } from '../icons';

/**
 * Why a submit failed, above the form. Network and server failures are left to
 * the global notification, so the same message is not shown twice.
 */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.isServerSide) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
      {problemMessage(t, error.problem)}
    </Alert>
  );
}
