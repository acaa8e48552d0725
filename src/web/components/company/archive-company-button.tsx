import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/api/companies';
import { useSetCompanyArchived } from '../../api/companies';
import { ConfirmModal } from '../contacts/confirm-modal';
import { FormAlert } from '../form/form-alert';
import { IconArchive, IconArchiveOff } from '../icons';
import { notifySuccess } from './notify';

/** «Αρχειοθέτηση» / «Επαναφορά» of a company (staff), after a confirmation. */
export function ArchiveCompanyButton({ company }: { company: Company }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const setArchived = useSetCompanyArchived(company.id);
  const current = company.isArchived ? 'restore' : 'archive';
  // What the open modal confirms stays put while it closes over the changed company.
  const [action, setAction] = useState(current);
  const name = company.legalName;

  const confirm = () =>
    setArchived.mutate(action === 'archive', {
      onSuccess: () => {
        notifySuccess(t(`companies.${action}.done`, { name }));
        modal.close();
      },
    });

  return (
    <>
      <Button
        variant={company.isArchived ? 'filled' : 'default'}
        color={company.isArchived ? undefined : 'red'}
        leftSection={company.isArchived ? <IconArchiveOff size={18} /> : <IconArchive size={18} />}
        onClick={() => {
          setAction(current);
          setArchived.reset();
          modal.open();
        }}
      >
        {t(`companies.${current}.button`)}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t(`companies.${action}.title`, { name })}
        text={t(`companies.${action}.text`, { name })}
        confirmLabel={t(`companies.${action}.confirm`)}
        color={action === 'archive' ? 'red' : undefined}
        loading={setArchived.isPending}
        error={<FormAlert error={setArchived.error} />}
        onConfirm={confirm}
        onClose={modal.close}
      />
    </>
  );
}
