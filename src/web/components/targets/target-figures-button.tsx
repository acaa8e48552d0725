import { Button, Modal, Skeleton, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Package } from '../../../shared/api/packages';
import { useTargetFigures } from '../../api/targets';
import { QueryError } from '../feedback/query-error';
import { IconChartBar } from '../icons';

/** «Στόχοι ανά μήνα» of a package: met and breached counts of its last twelve months, in a modal. */
export function TargetFiguresButton({ pkg }: { pkg: Package }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const figures = useTargetFigures(pkg.id, opened);
  const hasTargets = pkg.firstResponseTargetHours !== null || pkg.resolutionTargetHours !== null;
  if (!hasTargets) return null;
  return (
    <>
      <Button size="xs" variant="subtle" leftSection={<IconChartBar size={14} />} onClick={open}>
        {t('targets.figures.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('targets.figures.title', { name: pkg.name })}
        size="lg"
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
      >
        {figures.isPending ? (
          <Skeleton h={120} />
        ) : figures.isError ? (
          <QueryError
            error={figures.error}
            title={t('targets.figures.loadFailed')}
            onRetry={() => void figures.refetch()}
          />
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4} data-testid="target-figures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('targets.figures.month')}</Table.Th>
                  <Table.Th ta="right">{t('targets.figures.firstMet')}</Table.Th>
                  <Table.Th ta="right">{t('targets.figures.firstBreached')}</Table.Th>
                  <Table.Th ta="right">{t('targets.figures.resolutionMet')}</Table.Th>
                  <Table.Th ta="right">{t('targets.figures.resolutionBreached')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.data.items.map((row) => (
                  <Table.Tr key={row.month}>
                    <Table.Td>
                      <Text size="sm">{row.month.split('-').reverse().join('/')}</Text>
                    </Table.Td>
                    {(
                      [
                        ['firstMet', row.firstResponse.met, false],
                        ['firstBreached', row.firstResponse.breached, true],
                        ['resolutionMet', row.resolution.met, false],
                        ['resolutionBreached', row.resolution.breached, true],
                      ] as const
                    ).map(([column, count, isBreach]) => (
                      <Table.Td key={column} ta="right">
                        <Text
                          size="sm"
                          className="aitima-figures"
                          c={isBreach && count > 0 ? 'red.8' : undefined}
                        >
                          {count}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Modal>
    </>
  );
}
