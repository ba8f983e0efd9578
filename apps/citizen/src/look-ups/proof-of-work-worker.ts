// Solves one ALTCHA challenge off the main thread, so typing stays smooth on a slow phone while the
// proof of work is found. Receives the challenge; answers the number, or null if none was found.
import { solveChallenge } from "altcha-lib/v1";
import type { Challenge } from "altcha-lib/v1/types";

addEventListener("message", (event: MessageEvent<Challenge>) => {
  const { challenge, salt, algorithm, maxnumber } = event.data;
  void solveChallenge(challenge, salt, algorithm, maxnumber).promise.then(
    (solution) => postMessage(solution?.number ?? null),
    () => postMessage(null),
  );
});
