/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite and postgres.js are server-only packages with their own module loading.
  serverExternalPackages: ["postgres", "@electric-sql/pglite"],
};

export default nextConfig;
