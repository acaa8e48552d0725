import { Anchor, Badge, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../../shared/api/tasks';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import {
  formatHours,
  formatHoursDecimal,
  formatWorked,
  formatWorkedDecimal,
} from '../hours/hours-format';
import { ChargeRuleNote } from './charge-rule-note';

interface PastTaskTableProps {
  tasks: Task[];
  /** Staff across companies see which company each task was for. */
  withCompany: boolean;
  /** False when every row has the same package, said once above the table. */
  withPackage: boolean;
}

/** What a task billed: bare in the table (its column says so), labelled on a card. */
function Billed({ task, labelled = false }: { task: Task; labelled?: boolean }) {
  const { t } = useTranslation();
  if (task.isBillable && labelled) {
    return (
      <Badge variant="light" radius="sm" tt="none" size="sm">
        {t('tasks.row.billed', { time: formatHours(task.billableMinutes) })}
      </Badge>
    );
  }
  return task.isBillable ? (
    <Text size="sm" className="aitima-figures" fw={600} span>
      {formatHoursDecimal(task.billableMinutes)}
    </Text>
  ) : (
    // Its full width even in a narrow column: a badge's label would otherwise shrink to «Μη χρεώ…».
    <Badge variant="light" color="gray" radius="sm" tt="none" size="sm" miw="max-content">
      {t('tasks.row.nonBillable')}
    </Badge>
  );
}

/** Finished tasks as a table from tablets up and as cards on phones. */
export function PastTaskTable({ tasks, withCompany, withPackage }: PastTaskTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const ticketLink = (task: Task) => (
    <Anchor component={Link} to={`/tickets/${task.ticket.number}`} size="sm" fw={600}>
      #{task.ticket.number} {task.ticket.subject}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" fz="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tasks.list.columns.date')}</Table.Th>
                <Table.Th>{t('tasks.list.columns.ticket')}</Table.Th>
                <Table.Th>{t('tasks.list.columns.description')}</Table.Th>
                <Table.Th>{t('tasks.list.columns.staff')}</Table.Th>
                {withPackage && <Table.Th>{t('tasks.list.columns.package')}</Table.Th>}
                <Table.Th ta="right" title={t('tasks.row.workedHint')}>
                  {t('tasks.list.columns.worked')}
                </Table.Th>
                <Table.Th ta="right">{t('tasks.list.columns.billed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(task.startedAt, locale)}
                  </Table.Td>
                  <Table.Td maw={240}>
                    {ticketLink(task)}
                    {withCompany && (
                      <Text size="xs" c="dimmed">
                        {task.company.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{task.description}</Table.Td>
                  <Table.Td>{task.staff.name}</Table.Td>
                  {withPackage && (
                    <Table.Td>{task.packageName ?? t('tickets.list.noPackage')}</Table.Td>
                  )}
                  <Table.Td ta="right" className="aitima-figures">
                    {formatWorkedDecimal(task.durationSeconds)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Billed task={task} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack gap="sm" hiddenFrom="sm">
        {tasks.map((task) => (
          <Card key={task.id} padding="md" radius="md">
            <Text size="xs" c="dimmed">
              {formatDateTime(task.startedAt, locale)} · {task.staff.name}
            </Text>
            {ticketLink(task)}
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {task.description}
            </Text>
            <Group justify="space-between" mt="xs" gap="xs">
              <Text size="xs" c="dimmed">
                {[withCompany ? task.company.name : null, withPackage ? task.packageName : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" className="aitima-figures" c="dimmed">
                  {formatWorked(task.durationSeconds)}
                </Text>
                <Billed task={task} labelled />
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      <ChargeRuleNote tasks={tasks} mt="sm" />
    </>
  );
}
