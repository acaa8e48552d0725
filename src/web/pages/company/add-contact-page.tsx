import { Button, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth';
import type { InvitationSent } from '../../api/contacts';
import { AddContactForm } from '../../components/contacts/add-contact-form';
import { InvitationLinkCard } from '../../components/contacts/invitation-link-card';
import { PageHeader } from '../../components/feedback/page-header';

/** «Προσθήκη επαφής»: the form, then the new contact's invitation link to copy. */
export default function AddContactPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const companyId = useMe().data?.company?.id;
  const [sent, setSent] = useState<InvitationSent | null>(null);
  // A new form for «Προσθήκη άλλης επαφής».
  const [formKey, setFormKey] = useState(0);
  if (!companyId) return null;

  return (
    <>
      <PageHeader title={t('contacts.add.title')} subtitle={t('contacts.add.subtitle')} />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={720}>
        {sent ? (
          <Stack gap="lg">
            <InvitationLinkCard sent={sent} />
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                onClick={() => {
                  setSent(null);
                  setFormKey((key) => key + 1);
                }}
              >
                {t('contacts.add.another')}
              </Button>
              <Button variant="default" onClick={() => navigate('/company/contacts')}>
                {t('contacts.add.allContacts')}
              </Button>
              <Button onClick={() => navigate('/')}>{t('contacts.add.done')}</Button>
            </Group>
          </Stack>
        ) : (
          <AddContactForm
            key={formKey}
            companyId={companyId}
            onInvited={setSent}
            onCancel={() => navigate(-1)}
          />
        )}
      </Paper>
    </>
  );
}
