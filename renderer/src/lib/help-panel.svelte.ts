// Whether the break window shows Help in place of its screens (BreakView: that view's `state` name hides the rune).
export class HelpPanel {
  open = $state(false);
}
