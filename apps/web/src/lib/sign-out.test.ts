import { describe, expect, it } from "vitest";
import { signOut } from "./sign-out";

/** A fetch that records its call and answers with the given response. */
function answering(response: Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return response;
  }) as typeof fetch;
  return { calls, fetcher };
}

describe("signOut", () => {
  it("posts to the auth library's sign-out endpoint with a JSON body", async () => {
    const { calls, fetcher } = answering(new Response('{"success":true}', { status: 200 }));
    await signOut(fetcher);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("/api/auth/sign-out");
    expect(calls[0]!.init).toMatchObject({ method: "POST", body: "{}", credentials: "same-origin" });
    expect(new Headers(calls[0]!.init!.headers).get("content-type")).toBe("application/json");
  });

  it("rejects with the server's message, or its status when the answer is not JSON", async () => {
    await expect(
      signOut(answering(new Response('{"message":"Invalid origin"}', { status: 403 })).fetcher),
    ).rejects.toThrow("Invalid origin");
    await expect(signOut(answering(new Response("<html>down</html>", { status: 502 })).fetcher)).rejects.toThrow(
      "The server answered 502",
    );
  });
});
