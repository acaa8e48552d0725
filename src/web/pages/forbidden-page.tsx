import { Button, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyPlaceholder } from '../components/feedback/empty-placeholder';
import { IconLock } from '../components/first-screen-icons';

/** Shown instead of a page the signed-in user may not use. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('app.pageTitle', { page: t('forbidden.title') }));
  return (
    <Paper withBorder p="xl" mt="xl">
      <EmptyPlaceholder
        order={1}
        icon={<IconLock size={28} />}
        title={t('forbidden.title')}
        description={t('forbidden.text')}
      >
        <Button variant="light" onClick={() => navigate('/')}>
          {t('common.goHome')}
        </Button>
      </EmptyPlaceholder>
    </Paper>
  );
}
