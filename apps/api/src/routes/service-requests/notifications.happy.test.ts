import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenWithRequest, officeStaff, walk } from "./service-request-fixture";

describe.each(testDatabases)(
  "GET /api/notifications and POST /api/notifications/read on $kind",
  (database) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(database);
    });
    afterAll(() => t.close());

    it("counts unread notifications and marks some, then all, read", async () => {
      const { cookie, request } = await citizenWithRequest(t);
      const reviewer = await officeStaff(t);
      await walk(t, reviewer.cookie, request.id, [{ action: "receive" }, { action: "start" }]);
      const list = await t.app.inject({ method: "GET", url: "/api/notifications", headers: { cookie } });
      expect(list.json().unread).toBe(3);
      const [newest] = list.json().items;
      expect(newest).toMatchObject({
        requestId: request.id,
        read: false,
        title: {
          vi: `Hồ sơ ${request.number} đang được giải quyết`,
          en: `Request ${request.number} in progress`,
        },
      });
      const one = await t.app.inject({
        method: "POST",
        url: "/api/notifications/read",
        headers: { cookie },
        payload: { ids: [newest.id] },
      });
      expect(one.json().unread).toBe(2);
      expect(one.json().items[0].read).toBe(true);
      const all = await t.app.inject({
        method: "POST",
        url: "/api/notifications/read",
        headers: { cookie },
        payload: {},
      });
      expect(all.json().unread).toBe(0);
    });
  },
);
