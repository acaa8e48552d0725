import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RATING_VALUES,
  type RatingInput,
  type RatingValue,
} from '../../../shared/api/ticket-ratings';
import { FormAlert } from '../form/form-alert';
import { RatingIcon } from './rating-icons';

interface RatingFormProps {
  /** The choice already made, e.g. by the link pressed in the email. */
  initial?: RatingValue | undefined;
  error: unknown;
  isPending: boolean;
  onSubmit: (input: RatingInput) => void;
}

/**
 * «Πώς τα πήγαμε;»: good or bad (thumbs), an optional comment, and a button. Nothing
 * is recorded before the button: opening a link or choosing a thumb only selects.
 */
export function RatingForm({ initial, error, isPending, onSubmit }: RatingFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<RatingValue | undefined>(initial);
  const [comment, setComment] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!choice) return;
        onSubmit({ rating: choice, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      }}
    >
      <Stack gap="sm">
        <FormAlert error={error} />
        <Group gap="sm" role="group" aria-label={t('rating.question')}>
          {RATING_VALUES.map((value) => (
            <Button
              key={value}
              type="button"
              variant={choice === value ? 'filled' : 'default'}
              color={value === 'good' ? 'teal' : 'red'}
              leftSection={<RatingIcon rating={value} />}
              aria-pressed={choice === value}
              onClick={() => setChoice(value)}
            >
              {t(`rating.values.${value}`)}
            </Button>
          ))}
        </Group>
        <Textarea
          label={t('rating.comment')}
          placeholder={t('rating.commentPlaceholder')}
          autosize
          minRows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" disabled={!choice} loading={isPending}>
            {t('rating.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
