import { useEffect, useRef } from 'react';

/** A native <dialog> shown modally while `open` is true (focus trap, Escape and backdrop for free). */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return ref;
}
