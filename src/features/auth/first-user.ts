// The address of the first user just added from the users screen: the login screen that follows
// (the local admin is gone) says what happened and fills it in. Kept in the query cache, as page
// memory that a reload rightly forgets.
export const FIRST_USER_KEY = ['first-user-added'] as const
