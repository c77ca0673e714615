// Focus helpers used as Svelte attachments: move focus to a view's heading (or primary button) when it appears.

/** `{@attach focusOnMount}`: focuses the element once it is in the document. */
export function focusOnMount(element: HTMLElement): void {
  element.focus();
}
