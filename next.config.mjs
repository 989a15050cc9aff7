/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The floating dev badge covers the theme switch in the sidebar.
  devIndicators: false,
  // Lets two builds (say, two test runs) live side by side without sharing .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Server-only packages with their own module loading (graphile-worker brings node-postgres).
  serverExternalPackages: ["postgres", "@electric-sql/pglite", "graphile-worker", "pg", "nodemailer"],
};

export default nextConfig;
