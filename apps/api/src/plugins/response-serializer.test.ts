import Fastify from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Config } from "../config";
import { responseSerializer } from "./response-serializer";

/** A route that answers with whatever the test gives it, under a schema of one field. */
async function appAnswering(env: Config["env"], body: unknown) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(env));
  app.get(
    "/r",
    { schema: { response: { 200: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }) } } },
    () => body as never,
  );
  await app.ready();
  return app;
}

describe("responseSerializer", () => {
  it("sends the presenter's JSON once it is exactly what the schema declares", async () => {
    const app = await appAnswering("test", { month: "2026-11" });
    const response = await app.inject("/r");
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"month":"2026-11"}');
  });

  it("fails a response with a field the schema does not declare, outside production", async () => {
    const app = await appAnswering("test", { month: "2026-11", nationalId: "001090000001" });
    const response = await app.inject("/r");
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("001090000001");
  });

  it("fails a response with a value the schema refuses, outside production", async () => {
    const app = await appAnswering("development", { month: "11/2026" });
    expect((await app.inject("/r")).statusCode).toBe(500);
  });

  it("sends what the presenter built in production, unchecked: the tests above are the guard", async () => {
    const app = await appAnswering("production", { month: "11/2026", extra: 1 });
    const response = await app.inject("/r");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ month: "11/2026", extra: 1 });
  });
});
