import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { problemMessage } from '../../lib/problem-text';

/** A short green confirmation at the corner of the screen («Αποθηκεύτηκε»). */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'green', title, message, autoClose: 5000 });
}

/** A refused change, said in a red notification (network and server failures already get one). */
export function notifyFailure(t: TFunction, error: unknown): void {
  if (isApiError(error) && !error.isServerSide) {
    notifications.show({
      color: 'red',
      message: problemMessage(t, error.problem),
      autoClose: 8000,
    });
  }
}
