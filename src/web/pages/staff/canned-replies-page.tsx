import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../shared/api/canned-replies';
import { useMe } from '../../api/auth';
import { useCannedReplies, useDeleteCannedReply } from '../../api/canned-replies';
import { CannedReplyFormModal } from '../../components/canned-replies/canned-reply-form-modal';
import { VARIABLE_NAMES } from '../../components/canned-replies/variables-hint';
import { ConfirmModal } from '../../components/contacts/confirm-modal';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { IconMessages, IconPlus } from '../../components/icons';

/** «Έτοιμες απαντήσεις»: the shared ones (admins change them) and the agent's own. */
export default function CannedRepliesPage() {
  const { t } = useTranslation();
  const canShare = Boolean(useMe().data?.abilities.manageStaff);
  const replies = useCannedReplies();
  const remove = useDeleteCannedReply();
  const [editing, setEditing] = useState<CannedReply | null>(null);
  const [isFormOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const openForm = (reply: CannedReply | null) => {
    setEditing(reply);
    setFormOpen(true);
  };

  return (
    <>
      <PageHeader
        title={t('agentQueue.cannedPage.title')}
        subtitle={t('agentQueue.cannedPage.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => openForm(null)}>
            {t('agentQueue.cannedPage.add')}
          </Button>
        }
      />
      {replies.isError ? (
        <QueryError error={replies.error} onRetry={() => void replies.refetch()} />
      ) : replies.data?.items.length === 0 ? (
        <EmptyPlaceholder
          order={2}
          icon={<IconMessages size={28} />}
          title={t('agentQueue.cannedPage.emptyTitle')}
          description={t('agentQueue.cannedPage.variables', VARIABLE_NAMES)}
        />
      ) : (
        <Paper withBorder shadow="xs">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agentQueue.cannedPage.titleLabel')}</Table.Th>
                  <Table.Th>{t('agentQueue.cannedPage.language')}</Table.Th>
                  <Table.Th>{t('agentQueue.cannedPage.kind')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(replies.data?.items ?? []).map((reply) => (
                  <Table.Tr key={reply.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {reply.title}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {reply.body}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`agentQueue.cannedPage.languages.${reply.language}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={reply.isShared ? 'blue' : 'gray'}>
                        {t(
                          reply.isShared
                            ? 'agentQueue.canned.shared'
                            : 'agentQueue.canned.personal',
                        )}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {reply.canEdit && (
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => openForm(reply)}>
                            {t('agentQueue.cannedPage.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setDeleting(reply)}
                          >
                            {t('agentQueue.cannedPage.delete')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <CannedReplyFormModal
        editing={editing}
        opened={isFormOpen}
        canShare={canShare}
        onClose={() => setFormOpen(false)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('agentQueue.cannedPage.deleteTitle')}
        text={t('agentQueue.cannedPage.deleteText', { title: deleting?.title ?? '' })}
        confirmLabel={t('agentQueue.cannedPage.delete')}
        color="red"
        loading={remove.isPending}
        error={<FormAlert error={remove.error} />}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
        }
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
