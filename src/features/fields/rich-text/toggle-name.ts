// The accessible name of a formatting button that shows a short form ("H2", "B"): it starts with
// what the button shows (WCAG 2.5.3, label in name: a speech user says "click H2") and goes on
// with the long form, unless every word shown is already in the long form ("• List" in "Bullet
// list").

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

export function toggleName(short: string, name: string): string {
  const have = words(name)
  return words(short).every((word) => have.includes(word)) ? name : `${short} ${name}`
}
