import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
