import type { MetadataRoute } from "next";

/* Installable as a home-screen app. The name stays plain: it is what shows under the icon. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kintsugi",
    short_name: "Kintsugi",
    description: "A private space for two partners rebuilding trust.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    // The paper colour of the light theme (app/globals.css).
    background_color: "#faf7f2",
    theme_color: "#faf7f2",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
