/** What a session file says it is; in its own module so a quick look at a file needs no schema library. */
export const SESSION_KIND = 'outsource-assess-session';
