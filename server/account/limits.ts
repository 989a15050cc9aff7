// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const PASSWORD_MIN = 10;

export const DELETE_ACCOUNT_CONFIRMATION = "delete my account";
