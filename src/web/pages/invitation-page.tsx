import { Button, DataList, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { acceptInvitationRequestSchema, type InvitationInfo } from '../../shared/api/invitations';
import { isApiError } from '../api/client';
import { useAcceptInvitation, useInvitation, useRecheckInvitation } from '../api/invitations';
import { InvitationUnavailable } from '../components/contacts/invitation-unavailable';
import { PageLoader } from '../components/feedback/page-loader';
import { QueryError } from '../components/feedback/query-error';
import { FormAlert } from '../components/form/form-alert';
import { schemaValidator, serverFieldErrors } from '../components/form/form-errors';
import {
  NewPasswordFields,
  type NewPasswordValues as PasswordValues,
  passwordsMatch,
} from '../components/form/new-password-fields';
import { IconKey } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';
import { homePathFor } from '../lib/navigation';

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
          <FormAlert error={accept.error} />
          <NewPasswordFields
            account={info.email ?? ''}
            form={form}
            labels={{
              password: t('invitation.password'),
              help: t('invitation.passwordHelp'),
              confirm: t('invitation.confirmPassword'),
            }}
          />
          <Button type="submit" size="md" fullWidth mt="xs" loading={accept.isPending}>
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
