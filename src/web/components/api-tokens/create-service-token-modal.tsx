import { useTranslation } from 'react-i18next';
import { useCreateServiceToken } from '../../api/api-tokens';
import { ActsAsFields, type ActsAsValue } from './acts-as-fields';
import { initialTokenValues, type TokenFormValues, tokenRequestOf } from './token-form-fields';
import { TokenFormModal } from './token-form-modal';

type Values = TokenFormValues & { actsAs: ActsAsValue };

const initialValues: Values = {
  ...initialTokenValues,
  actsAs: { kind: 'company', companyId: null, userId: null, role: null },
};

/** «Νέο κλειδί» in the console: a service token for a company's contact or a staff user. */
export function CreateServiceTokenModal(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateServiceToken();
  return (
    <TokenFormModal
      {...props}
      initialValues={initialValues}
      create={create}
      requestOf={(values: Values) => ({
        ...tokenRequestOf(values),
        userId: values.actsAs.userId ?? '',
        role: values.actsAs.role ?? 'member',
      })}
      validateExtra={(values) => {
        const errors: Record<string, string> = {};
        if (!values.actsAs.userId) errors.userId = t('validation.required');
        if (!values.actsAs.role) errors.role = t('validation.required');
        return errors;
      }}
      extraFields={['userId', 'role']}
    >
      {(form) => (
        <ActsAsFields
          value={form.values.actsAs}
          onChange={(actsAs) => form.setFieldValue('actsAs', actsAs)}
          errors={{ userId: form.errors.userId, role: form.errors.role }}
        />
      )}
    </TokenFormModal>
  );
}
