import { Anchor, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPlaceholder } from '../components/feedback/empty-placeholder';
import { IconCompass } from '../components/icons';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.pageTitle', { page: t('notFound.title') }));
  return (
    <Paper withBorder p="xl" mt="xl">
      <EmptyPlaceholder
        order={1}
        icon={<IconCompass size={28} />}
        title={t('notFound.title')}
        description={t('notFound.text')}
      >
        <Anchor component={Link} to="/" fw={600}>
          {t('common.goHome')}
        </Anchor>
      </EmptyPlaceholder>
    </Paper>
  );
}
