import { z } from 'zod';

/**
 * The stable error codes the API returns; the web app has a translation for each
 * (`errors.<code>` in the locale files). Add here first, then to both locale files.
 */
export const ERROR_CODES = [
  'bad_request',
  'malformed_json',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'account_inactive',
  'sso_from_environment',
  'forbidden',
  'csrf_origin_mismatch',
  'not_found',
  'conflict',
  'email_taken',
  'setup_done',
  'invalid_setup_code',
  'invitation_invalid',
  'last_company_admin',
  'last_admin',
  'wrong_current_password',
  'company_archived',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'too_many_login_attempts',
  'internal',
  'unavailable',
  'server_busy',
  'task_already_running',
  'task_not_running',
  'ticket_closed',
  'package_ended',
  'package_paused',
  'package_exhausted_confirmation_required',
  'colleague_task_confirmation_required',
  'email_not_failed',
  'reset_link_invalid',
  'reset_link_expired',
  'too_many_reset_requests',
  'mailbox_from_environment',
  'package_already_chosen',
  'inbound_email_not_held',
  'inbound_email_not_failed',
  'dispute_exists',
  'dispute_closed',
  'statement_period_open',
  'idempotency_key_reused',
  'api_token_invalid',
  'api_token_expired',
  'api_token_revoked',
  'api_token_scope_missing',
  'api_token_route_not_allowed',
  'webhook_endpoint_inactive',
  'second_factor_invalid',
  'login_step_expired',
  'reauthentication_required',
  'reauthentication_failed',
  'two_factor_enrolment_required',
  'totp_not_started',
  'totp_already_enabled',
  'two_factor_not_enabled',
  'email_unchanged',
  'email_change_link_invalid',
  'email_change_link_expired',
  'email_domain_not_allowed',
  'estimate_approval_required',
  'estimate_below_work',
  'estimate_not_pending',
  'estimate_link_invalid',
  'ticket_cap_below_work',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level codes for validation errors (`validation.<code>` in the locale files). */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid_email',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'invalid_url',
  'invalid_vat',
  'passwords_differ',
  'confirm_long_duration',
  'in_future',
  'outside_package',
  'date_out_of_range',
  'end_before_start',
  'invalid_character',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, plus our `code` and per-field `errors`. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
  retryAfterSeconds: z.number().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
