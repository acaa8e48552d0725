import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';

interface SavedViewNameModalProps {
  opened: boolean;
  title: string;
  /** The name it starts with (a rename), empty for a new view. */
  initialName: string;
  loading: boolean;
  error: unknown;
  onConfirm: (name: string) => void;
  onClose: () => void;
}

/** The name of a saved view, asked when saving the queue's filters or renaming them. */
export function SavedViewNameModal(props: SavedViewNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initialName);
  const [isMissing, setMissing] = useState(false);
  useEffect(() => {
    if (props.opened) {
      setName(props.initialName);
      setMissing(false);
    }
  }, [props.opened, props.initialName]);
  const serverError = serverFieldErrors(props.error, ['name']).name;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return setMissing(true);
          props.onConfirm(name.trim());
        }}
      >
        <Stack gap="md">
          {!serverError && <FormAlert error={props.error} />}
          <TextInput
            label={t('agentQueue.views.name')}
            value={name}
            maxLength={80}
            data-autofocus
            onChange={(event) => setName(event.currentTarget.value)}
            error={isMissing ? t('agentQueue.views.nameRequired') : serverError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('agentQueue.cannedPage.cancel')}
            </Button>
            <Button type="submit" loading={props.loading}>
              {t('agentQueue.cannedPage.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
