/** Only same-site paths may be returned to after signing in (no open redirects). */
export function safeNextPath(value: string | null | undefined, fallback = "/dashboard") {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
