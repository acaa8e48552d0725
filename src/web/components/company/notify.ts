import { notifications } from '@mantine/notifications';

/** A short green confirmation at the corner of the screen («Αποθηκεύτηκε»). */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'green', title, message, autoClose: 5000 });
}
