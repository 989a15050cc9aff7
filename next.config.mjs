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
  // A counsellor's share link must never be indexed or kept by a search engine or cache.
  async headers() {
    return [{ source: "/share/:token*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" }] }];
  },
};

export default nextConfig;
