import { requestHooksPlugin, type RequestHooks } from './request-hooks';

type Listener = Record<string, ((ctx: unknown) => Promise<void>) | undefined>;
const listenerOf = async (concerns: RequestHooks[]): Promise<Listener> =>
  (await requestHooksPlugin(concerns).requestDidStart!({} as never)) as unknown as Listener;

it('runs the concerns of a hook one after another, in the order given, each awaited before the next', async () => {
  const seen: string[] = [];
  const slow: RequestHooks = {
    async willSendResponse() {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push('transaction ended');
    },
  };
  const after: RequestHooks = {
    async willSendResponse() {
      seen.push('notice added');
    },
  };
  await (
    await listenerOf([slow, after])
  ).willSendResponse!({});
  expect(seen).toEqual(['transaction ended', 'notice added']);
});

it('gives every request the same listener, with only the hooks some concern has', async () => {
  const concerns: RequestHooks[] = [{ async didEncounterErrors() {} }, { async willSendResponse() {} }];
  const plugin = requestHooksPlugin(concerns);
  const first = (await plugin.requestDidStart!({} as never)) as unknown as Listener;
  const second = (await plugin.requestDidStart!({} as never)) as unknown as Listener;
  expect(second).toBe(first);
  expect(Object.keys(first).sort()).toEqual(['didEncounterErrors', 'willSendResponse']);
});

it('a concern that throws stops the ones after it and the error reaches Apollo', async () => {
  const ran: string[] = [];
  const listener = await listenerOf([
    {
      async willSendResponse() {
        throw new Error('commit failed');
      },
    },
    {
      async willSendResponse() {
        ran.push('later');
      },
    },
  ]);
  await expect(listener.willSendResponse!({})).rejects.toThrow('commit failed');
  expect(ran).toEqual([]);
});
