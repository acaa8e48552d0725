import { Button, DataList, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { acceptInvitationRequestSchema, type InvitationInfo } from '../../shared/api/invitations';
import type { FieldError } from '../../shared/problem';
import { isApiError } from '../api/client';
import { useAcceptInvitation, useInvitation, useRecheckInvitation } from '../api/invitations';
import { InvitationUnavailable } from '../components/contacts/invitation-unavailable';
import { PageLoader } from '../components/feedback/page-loader';
import { QueryError } from '../components/feedback/query-error';
import { FormAlert } from '../components/form/form-alert';
import { schemaValidator, serverFieldErrors } from '../components/form/form-errors';
import { IconKey } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';
import { homePathFor } from '../lib/navigation';

interface PasswordValues {
  password: string;
  confirmPassword: string;
}

const passwordsMatch = (values: PasswordValues): FieldError[] =>
  values.confirmPassword === values.password
    ? []
    : [{ field: 'confirmPassword', code: 'passwords_differ' }];

/** /invitation/:token (public): who the link is for and a password, or why it no longer works. */
export default function InvitationPage() {
  const { token = '' } = useParams();
  const info = useInvitation(token);
  if (info.isPending) return <PageLoader />;
  if (info.isError) return <QueryError error={info.error} onRetry={() => void info.refetch()} />;
  const { state } = info.data;
  if (state !== 'valid') return <InvitationUnavailable state={state} />;
  return <AcceptInvitation token={token} info={info.data} />;
}

/** «Καλώς ήρθατε»: a password (twice), then the person is signed in and sent home. */
function AcceptInvitation({ token, info }: { token: string; info: InvitationInfo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const recheck = useRecheckInvitation(token);
  const form = useForm<PasswordValues>({
    initialValues: { password: '', confirmPassword: '' },
    validate: schemaValidator<PasswordValues>(acceptInvitationRequestSchema, passwordsMatch),
  });

  const submit = form.onSubmit(({ password }) =>
    accept.mutate(password, {
      onSuccess: (me) => navigate(homePathFor(me), { replace: true }),
      onError: (error) => {
        form.setErrors(serverFieldErrors(error, ['password']));
        // Expired or revoked while the page was open: show why instead of the form.
        if (isApiError(error) && error.code === 'invitation_invalid') void recheck();
      },
    }),
  );

  return (
    <AuthCard
      title={t('invitation.welcome', { name: info.firstName ?? '' })}
      subtitle={t('invitation.subtitle')}
      icon={<IconKey size={24} />}
      maxWidth={480}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <DataList withDivider labelWidth={110} size="sm">
            {info.companyName && (
              <DataList.Item>
                <DataList.ItemLabel c="dimmed">{t('invitation.company')}</DataList.ItemLabel>
                <DataList.ItemValue fw={600}>{info.companyName}</DataList.ItemValue>
              </DataList.Item>
            )}
            <DataList.Item>
              <DataList.ItemLabel c="dimmed">{t('invitation.email')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
                {info.email}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          {/* For password managers: the account the new password belongs to. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={info.email ?? ''}
            readOnly
            hidden
          />
          <FormAlert error={accept.error} />
          <PasswordInput
            label={t('invitation.password')}
            description={t('invitation.passwordHelp')}
            autoComplete="new-password"
            required
            withAsterisk={false}
            data-autofocus
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('invitation.confirmPassword')}
            autoComplete="new-password"
            required
            withAsterisk={false}
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" size="md" fullWidth mt="xs" loading={accept.isPending}>
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
