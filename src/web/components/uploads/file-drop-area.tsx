import { FileButton, UnstyledButton } from '@mantine/core';
import { type DragEvent, type ReactNode, useState } from 'react';
import classes from './file-drop-area.module.css';

interface FileDropAreaProps {
  onFiles: (files: File[]) => void;
  /** The file input's id and accessible name (the field's label points at it). */
  inputId: string;
  label: string;
  compact?: boolean;
  children: ReactNode;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * An area to drop files on or press to pick them: Mantine's FileButton for the
 * picker (a button, so the keyboard reaches it), and the browser's own drag and
 * drop events for dropping. Not @mantine/dropzone: it declares Node 22 for its
 * install, and this product runs on Node 20.
 */
export function FileDropArea({ onFiles, inputId, label, compact, children }: FileDropAreaProps) {
  const [isOver, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setOver(false);
    onFiles(Array.from(event.dataTransfer.files));
  };
  return (
    <FileButton
      multiple
      onChange={(files) => files.length > 0 && onFiles(files)}
      inputProps={{ id: inputId, 'aria-label': label }}
    >
      {({ onClick }) => (
        <UnstyledButton
          type="button"
          onClick={onClick}
          className={classes.area}
          data-compact={compact || undefined}
          data-over={isOver || undefined}
          onDragOver={(event) => {
            if (!hasFiles(event)) return;
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          {children}
        </UnstyledButton>
      )}
    </FileButton>
  );
}
