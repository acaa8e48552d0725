import { Button, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth';
import { ContactList } from '../../components/contacts/contact-list';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { IconBuilding, IconPlus } from '../../components/icons';

/** «Επαφές»: everyone of the customer's company; its administrators also manage them here. */
export default function ContactsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  if (!me) return null;
  const canManage = me.abilities.manageContacts;
  return (
    <>
      <PageHeader
        title={t('contacts.page.title')}
        subtitle={canManage ? t('contacts.page.subtitleManage') : t('contacts.page.subtitle')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => navigate('/company/contacts/new')}
            >
              {t('contacts.add.title')}
            </Button>
          )
        }
      />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'lg' }}>
        {me.company ? (
          <ContactList companyId={me.company.id} canManage={canManage} meId={me.id} />
        ) : (
          <EmptyPlaceholder
            icon={<IconBuilding size={28} />}
            title={t('dashboard.company.missingTitle')}
            description={t('dashboard.company.missingText')}
          />
        )}
      </Paper>
    </>
  );
}
