// The short form of the save status for narrow toolbars: the label's first words ("3 unsaved",
// "Offline"), so the words stay on screen where "3 unsaved changes" does not fit. The rest is
// only hidden by CSS on narrow screens; the label as a whole stays the status's text.

/** The label split as [short form, the rest]; the rest is empty when there is no shorter form. */
export function splitStatusLabel(label: string): [string, string] {
  const match = /^(\d+ unsaved)( changes?)$/.exec(label) ?? /^(Offline)( — .+)$/.exec(label)
  return match ? [match[1] ?? label, match[2] ?? ''] : [label, '']
}
