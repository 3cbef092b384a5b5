import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSecretValue, isSecretName, sensitiveFile } from '../../server/src/knowledge/secrets.js';

describe('secret knowledge', () => {
  it('judges names as BuildKit does', () => {
    for (const n of ['DB_PASSWORD', 'GITHUB_TOKEN', 'api_key', 'AWS_SECRET_ACCESS_KEY', 'APIKEY', 'AUTH', 'MY_CREDENTIALS', 'PWORD', 'SECRET_KEY_BASE']) assert.ok(isSecretName(n), n);
    for (const n of ['PUBLIC_KEY', 'KEYBOARD', 'TOKENIZERS_PARALLELISM', 'AUTHOR', 'PASSWORDLESS', 'MONKEY', 'PATH', 'GPG_PUBLIC_KEY']) assert.ok(!isSecretName(n), n);
  });

  it('finds credential values and where they start', () => {
    assert.equal(findSecretValue('key=AKIAIOSFODNN7EXAMPLE')?.pattern.id, 'aws-access-key-id');
    assert.equal(findSecretValue('key=AKIAIOSFODNN7EXAMPLE')?.index, 4);
    assert.equal(findSecretValue('ghp_abcdefghijklmnopqrstuvwxyz0123456789')?.pattern.id, 'github-token');
    assert.equal(findSecretValue('-----BEGIN OPENSSH PRIVATE KEY-----')?.pattern.id, 'private-key');
    assert.equal(findSecretValue('xoxb-123456789012-abcdefghij')?.pattern.id, 'slack-token');
    assert.equal(findSecretValue('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')?.pattern.id, 'jwt');
    assert.equal(findSecretValue('postgres://app:hunter22@db/app')?.pattern.id, 'url-credentials');
    assert.equal(findSecretValue('postgres://app:${PASSWORD}@db/app'), undefined);
    assert.equal(findSecretValue('http://proxy:3128'), undefined);
    assert.equal(findSecretValue('7169605F62C751356D054A26A821E680E5FA6305'), undefined);
  });

  it('recognises credential files but not certificates or examples', () => {
    assert.equal(sensitiveFile('./.env')?.description, 'an environment file');
    assert.equal(sensitiveFile('config/.env.production')?.description, 'an environment file');
    assert.equal(sensitiveFile('.env.example'), undefined);
    assert.equal(sensitiveFile('home/.ssh/')?.description, 'an SSH directory');
    assert.equal(sensitiveFile('tls/server.key')?.description, 'a private key');
    assert.equal(sensitiveFile('tls/ca.pem'), undefined);
    assert.equal(sensitiveFile('tls/fullchain.pem'), undefined);
    assert.equal(sensitiveFile('.aws/credentials')?.description, 'AWS credentials');
    assert.equal(sensitiveFile('credentials-prod.json')?.description, 'a credentials file');
    assert.equal(sensitiveFile('package.json'), undefined);
  });
});
