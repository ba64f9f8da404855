// The side panel's rich-text field, loaded on demand (see FieldList) and ahead of need.
export const loadRichTextField = () => import('./RichTextField')
