import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/roles';
import { useMe } from '../../api/auth';
import { useUpdateMe } from '../../api/me';
import { applyLocale, isLocale } from '../../i18n';

/** EL / EN: switches at once; for a signed-in user the choice is also saved to their account. */
export function LanguageSwitch({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const updateMe = useUpdateMe();

  const change = (value: string) => {
    if (!isLocale(value)) return;
    applyLocale(value);
    if (me && me.locale !== value) updateMe.mutate({ locale: value });
  };

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      radius="md"
      fullWidth={fullWidth}
      value={i18n.language}
      onChange={change}
      data={LOCALES.map((locale) => ({ value: locale, label: locale.toUpperCase() }))}
    />
  );
}
