import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordRequestSchema } from '../../shared/api/users';
import { apiRequest } from './client';

export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

/**
 * Changes one's own password (the current one is asked); every other session of
 * the user ends, this one stays. 400 wrong_current_password when it does not match.
 * Name, phone and language go through useUpdateMe (api/me.ts).
 */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) =>
      apiRequest<void>('POST', '/api/me/password', { body }),
  });
}
