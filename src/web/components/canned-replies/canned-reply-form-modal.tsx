import {
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CannedReply,
  type CannedReplyInput,
  cannedReplyInputSchema,
} from '../../../shared/api/canned-replies';
import { useCreateCannedReply, useUpdateCannedReply } from '../../api/canned-replies';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { VARIABLE_NAMES } from './variables-hint';

const FIELDS = ['title', 'body', 'language', 'isShared'] as const;

interface Values {
  title: string;
  body: string;
  language: 'el' | 'en';
  isShared: boolean;
}

interface CannedReplyFormModalProps {
  /** The reply being changed; null for a new one. */
  editing: CannedReply | null;
  opened: boolean;
  /** Admins may share a new reply with every agent. */
  canShare: boolean;
  onClose: () => void;
}

/** A new canned reply or a change to one: title, text with {{variables}}, language. */
export function CannedReplyFormModal({
  editing,
  opened,
  canShare,
  onClose,
}: CannedReplyFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateCannedReply();
  const update = useUpdateCannedReply();
  const mutation = editing ? update : create;
  const form = useForm<Values>({
    initialValues: { title: '', body: '', language: 'el', isShared: false },
    validate: schemaValidator<Values>(cannedReplyInputSchema),
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: refilled when another reply is opened, not on every render
  useEffect(() => {
    if (!opened) return;
    form.setValues(
      editing
        ? {
            title: editing.title,
            body: editing.body,
            language: editing.language,
            isShared: editing.isShared,
          }
        : { title: '', body: '', language: 'el', isShared: false },
    );
    form.resetDirty();
    create.reset();
    update.reset();
  }, [opened, editing?.id]);

  const submit = form.onSubmit((values) => {
    const onError = (error: unknown) => form.setErrors(serverFieldErrors(error, FIELDS));
    if (editing) {
      const { isShared: _, ...change } = values;
      update.mutate({ id: editing.id, ...change }, { onSuccess: onClose, onError });
    } else {
      create.mutate(values satisfies CannedReplyInput, { onSuccess: onClose, onError });
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(editing ? 'agentQueue.cannedPage.editTitle' : 'agentQueue.cannedPage.newTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={mutation.error} />
          <TextInput
            label={t('agentQueue.cannedPage.titleLabel')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('agentQueue.cannedPage.bodyLabel')}
            description={t('agentQueue.cannedPage.variables', VARIABLE_NAMES)}
            autosize
            minRows={5}
            maxRows={16}
            required
            {...form.getInputProps('body')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="canned-language">
              {t('agentQueue.cannedPage.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="canned-language"
              data={[
                { value: 'el', label: t('agentQueue.cannedPage.languages.el') },
                { value: 'en', label: t('agentQueue.cannedPage.languages.en') },
              ]}
              value={form.values.language}
              onChange={(value) => form.setFieldValue('language', value === 'en' ? 'en' : 'el')}
              style={{ alignSelf: 'flex-start' }}
            />
          </Stack>
          {canShare && !editing && (
            <Checkbox
              label={t('agentQueue.cannedPage.share')}
              description={t('agentQueue.cannedPage.shareHint')}
              {...form.getInputProps('isShared', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('agentQueue.cannedPage.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('agentQueue.cannedPage.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
