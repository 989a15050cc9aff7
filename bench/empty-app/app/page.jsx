export const metadata = { title: "Empty page" };

export default function EmptyPage() {
  return (
    <main>
      <h1>An empty Next.js page</h1>
      <p>What Next.js and React cost by themselves, measured beside Kintsugi&apos;s pages.</p>
    </main>
  );
}
