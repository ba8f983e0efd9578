import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** The OpenAPI document is generated from the routes' Zod schemas: it cannot drift from the code. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "AnSinh API",
        description:
          "API of the AnSinh social-insurance platform. Errors are RFC 9457 problem+json documents whose `detail` and `errors[]` carry Vietnamese (`vi`) and English (`en`) text.",
        version: "0.1.0",
      },
      tags: [{ name: "system", description: "Health and metadata" }],
    },
    transform: jsonSchemaTransform,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
}
