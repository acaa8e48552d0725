import type { Mailbox, MailboxInput, MailboxSecurity } from '../../../shared/api/mailboxes';

/** The form as typed: the port may be half-typed, the password empty. */
export interface MailboxFormValues {
  name: string;
  address: string;
  host: string;
  port: number | string;
  security: MailboxSecurity;
  username: string;
  password: string;
  folder: string;
  processedFolder: string;
  isActive: boolean;
}

/** The fields a server's field error may name. */
export const MAILBOX_FIELDS = [
  'name',
  'address',
  'host',
  'port',
  'security',
  'username',
  'password',
  'folder',
  'processedFolder',
  'isActive',
];

/** The usual port of each kind of connection, put in when the kind changes. */
export const DEFAULT_PORTS: Record<MailboxSecurity, number> = {
  tls: 993,
  starttls: 143,
  none: 143,
};

/** A saved mailbox as the form shows it (never its password), or a new one's defaults. */
export const mailboxValuesOf = (mailbox: Mailbox | null): MailboxFormValues => ({
  name: mailbox?.name ?? '',
  address: mailbox?.address ?? '',
  host: mailbox?.host ?? '',
  port: mailbox?.port ?? DEFAULT_PORTS.tls,
  security: mailbox?.security ?? 'tls',
  username: mailbox?.username ?? '',
  // Never sent by the server: typed only to set or change it.
  password: '',
  folder: mailbox?.folder ?? 'INBOX',
  processedFolder: mailbox?.processedFolder ?? 'Processed',
  isActive: mailbox?.isActive ?? true,
});

/** What the API is sent; an empty password is left out, so a saved one is kept. */
export const mailboxRequestOf = (values: MailboxFormValues): MailboxInput => ({
  name: values.name.trim(),
  address: values.address.trim(),
  host: values.host.trim(),
  port: values.port === '' ? Number.NaN : Number(values.port),
  security: values.security,
  username: values.username.trim(),
  ...(values.password ? { password: values.password } : {}),
  folder: values.folder.trim(),
  processedFolder: values.processedFolder.trim(),
  isActive: values.isActive,
});
