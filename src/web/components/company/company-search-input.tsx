import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSearch } from '../icons';

interface CompanySearchInputProps {
  /** The search in the address bar. */
  value: string;
  onSearch: (q: string) => void;
}

/** Search by name or ΑΦΜ: the list follows a moment after typing stops. */
export function CompanySearchInput({ value, onSearch }: CompanySearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);

  // Back/forward changed the search: show it.
  useEffect(() => setText(value), [value]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fires when typing settles
  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced.trim());
  }, [debounced]);

  return (
    <TextInput
      type="search"
      aria-label={t('companies.list.search')}
      placeholder={t('companies.list.searchPlaceholder')}
      leftSection={<IconSearch size={18} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('companies.list.clearSearch')}
            onClick={() => {
              setText('');
              onSearch('');
            }}
          />
        ) : null
      }
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      size="sm"
      maxLength={100}
      style={{ flex: '1 1 260px' }}
    />
  );
}
