// The framework's floor for the benchmark: an App Router page with nothing of ours in it.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
