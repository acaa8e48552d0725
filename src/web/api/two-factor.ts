import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type {
  PasskeyAdded,
  ReauthenticateRequest,
  RecoveryCodes,
  SecondFactorRequest,
  SecuritySettings,
  TotpEnrolment,
  TwoFactorStatus,
  WebAuthnOptions,
  webAuthnResponseSchema,
} from '../../shared/api/two-factor';
import type { Me } from '../../shared/api/users';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

const TWO_FACTOR_KEY = ['me', 'two-factor'] as const;
const SECURITY_SETTINGS_KEY = ['security-settings'] as const;

// The WebAuthn helpers load only when a passkey is used, not with every page.
const webAuthn = () => import('@simplewebauthn/browser');

/** One's own second factors: the app, the recovery codes left, the passkeys. */
export function useTwoFactorStatus(enabled = true) {
  return useQuery({
    queryKey: TWO_FACTOR_KEY,
    queryFn: ({ signal }): Promise<TwoFactorStatus> => apiGet('/api/me/two-factor', { signal }),
    enabled,
  });
}

/** After a change to one's factors: the status and Me (mustEnrolSecondFactor) again. */
function useRefreshFactors() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: TWO_FACTOR_KEY });
    void queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true });
  };
}

export function useBeginTotp() {
  return useMutation({
    mutationFn: (): Promise<TotpEnrolment> => apiRequest('POST', '/api/me/two-factor/totp'),
  });
}

export function useConfirmTotp() {
  const refresh = useRefreshFactors();
  return useMutation({
    mutationFn: (code: string): Promise<RecoveryCodes> =>
      apiRequest('POST', '/api/me/two-factor/totp/confirm', { body: { code } }),
    onSuccess: refresh,
  });
}

export function useRemoveTotp() {
  const refresh = useRefreshFactors();
  return useMutation({
    mutationFn: (): Promise<void> => apiRequest('DELETE', '/api/me/two-factor/totp'),
    onSuccess: refresh,
  });
}

export function useRegenerateRecoveryCodes() {
  const refresh = useRefreshFactors();
  return useMutation({
    mutationFn: (): Promise<RecoveryCodes> =>
      apiRequest('POST', '/api/me/two-factor/recovery-codes'),
    onSuccess: refresh,
  });
}

/** Creates a passkey in the browser (it asks the person) and registers it under a name. */
export function useAddPasskey() {
  const refresh = useRefreshFactors();
  return useMutation({
    mutationFn: async (name: string): Promise<PasskeyAdded> => {
      const options: WebAuthnOptions = await apiRequest(
        'POST',
        '/api/me/two-factor/passkeys/options',
      );
      const { startRegistration } = await webAuthn();
      const response = await startRegistration({ optionsJSON: options as never });
      return apiRequest('POST', '/api/me/two-factor/passkeys', {
        // A copy as a plain object: the document's outline (id, rawId, type, and more).
        body: { name, response: { ...response } },
      });
    },
    onSuccess: refresh,
  });
}

export function useRemovePasskey() {
  const refresh = useRefreshFactors();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/me/two-factor/passkeys/{id}', { params: { id } }),
    onSuccess: refresh,
  });
}

/** The assertion of one of the user's passkeys for a challenge got from `optionsPath`. */
async function passkeyAssertion(
  optionsPath:
    | '/api/auth/second-factor/passkey-options'
    | '/api/auth/reauthenticate/passkey-options',
): Promise<z.input<typeof webAuthnResponseSchema>> {
  const options: WebAuthnOptions = await apiRequest('POST', optionsPath);
  const { startAuthentication } = await webAuthn();
  return { ...(await startAuthentication({ optionsJSON: options as never })) };
}

/** The second step of a login: a code, a recovery code, or (`passkey: true`) a passkey. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (proof: SecondFactorRequest | { passkey: true }) => {
      const body =
        'passkey' in proof && proof.passkey === true
          ? { passkey: await passkeyAssertion('/api/auth/second-factor/passkey-options') }
          : proof;
      const me: Me = await apiRequest('POST', '/api/auth/second-factor', { body });
      return me;
    },
    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
}

/** Proves again who one is (password, code, or `passkey: true`), for sensitive changes. */
export async function reauthenticate(
  proof: Exclude<ReauthenticateRequest, { passkey: unknown }> | { passkey: true },
): Promise<void> {
  const body =
    'passkey' in proof
      ? { passkey: await passkeyAssertion('/api/auth/reauthenticate/passkey-options') }
      : proof;
  await apiRequest('POST', '/api/auth/reauthenticate', { body });
}

/** «Υποχρεωτική διπλή επαλήθευση για το προσωπικό» (admins). */
export function useSecuritySettings(enabled: boolean) {
  return useQuery({
    queryKey: SECURITY_SETTINGS_KEY,
    queryFn: ({ signal }): Promise<SecuritySettings> =>
      apiGet('/api/security-settings', { signal }),
    enabled,
  });
}

export function useUpdateSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SecuritySettings): Promise<SecuritySettings> =>
      apiRequest('PUT', '/api/security-settings', { body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(SECURITY_SETTINGS_KEY, settings);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true });
    },
  });
}

/** An admin clears a person's second factors (a lost phone). */
export function useResetTwoFactor() {
  return useMutation({
    mutationFn: (userId: string): Promise<void> =>
      apiRequest('POST', '/api/users/{id}/two-factor/reset', { params: { id: userId } }),
  });
}
