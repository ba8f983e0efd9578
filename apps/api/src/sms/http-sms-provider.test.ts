import { afterEach, describe, expect, it } from "vitest";
import { createHttpSmsProvider } from "./http-sms-provider";
import { startTestSmsGateway } from "./test-sms-gateway";

type Gateway = Awaited<ReturnType<typeof startTestSmsGateway>>;

describe("the HTTP SMS provider", () => {
  let gateway: Gateway | undefined;
  const start = async (answer: Parameters<typeof startTestSmsGateway>[0]) => {
    gateway = await startTestSmsGateway(answer);
    return gateway;
  };
  afterEach(() => gateway?.close());

  it("POSTs the message as JSON with the bearer token", async () => {
    const { url, requests } = await start((response) => response.writeHead(202).end("queued"));
    await createHttpSmsProvider({ url, token: "s3cret" }).send("0912345678", "Ma OTP: 123456");
    expect(requests).toEqual([
      {
        method: "POST",
        authorization: "Bearer s3cret",
        contentType: "application/json",
        body: JSON.stringify({ to: "0912345678", text: "Ma OTP: 123456" }),
      },
    ]);
  });

  it("fails with the status when the gateway does not answer 2xx", async () => {
    const { url } = await start((response) => response.writeHead(500).end("boom"));
    await expect(createHttpSmsProvider({ url, token: "t" }).send("0912345678", "x")).rejects.toThrow(
      "SMS gateway answered 500 Internal Server Error",
    );
  });

  it("gives up on a gateway that does not answer in time", async () => {
    const { url, requests } = await start(() => {});
    await expect(
      createHttpSmsProvider({ url, token: "t", timeoutMs: 200 }).send("0912345678", "x"),
    ).rejects.toThrow("SMS gateway did not answer within 200 ms");
    expect(requests).toHaveLength(1);
  });

  it("says so when nothing listens at the gateway's address", async () => {
    const { url, close } = await start((response) => response.end());
    await close();
    await expect(createHttpSmsProvider({ url, token: "t" }).send("0912345678", "x")).rejects.toThrow(
      /^SMS gateway could not be reached: .*ECONNREFUSED/,
    );
  });
});
