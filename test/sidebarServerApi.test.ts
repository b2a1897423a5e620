/** The sidebar's one door to the server: google.script.run as promises, at most 10 calls at a time. */
import { describe, expect, it } from 'vitest';
import { googleScriptRunApi, localServerApi, MAX_CONCURRENT_CALLS } from '../sidebar/serverApi.ts';
import { buildWizardModel } from '../src/wizard/wizardModel.ts';
import type { ServerApi } from '../src/shared/wizardApi.ts';

/** A stand-in for google.script.run whose calls finish only when the test says so. */
function fakeScriptRun() {
  const pending: { name: string; args: unknown[]; succeed: (value: unknown) => void; fail: (error: Error) => void }[] =
    [];
  const runner = (
    succeed: (value: unknown) => void = () => undefined,
    fail: (error: Error) => void = () => undefined,
  ) =>
    new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, fail);
          if (name === 'withFailureHandler') return (handler: (error: Error) => void) => runner(succeed, handler);
          return (...args: unknown[]) => pending.push({ name, args, succeed, fail });
        },
      },
    );
  return { run: runner() as unknown as google.script.RunnerFunctions & google.script.PublicEndpoints, pending };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the server door of the sidebar', () => {
  it('runs at most 10 google.script.run calls at once and starts the next as one finishes', async () => {
    const { run, pending } = fakeScriptRun();
    const api = googleScriptRunApi(run);
    const results = Array.from({ length: 14 }, (_, index) => api.previewWizard({ index } as never));
    await tick();
    expect(pending).toHaveLength(MAX_CONCURRENT_CALLS);
    pending[0].succeed('first');
    await tick();
    expect(pending).toHaveLength(MAX_CONCURRENT_CALLS + 1);
    for (const call of pending.slice(1)) call.succeed('ok');
    await tick();
    for (const call of pending.slice(MAX_CONCURRENT_CALLS + 1)) call.succeed('ok');
    await expect(Promise.all(results)).resolves.toHaveLength(14);
    expect(pending.map((call) => (call.args[0] as { index: number }).index)).toEqual([...Array(14).keys()]);
  });

  it('turns a server failure into a rejected promise with its message', async () => {
    const { run, pending } = fakeScriptRun();
    const result = googleScriptRunApi(run).applyWizard({} as never);
    await tick();
    expect(pending[0].name).toBe('applyWizard');
    pending[0].fail(new Error('Exception: Service timed out'));
    await expect(result).rejects.toThrow('Service timed out');
  });

  it('the local door passes payloads through JSON, as the real wire does', async () => {
    const server = {
      getWizardModel: (language) => buildWizardModel(language ?? 'en', null, '2026-01-05'),
      previewWizard: () => ({ recommendations: [], vanity: [], messages: [], extra: undefined }),
      applyWizard: () => {
        throw new Error('boom');
      },
      activateKpiMap: () => undefined,
    } as ServerApi;
    const api = localServerApi(server);
    const model = await api.getWizardModel('nl');
    expect(model.language).toBe('nl');
    expect(await api.previewWizard({} as never)).not.toHaveProperty('extra');
    await expect(api.applyWizard({} as never)).rejects.toThrow('boom');
    await expect(api.activateKpiMap()).resolves.toBeUndefined();
  });
});
