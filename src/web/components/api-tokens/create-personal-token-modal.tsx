import { useCreatePersonalToken } from '../../api/api-tokens';
import { initialTokenValues, tokenRequestOf } from './token-form-fields';
import { TokenFormModal } from './token-form-modal';

/** «Νέο κλειδί» on the profile: a personal token, with one's own rights or fewer. */
export function CreatePersonalTokenModal(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const create = useCreatePersonalToken();
  return (
    <TokenFormModal
      {...props}
      initialValues={initialTokenValues}
      create={create}
      requestOf={tokenRequestOf}
    />
  );
}
