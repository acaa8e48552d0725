import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldError } from '../../../shared/problem';

/** A new password, typed twice. */
export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
}

/** The second typing must match the first. */
export const passwordsMatch = (values: NewPasswordValues): FieldError[] =>
  values.confirmPassword === values.password
    ? []
    : [{ field: 'confirmPassword', code: 'passwords_differ' }];

interface NewPasswordFieldsProps {
  /** The account's email, for password managers to save the new password under. */
  account: string;
  form: UseFormReturnType<NewPasswordValues>;
  labels: { password: string; help: string; confirm: string };
}

/** The fields of a page that sets a password (invitation, reset): the password twice. */
export function NewPasswordFields({ account, form, labels }: NewPasswordFieldsProps) {
  return (
    <>
      <input type="email" name="username" autoComplete="username" value={account} readOnly hidden />
      <PasswordInput
        label={labels.password}
        description={labels.help}
        autoComplete="new-password"
        required
        withAsterisk={false}
        data-autofocus
        {...form.getInputProps('password')}
      />
      <PasswordInput
        label={labels.confirm}
        autoComplete="new-password"
        required
        withAsterisk={false}
        {...form.getInputProps('confirmPassword')}
      />
    </>
  );
}
