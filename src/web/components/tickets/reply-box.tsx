import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { replyRequestSchema, type TicketDetail } from '../../../shared/api/tickets';
import { mentionToken } from '../../../shared/tickets/mentions';
import { useTicketTasks } from '../../api/tasks';
import { useReplyToTicket, useTicketFormOptions } from '../../api/tickets';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconLock, IconSend } from '../icons';
import { AttachmentsInput } from '../uploads/attachments-input';
import { UploadsNotReady } from '../uploads/upload-list';
import { useUploads } from '../uploads/use-uploads';
import { CannedReplyPicker } from './canned-reply-picker';
import { insertAtCursor } from './insert-at-cursor';
import { MentionPicker } from './mention-picker';
import type { TicketPageState } from './use-queue-keys';

type Mode = 'public' | 'internal';

const FIELDS = ['body', 'attachmentIds'] as const;

/** «Απάντηση» with text and files; staff may switch to an internal note the customer never sees. */
export function ReplyBox({ ticket, forStaff }: { ticket: TicketDetail; forStaff: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('public');
  const reply = useReplyToTicket(ticket.number);
  // The upload limits come with the form options (staff ask for the ticket's company).
  const options = useTicketFormOptions(forStaff ? ticket.company.id : undefined);
  const uploads = useUploads(options.data?.uploadLimits);
  const form = useForm<{ body: string }>({
    initialValues: { body: '' },
    validate: schemaValidator<{ body: string }>(replyRequestSchema),
  });
  const isInternal = mode === 'internal';
  const textarea = useRef<HTMLTextAreaElement>(null);
  // «r» in the queue opened this page to answer: the cursor starts in the box.
  const focusReply = Boolean((useLocation().state as TicketPageState | null)?.focusReply);
  const [isPickerOpen, setPickerOpen] = useState(false);
  const [hasOpenedPicker, setHasOpenedPicker] = useState(false);
  const openPicker = () => {
    setHasOpenedPicker(true);
    setPickerOpen(true);
  };
  const insertCanned = (text: string) => {
    setPickerOpen(false);
    const element = textarea.current;
    const { value, caret } = insertAtCursor(form.values.body, text, element);
    form.setFieldValue('body', value);
    // After the dialog gives the focus back: the caret right after the inserted text.
    setTimeout(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };
  // @mentions in an internal note: typing @ opens the staff picker; a choice turns that @ into a mention.
  const [isMentionOpen, setMentionOpen] = useState(false);
  const mentionAt = useRef<number | null>(null);
  const insertMention = (person: { id: string; name: string }) => {
    setMentionOpen(false);
    const element = textarea.current;
    const token = `${mentionToken(person.name, person.id)} `;
    const body = form.values.body;
    const at = mentionAt.current;
    mentionAt.current = null;
    const { value, caret } =
      at !== null && body[at - 1] === '@'
        ? { value: body.slice(0, at - 1) + token + body.slice(at), caret: at - 1 + token.length }
        : insertAtCursor(body, token, element);
    form.setFieldValue('body', value);
    setTimeout(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };
  const bodyKeys = getHotkeyHandler(
    forStaff
      ? [
          ['mod+Enter', () => submit()],
          ['mod+/', openPicker],
        ]
      : [['mod+Enter', () => submit()]],
  );
  const onBodyKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // «/» as the first character asks for a canned reply, as in other help desks.
    if (
      forStaff &&
      event.key === '/' &&
      form.values.body === '' &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      openPicker();
      return;
    }
    if (forStaff && isInternal && event.key === '@') {
      // After the @ is in the text: remember where, then let the picker take the focus.
      setTimeout(() => {
        mentionAt.current = textarea.current?.selectionStart ?? null;
        setMentionOpen(true);
      });
    }
    bodyKeys(event);
  };
  // «Αναμονή απάντησης πελάτη»: by default a staff reply waits for the customer unless a
  // task runs on the ticket (the same default as the server's status machine).
  const tasks = useTicketTasks(ticket.number);
  const isTaskRunning = Boolean(tasks.data?.items.some((task) => task.isRunning));
  const [waitChoice, setWaitChoice] = useState<boolean | null>(null);
  const waitForCustomer = waitChoice ?? !isTaskRunning;
  // Sending waits for every file; the reason shows on «Αρχεία» until the files are ready.
  const [blockedByUploads, setBlockedByUploads] = useState(false);
  const uploadsNotReady = uploads.isUploading || uploads.hasFailed;
  const uploadsError =
    blockedByUploads && uploadsNotReady ? (
      <UploadsNotReady pending={uploads.isUploading} />
    ) : (
      form.errors.attachmentIds
    );

  const submit = form.onSubmit(({ body }) => {
    if (uploadsNotReady) {
      setBlockedByUploads(true);
      return;
    }
    const choice = forStaff && !isInternal ? { waitForCustomer } : {};
    reply.mutate(
      { body, isInternal, attachmentIds: uploads.attachmentIds, ...choice },
      {
        onSuccess: () => {
          form.reset();
          setWaitChoice(null);
          uploads.clear();
          setBlockedByUploads(false);
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
      },
    );
  });

  return (
    <Paper
      withBorder
      shadow="xs"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-label={t('tickets.reply.title')}
      style={
        isInternal
          ? {
              background: 'var(--mantine-color-yellow-0)',
              borderColor: 'var(--mantine-color-yellow-4)',
            }
          : undefined
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {ticket.status === 'closed' && (
            <Alert color="gray" variant="light" title={t('tickets.reply.closedTitle')}>
              {t(forStaff ? 'tickets.reply.closedTextStaff' : 'tickets.reply.closedText')}
            </Alert>
          )}
          {ticket.abilities.addInternalNote && (
            <SegmentedControl
              aria-label={t('tickets.reply.mode')}
              value={mode}
              onChange={(value) => setMode(value === 'internal' ? 'internal' : 'public')}
              data={[
                { value: 'public', label: t('tickets.reply.public') },
                { value: 'internal', label: t('tickets.reply.internal') },
              ]}
              w={{ base: '100%', xs: 'auto' }}
              style={{ alignSelf: 'flex-start' }}
            />
          )}
          <FormAlert error={reply.error} />
          <Textarea
            label={t(isInternal ? 'tickets.reply.internalLabel' : 'tickets.reply.label')}
            placeholder={t(
              isInternal ? 'tickets.reply.internalPlaceholder' : 'tickets.reply.placeholder',
            )}
            autosize
            minRows={3}
            maxRows={14}
            required
            withAsterisk={false}
            ref={textarea}
            autoFocus={focusReply}
            {...form.getInputProps('body')}
            onKeyDown={onBodyKeyDown}
          />
          {forStaff && isInternal && (
            <MentionPicker
              opened={isMentionOpen}
              onOpenChange={setMentionOpen}
              onPick={insertMention}
            />
          )}
          {forStaff && (
            <Group gap="xs">
              <Button variant="subtle" size="compact-sm" onClick={openPicker}>
                {t('agentQueue.canned.open')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('agentQueue.canned.shortcut')}
              </Text>
            </Group>
          )}
          {/* Mounted once opened: it asks for the replies only then. */}
          {hasOpenedPicker && (
            <CannedReplyPicker
              ticketNumber={ticket.number}
              opened={isPickerOpen}
              onClose={() => setPickerOpen(false)}
              onInsert={insertCanned}
            />
          )}
          <AttachmentsInput
            uploads={uploads}
            limits={options.data?.uploadLimits}
            label={t('tickets.new.files')}
            error={uploadsError}
            compact
          />
          {forStaff && !isInternal && (
            <Checkbox
              label={t('agentDay.reply.waitForCustomer')}
              description={t(
                isTaskRunning ? 'agentDay.reply.waitHintRunning' : 'agentDay.reply.waitHintIdle',
              )}
              checked={waitForCustomer}
              onChange={(event) => setWaitChoice(event.currentTarget.checked)}
            />
          )}
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {isInternal ? (
                <Group gap={4} component="span" wrap="nowrap">
                  <IconLock size={14} />
                  {t('tickets.reply.internalHint')}
                </Group>
              ) : (
                t('tickets.reply.shortcut')
              )}
            </Text>
            <Button
              type="submit"
              ml="auto"
              color={isInternal ? 'yellow' : undefined}
              leftSection={isInternal ? <IconLock size={18} /> : <IconSend size={18} />}
              loading={reply.isPending}
            >
              {t(isInternal ? 'tickets.reply.submitInternal' : 'tickets.reply.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
