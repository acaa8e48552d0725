import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { IconSearch } from '../icons';

interface SearchInputProps {
  /** The search as it is in the address bar. */
  value: string;
  onSearch: (q: string) => void;
  /** Enter pressed: besides searching at once, e.g. open the ticket a number names. */
  onEnter?: (q: string) => void;
  label: string;
  placeholder: string;
  clearLabel: string;
  maxLength: number;
}

/**
 * A list's search box: the list follows a moment after typing stops (or at once
 * on Enter), and back/forward put the address bar's search back in the box.
 */
export function SearchInput({
  value,
  onSearch,
  onEnter,
  label,
  placeholder,
  clearLabel,
  maxLength,
}: SearchInputProps) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 350);

  useEffect(() => setText(value), [value]);

  // The page the box is on: a search that settles after the reader has followed a link
  // away (the next page may still be loading, this one still shown) must not bring them back.
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: fires when typing settles
  useEffect(() => {
    if (window.location.pathname !== pathname) return;
    if (debounced.trim() !== value.trim()) onSearch(debounced.trim());
  }, [debounced]);

  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={18} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={clearLabel}
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
        if (event.key !== 'Enter') return;
        onSearch(text.trim());
        onEnter?.(text.trim());
      }}
      size="sm"
      style={{ flex: '1 1 260px' }}
      maxLength={maxLength}
    />
  );
}
