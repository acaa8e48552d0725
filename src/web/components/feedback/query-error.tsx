import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { problemMessage } from '../../lib/problem-text';
import { IconAlert } from '../first-screen-icons';

interface QueryErrorProps {
  error: unknown;
  /** What failed, in the reader's words; the server's reason follows it. */
  title?: string;
  onRetry?: () => void;
}

/** An inline, translated error for data that did not load, with a retry button. */
export function QueryError({ error, title, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const message = isApiError(error) ? problemMessage(t, error.problem) : t('problem.unknown');
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={title ?? t('problem.title')}>
      {message}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" mt="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
