import { Button, Center, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyPlaceholder } from '../components/feedback/empty-placeholder';
import { IconAlert } from '../components/first-screen-icons';

/** The last resort (see CrashBoundary): a page that threw, or a page file that failed to load. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="var(--aitima-page-bg)">
      <Paper withBorder p="xl" maw={520} w="100%">
        <EmptyPlaceholder
          order={1}
          icon={<IconAlert size={28} />}
          title={t('crash.title')}
          description={t('crash.text')}
        >
          <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
        </EmptyPlaceholder>
      </Paper>
    </Center>
  );
}
