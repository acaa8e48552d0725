import { Select } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffMembers } from '../../api/tickets';

interface MentionPickerProps {
  opened: boolean;
  onOpenChange: (opened: boolean) => void;
  /** A staff member was chosen. */
  onPick: (person: { id: string; name: string }) => void;
}

/**
 * «Αναφορά σε μέλος του προσωπικού»: the staff list, searchable, for an internal
 * note. Typing @ in the note opens it with the focus in its search; a choice puts
 * the mention in the note (the server checks it is staff).
 */
export function MentionPicker({ opened, onOpenChange, onPick }: MentionPickerProps) {
  const { t } = useTranslation();
  const staff = useStaffMembers();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (opened) input.current?.focus();
  }, [opened]);
  const people = staff.data?.items ?? [];
  return (
    <Select
      ref={input}
      label={t('ticketColleagues.mentions.label')}
      description={t('ticketColleagues.mentions.hint')}
      placeholder="@"
      searchable
      value={null}
      data={people.map((person) => ({ value: person.id, label: person.name }))}
      nothingFoundMessage={t('ticketColleagues.mentions.noMatch')}
      dropdownOpened={opened}
      onDropdownOpen={() => onOpenChange(true)}
      onDropdownClose={() => onOpenChange(false)}
      onChange={(id) => {
        const person = people.find((candidate) => candidate.id === id);
        if (person) onPick({ id: person.id, name: person.name });
      }}
    />
  );
}
