import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

interface GatewayRequest {
  method: string | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for the SMS gateway in tests (the edge of the world is
 * the only place we fake). `answer` decides the reply; one that never ends it makes the client time out.
 */
export async function startTestSmsGateway(answer: (response: ServerResponse) => void) {
  const requests: GatewayRequest[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    requests.push({
      method: request.method,
      authorization: request.headers.authorization,
      contentType: request.headers["content-type"],
      body,
    });
    answer(response);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    requests,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
