/**
 * The Node.js releases Hindsight runs on: those that Prisma 7 supports (20.19+, 22.12+, 24+), which
 * also satisfy Next.js 16 (20.9+). Odd-numbered releases are not supported by Prisma.
 */
export const NODE_REQUIREMENT = "20.19 or newer (20.19+, 22.12+ or 24+)";

/** Whether a Node.js version (`process.versions.node`, e.g. "20.20.2") is one Hindsight runs on. */
export function supportedNode(version: string): boolean {
  const match = /^v?(\d+)\.(\d+)\./.exec(version);
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major >= 24;
}

/** The message for an unsupported Node.js, or null when this one will do. */
export function nodeVersionProblem(version: string): string | null {
  if (supportedNode(version)) return null;
  return `Hindsight needs Node.js ${NODE_REQUIREMENT}; this is Node.js ${version}. Install a supported release (for example with nvm: \`nvm install 22\`) and run the command again.`;
}
