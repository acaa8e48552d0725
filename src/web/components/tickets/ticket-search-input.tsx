import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSearch } from '../icons';

interface TicketSearchInputProps {
  /** The search in the address bar. */
  value: string;
  onSearch: (q: string) => void;
}

/** The list's search box: the list follows a moment after typing stops. */
export function TicketSearchInput({ value, onSearch }: TicketSearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 350);

  // Back/forward changed the search: show it.
  useEffect(() => setText(value), [value]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fires when typing settles
  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced);
  }, [debounced]);

  return (
    <TextInput
      type="search"
      aria-label={t('tickets.list.search')}
      placeholder={t('tickets.list.searchPlaceholder')}
      leftSection={<IconSearch size={18} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('tickets.list.clearSearch')}
            onClick={() => {
              setText('');
              onSearch('');
            }}
          />
        ) : null
      }
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(text);
      }}
      size="sm"
      style={{ flex: '1 1 260px' }}
      maxLength={200}
    />
  );
}
