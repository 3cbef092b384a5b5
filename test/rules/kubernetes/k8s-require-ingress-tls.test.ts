import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-ingress-tls';
const opts = { path: '/work/k8s/ingress.yaml' };

describe(ID, () => {
  it('flags an Ingress without tls entries', () => {
    expectFindings(ID, `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
#       ^^^ k8s-require-ingress-tls "Ingress 'web' sets no tls: its traffic, cookies and credentials cross the network in clear text; add a tls entry with a certificate Secret"
spec:
  rules: [{host: shop.example.com}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: empty
#       ^^^^^ k8s-require-ingress-tls
spec:
  tls: []`, opts);
  });

  it('stays quiet with tls and in templates', () => {
    expectClean(ID, 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  tls: [{hosts: [shop.example.com], secretName: shop-tls}]\n', opts);
    expectClean(ID, 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: "{{ .Release.Name }}"}\nspec:\n  rules: []\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('adds tls for the hosts of the rules, naming a certificate Secret after the Ingress', () => {
    const before = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - host: shop.example.com\n    http: {paths: []}\n  - host: api.example.com\n    http: {paths: []}\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Add tls with the certificate Secret web-tls (the Secret must exist, e.g. from cert-manager)']);
    assert.equal(applyFix(ID, before, opts), `${before}  tls:\n  - hosts:\n    - shop.example.com\n    - api.example.com\n    secretName: web-tls\n`);
  });
});
