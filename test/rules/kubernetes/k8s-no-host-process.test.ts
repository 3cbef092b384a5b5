import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-host-process';
const opts = { path: '/work/k8s/win.yaml' };

describe(ID, () => {
  it('flags hostProcess on the pod and on a container', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  securityContext:
    windowsOptions:
      hostProcess: true
#                  ^^^^ k8s-no-host-process "Pod 'win' runs as a Windows HostProcess, with full access to the node"
      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
  hostNetwork: true
  containers:
  - name: tool
    image: mcr.microsoft.com/windows/nanoserver:ltsc2022
    securityContext:
      windowsOptions: {hostProcess: true}
#                                   ^^^^ k8s-no-host-process "Pod 'win', container 'tool' runs as a Windows HostProcess, with full access to the node"`, opts);
  });

  it('stays quiet for hostProcess: false and other windowsOptions', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  securityContext:
    windowsOptions:
      hostProcess: false
      runAsUserName: ContainerUser
  containers: [{name: a, image: "a:1"}]`, opts);
  });

  it('sets hostProcess: false', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      windowsOptions: {hostProcess: true}\n';
    assert.equal(applyFix(ID, before, opts), before.replace('hostProcess: true', 'hostProcess: false'));
  });
});
