import { Button, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Package } from '../../../shared/api/packages';
import { useMe } from '../../api/auth';
import { usePackages, useUpdatePackage } from '../../api/packages';
import { notifySuccess } from '../../components/company/notify';
import { ConfirmModal } from '../../components/contacts/confirm-modal';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { HourBlockCatalogue } from '../../components/hour-blocks/hour-block-catalogue';
import { IconPackage, IconPlus } from '../../components/icons';
import { PackageCard } from '../../components/packages/package-card';
import { PackageFormModal } from '../../components/packages/package-form-modal';

const GRID = { base: 1, sm: 2, lg: 3 };

/** «Πακέτα»: the catalog of support packages; administrators create, edit and retire them. */
export default function PackagesPage() {
  const { t } = useTranslation();
  // Only administrators may change the catalog (the server checks it too).
  const canManage = useMe().data?.abilities.managePackages ?? false;
  const packages = usePackages();
  const update = useUpdatePackage();
  const [editing, setEditing] = useState<Package | null | undefined>(undefined);
  const [toggling, setToggling] = useState<Package | null>(null);

  const items = [...(packages.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const active = items.filter((pkg) => pkg.isActive);
  const retired = items.filter((pkg) => !pkg.isActive);
  const cards = (list: Package[]) => (
    <SimpleGrid cols={GRID} spacing="md">
      {list.map((pkg) => (
        <PackageCard
          key={pkg.id}
          pkg={pkg}
          canManage={canManage}
          onEdit={setEditing}
          onToggleActive={setToggling}
        />
      ))}
    </SimpleGrid>
  );

  return (
    <>
      <PageHeader
        title={t('staff.packages.title')}
        subtitle={t(canManage ? 'packages.subtitleAdmin' : 'packages.subtitleAgent')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
              {t('packages.create')}
            </Button>
          )
        }
      />
      {packages.isPending ? (
        <SimpleGrid cols={GRID} spacing="md">
          {[1, 2, 3].map((key) => (
            <Skeleton key={key} h={160} radius="lg" />
          ))}
        </SimpleGrid>
      ) : packages.isError ? (
        <QueryError
          error={packages.error}
          title={t('packages.loadFailed')}
          onRetry={() => void packages.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyPlaceholder
          icon={<IconPackage size={28} />}
          title={t('staff.packages.emptyTitle')}
          description={t('staff.packages.emptyText')}
        />
      ) : (
        <Stack gap="xl">
          {active.length > 0 && cards(active)}
          {retired.length > 0 && (
            <Stack gap="sm">
              <Title order={2} fz="lg">
                {t('packages.retiredTitle')}
              </Title>
              {cards(retired)}
            </Stack>
          )}
        </Stack>
      )}
      <HourBlockCatalogue canManage={canManage} />
      <PackageFormModal
        opened={editing !== undefined}
        pkg={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
      <ConfirmModal
        opened={toggling !== null}
        title={t(toggling?.isActive ? 'packages.retireTitle' : 'packages.restoreTitle')}
        text={t(toggling?.isActive ? 'packages.retireText' : 'packages.restoreText', {
          name: toggling?.name,
        })}
        confirmLabel={t(toggling?.isActive ? 'packages.retire' : 'packages.restore')}
        color={toggling?.isActive ? 'red' : undefined}
        loading={update.isPending}
        error={<FormAlert error={update.error} />}
        onConfirm={() =>
          toggling &&
          update.mutate(
            { id: toggling.id, isActive: !toggling.isActive },
            {
              onSuccess: (pkg) => {
                notifySuccess(
                  t(pkg.isActive ? 'packages.notify.restored' : 'packages.notify.retired'),
                );
                setToggling(null);
              },
            },
          )
        }
        onClose={() => {
          update.reset();
          setToggling(null);
        }}
      />
    </>
  );
}
