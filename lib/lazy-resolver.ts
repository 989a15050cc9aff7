import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A react-hook-form resolver that loads on first use instead of with the page: zod and a
 * schema are about 30 KB gzip, more than the rest of a sign-in page's own code. Call
 * `preload` when the form is first touched so validation is ready by the first submit.
 * If it cannot load (the connection dropped), the form is sent unchecked and the server,
 * which validates with the same schema, answers instead.
 */
export function lazyResolver<T extends FieldValues>(load: () => Promise<Resolver<T>>) {
  let loading: Promise<Resolver<T> | null> | null = null;
  const preload = () =>
    (loading ??= load().catch(() => {
      loading = null;
      return null;
    }));
  const resolver: Resolver<T> = async (values, context, options) => {
    const loaded = await preload();
    return loaded ? loaded(values, context, options) : { values, errors: {} };
  };
  return { resolver, preload: () => void preload() };
}
