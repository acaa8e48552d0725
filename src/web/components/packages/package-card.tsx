import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Package } from '../../../shared/api/packages';
import { IconEdit, IconRotate, IconX } from '../icons';
import { TargetFiguresButton } from '../targets/target-figures-button';
import { hoursPerPeriodText, incrementText } from './package-text';

interface PackageCardProps {
  pkg: Package;
  /** Administrators edit and retire; agents read. */
  canManage: boolean;
  onEdit: (pkg: Package) => void;
  onToggleActive: (pkg: Package) => void;
}

/** One package of the catalog: name, hours per period, increment, description, state. */
export function PackageCard({ pkg, canManage, onEdit, onToggleActive }: PackageCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      component="article"
      aria-label={pkg.name}
      shadow="xs"
      padding="md"
      h="100%"
      style={{ display: 'flex', flexDirection: 'column', opacity: pkg.isActive ? 1 : 0.8 }}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap" mb={4}>
        <Text fw={650} style={{ overflowWrap: 'anywhere' }}>
          {pkg.name}
        </Text>
        <Badge
          variant="light"
          color={pkg.isActive ? 'green' : 'gray'}
          radius="sm"
          tt="none"
          style={{ flexShrink: 0 }}
        >
          {t(pkg.isActive ? 'packages.active' : 'packages.retired')}
        </Badge>
      </Group>
      <Stack gap={2} style={{ flex: 1 }}>
        <Text size="sm" fw={600}>
          {hoursPerPeriodText(t, pkg.hoursPerPeriod, pkg.periodKind)}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`hours.period.${pkg.periodKind}`)} · {incrementText(t, pkg.billingIncrementMinutes)}
        </Text>
        {pkg.description && (
          <Text size="sm" mt={6} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {pkg.description}
          </Text>
        )}
      </Stack>
      <TargetFiguresButton pkg={pkg} />
      {canManage && (
        <Group gap="xs" mt="md">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconEdit size={14} />}
            onClick={() => onEdit(pkg)}
            aria-label={t('packages.editNamed', { name: pkg.name })}
          >
            {t('packages.edit')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color={pkg.isActive ? 'red' : undefined}
            leftSection={pkg.isActive ? <IconX size={14} /> : <IconRotate size={14} />}
            onClick={() => onToggleActive(pkg)}
            aria-label={t(pkg.isActive ? 'packages.retireNamed' : 'packages.restoreNamed', {
              name: pkg.name,
            })}
          >
            {t(pkg.isActive ? 'packages.retire' : 'packages.restore')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
