// @vitest-environment jsdom
// The IaC dialogs: the export preview shows the exporter's files; a pasted template replaces the design and reports what became generic.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../../src/iac/export/cloudformation';
import { exportTerraform } from '../../../src/iac/export/terraform';
import { everyKindDesign } from '../../../src/iac/fixtures.test-util';
import { onlyRegion } from '../../../src/iac/roundtrip.test-util';
import { appStore } from '../../store';
import { IacDialogs } from './IacDialogs';
import { detectFormat, runImport } from './run-import';
import { iacStore } from './store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => { host = document.createElement('div'); document.body.append(host); root = createRoot(host); });
afterEach(() => { act(() => root.unmount()); host.remove(); iacStore.getState().open(null); });

function type(el: HTMLTextAreaElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 25)));
  expect(check()).toBe(true);
};

describe('IaC dialogs', () => {
  it('previews the Terraform files of the design, one tab per file', () => {
    const design = everyKindDesign();
    appStore.getState().load(design, undefined);
    act(() => root.render(<IacDialogs />));
    act(() => iacStore.getState().open({ type: 'export', format: 'terraform' }));
    const tabs = [...host.querySelectorAll('[data-testid="iac-tab"]')].map((t) => t.textContent);
    expect(tabs).toEqual(Object.keys(exportTerraform(design)));
    act(() => (host.querySelectorAll<HTMLButtonElement>('[data-testid="iac-tab"]')[tabs.indexOf('versions.tf')]!).click());
    expect(host.querySelector('[data-testid="iac-preview"]')!.textContent).toContain('version = "~> 6.0"');
  });

  it('imports a pasted template into the editor and lists what became generic', async () => {
    const yaml = exportCloudFormation(onlyRegion(everyKindDesign(), 'us-east-1'))['template.yaml']!.replace('Resources:\n', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    act(() => root.render(<IacDialogs />));
    act(() => iacStore.getState().open({ type: 'import' }));
    act(() => type(host.querySelector<HTMLTextAreaElement>('[data-testid="iac-text"]')!, yaml));
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="iac-import-ok"]')!.click());
    await until(() => host.querySelector('[data-testid="iac-generic"]') !== null || host.querySelector('[data-testid="iac-error"]') !== null);
    expect(host.querySelector('[data-testid="iac-error"]')?.textContent).toBeUndefined();
    expect(host.querySelector('[data-testid="iac-generic"]')!.textContent).toContain('AWS::S3::Bucket');
    expect(appStore.getState().design.nodes.some((n) => n.id === 'alb' && n.kind === 'loadBalancer')).toBe(true);
  }, 60_000);

  it('shows where pasted text is broken', async () => {
    const r = await runImport('Resources:\n  A: {Type: [\n', 'pasted text');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^pasted text:\d+:\d+: not valid YAML/);
    expect(detectFormat('{"version": 4, "terraform_version": "1.9.0", "resources": []}')).toBe('terraform');
    expect(detectFormat('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}')).toBe('cloudformation');
  });
});
