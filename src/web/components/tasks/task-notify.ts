import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { problemMessage } from '../../lib/problem-text';

/** A refused task action, said in a notification (server-side failures already have one). */
export function notifyTaskError(t: TFunction, error: unknown): void {
  if (isApiError(error) && !error.isServerSide) {
    notifications.show({ color: 'red', message: problemMessage(t, error.problem) });
  }
}

/** A task action that worked, said briefly. */
export function notifyTaskDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
