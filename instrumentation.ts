/**
 * Runs once when a server starts: refuse to serve production without a real session
 * secret, stamp each request with its connection's address (server/peer-address.ts), and
 * start the job worker that sends mail.
 */
export async function register() {
  if (process.env.NODE_ENV === "production" && process.env.NEXT_RUNTIME === "nodejs" && !process.env.NEXTAUTH_SECRET) {
    console.error(
      "NEXTAUTH_SECRET is not set. In production Kintsugi needs a long random secret to sign sessions " +
        "(for example: `openssl rand -base64 32`). Set it in the environment and start again.",
    );
    process.exit(1);
  }
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddresses } = await import("./server/peer-address");
    stampPeerAddresses();
    const { startAppJobWorker } = await import("./server/jobs/app-worker");
    await startAppJobWorker();
  }
}
