import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';

const DOVECOT = process.env.DOVECOT_PATH ?? '/usr/sbin/dovecot';

// Servers a test did not close: killed and removed when the process exits. (When it is killed
// outright, the watchdog in startDovecot still stops dovecot; only the temp folder is left.)
const unclosed = new Set<() => void>();
process.once('exit', () => {
  for (const cleanup of unclosed) cleanup();
});

export interface TestImapServerOptions {
  /** Defaults to `aitima`; any UTF-8 without `:` or line breaks (Greek works). */
  user?: string;
  /** Defaults to `aitima-test`; any UTF-8 without `:` or line breaks. */
  password?: string;
  /**
   * Also listen with implicit TLS on `tlsPort` and offer STARTTLS on `port`, both with a
   * self-signed certificate for 127.0.0.1 that nothing trusts: clients that verify fail.
   */
  tls?: boolean;
}

export interface TestImapServer {
  host: '127.0.0.1';
  port: number;
  tlsPort?: number;
  user: string;
  password: string;
  /** Adds a message (creating the folder when missing) and returns its UID. */
  append(raw: string | Buffer, folder?: string): Promise<number>;
  /** UIDs in a folder, ascending. */
  uids(folder?: string): Promise<number[]>;
  /** Every folder's path. */
  folders(): Promise<string[]>;
  /**
   * What a server that lost its index does: the folder keeps its messages, under a new
   * UIDVALIDITY and new UIDs. Restarts the server (open sessions are cut).
   */
  resetUidValidity(folder?: string): Promise<void>;
  /** Stops dovecot (open sessions are cut); the port then refuses connections. */
  stop(): Promise<void>;
  /** Starts it again on the same ports with the same mail. */
  start(): Promise<void>;
  /** Freezes every dovecot process (SIGSTOP): connections stay open and nothing answers, as a hung server. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

/**
 * A private Dovecot for one test file: its own config, runtime and mail in a temp folder,
 * listening on free ports of 127.0.0.1, never touching a system dovecot on 143/993.
 */
export async function startTestImapServer(
  options: TestImapServerOptions = {},
): Promise<TestImapServer> {
  if (!existsSync(DOVECOT)) {
    throw new Error(
      `The IMAP tests need Dovecot at ${DOVECOT}: run "bash scripts/ensure-dovecot.sh" (as root it installs dovecot-imapd), or set DOVECOT_PATH.`,
    );
  }
  const user = options.user ?? 'aitima';
  const password = options.password ?? 'aitima-test';
  for (const value of [user, password]) {
    if (/[:\r\n]/.test(value))
      throw new Error('user and password may not contain ":" or line breaks');
  }
  const dir = await mkdtemp(join(tmpdir(), 'aitima-imap-'));
  // Dovecot's auth, login and mail processes run as other users when we are root: let them in.
  await chmod(dir, 0o755);
  const home = join(dir, 'home');
  await mkdir(home);
  await mkdir(join(dir, 'run'));
  await mkdir(join(dir, 'state'));
  const identity = dovecotIdentity();
  await chown(home, identity.mailUid, identity.mailGid);
  await writeFile(
    join(dir, 'users'),
    `${user}:{PLAIN}${password}:${identity.mailUid}:${identity.mailGid}::${home}::\n`,
    { mode: 0o644 },
  );
  if (options.tls) await createSelfSignedCertificate(dir);

  let daemon: Dovecot | undefined;
  const cleanUpAtExit = () => {
    daemon?.signal('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  unclosed.add(cleanUpAtExit);
  let port = 0;
  let tlsPort: number | undefined;
  // A free port can be taken between choosing it and dovecot binding it: choose again then.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    tlsPort = options.tls ? await freePort() : undefined;
    await writeFile(join(dir, 'dovecot.conf'), dovecotConfig({ dir, port, tlsPort, identity }));
    try {
      daemon = await startDovecot(dir, port);
      break;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Address already in use')) {
        unclosed.delete(cleanUpAtExit);
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }

  const client = async <T>(work: (imap: ImapFlow) => Promise<T>): Promise<T> => {
    const imap = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: password },
      logger: false,
      disableAutoIdle: true,
    });
    imap.on('error', () => {});
    await imap.connect().catch((error: unknown) => {
      imap.close();
      throw error;
    });
    try {
      return await work(imap);
    } finally {
      await imap.logout().catch(() => imap.close());
    }
  };
  const stop = async () => {
    await daemon?.stop();
    daemon = undefined;
  };
  const start = async () => {
    if (!daemon) daemon = await startDovecot(dir, port);
  };

  return {
    host: '127.0.0.1',
    port,
    ...(tlsPort ? { tlsPort } : {}),
    user,
    password,
    append: (raw, folder = 'INBOX') =>
      client(async (imap) => {
        if (folder !== 'INBOX') await imap.mailboxCreate(folder);
        const appended = await imap.append(folder, raw);
        if (!appended || appended.uid === undefined) throw new Error(`APPEND to ${folder} failed`);
        return appended.uid;
      }),
    uids: (folder = 'INBOX') =>
      client(async (imap) => {
        await imap.mailboxOpen(folder, { readOnly: true });
        const found = await imap.search({ all: true }, { uid: true });
        return (found || []).sort((a, b) => a - b);
      }),
    folders: () => client(async (imap) => (await imap.list()).map((folder) => folder.path)),
    resetUidValidity: async (folder = 'INBOX') => {
      await stop();
      // Maildir++: INBOX is the root, other folders are ".Name" beside it.
      const maildir = join(home, 'Maildir', folder === 'INBOX' ? '' : `.${folder}`);
      for (const file of await readdir(maildir)) {
        if (file === 'dovecot-uidlist' || file.startsWith('dovecot.index')) {
          await rm(join(maildir, file));
        }
      }
      await start();
    },
    stop,
    start,
    pause: () => daemon?.signal('SIGSTOP'),
    resume: () => daemon?.signal('SIGCONT'),
    close: async () => {
      await stop();
      unclosed.delete(cleanUpAtExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

interface DovecotIdentity {
  /** Runs dovecot's own services (auth, config, log). */
  internalUser: string;
  internalGroup: string;
  /** Runs the login processes, which dovecot refuses to run as root. */
  loginUser: string;
  /** Owns the mail; dovecot never accesses mail as root. */
  mailUid: number;
  mailGid: number;
}

/**
 * As root: dovecot's services as root, logins as the package's `dovenull`, mail as `nobody`.
 * Otherwise everything runs as the current user, which dovecot allows when not started as root.
 */
function dovecotIdentity(): DovecotIdentity {
  const me = userInfo();
  if (me.uid !== 0) {
    const group = groupName(me.gid);
    return {
      internalUser: me.username,
      internalGroup: group,
      loginUser: me.username,
      mailUid: me.uid,
      mailGid: me.gid,
    };
  }
  const nobody = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((fields) => fields[0] === 'nobody');
  return {
    internalUser: 'root',
    internalGroup: 'root',
    loginUser: 'dovenull',
    mailUid: Number(nobody?.[2] ?? 65534),
    mailGid: Number(nobody?.[3] ?? 65534),
  };
}

function groupName(gid: number): string {
  const line = readFileSync('/etc/group', 'utf8')
    .split('\n')
    .map((entry) => entry.split(':'))
    .find((fields) => fields[2] === String(gid));
  if (!line?.[0]) throw new Error(`no name for group ${gid} in /etc/group`);
  return line[0];
}

function dovecotConfig(input: {
  dir: string;
  port: number;
  tlsPort: number | undefined;
  identity: DovecotIdentity;
}): string {
  const { dir, port, tlsPort, identity } = input;
  const isRoot = userInfo().uid === 0;
  return `# A private test server: nothing here is shared with a system dovecot.
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = aitima-test-${port}
login_greeting = ${greetingOf(port)}
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
${
  tlsPort
    ? `ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem`
    : 'ssl = no'
}
# Plain LOGIN/AUTHENTICATE over the unencrypted test port, and user names in any script.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_chars =
# No 2-second pause after a wrong password. (Dovecot also delays this IP's next logins for a
# few seconds after one, in anvil: test wrong passwords on a server of their own.)
auth_failure_delay = 0
default_internal_user = ${identity.internalUser}
default_internal_group = ${identity.internalGroup}
default_login_user = ${identity.loginUser}
first_valid_uid = ${Math.min(identity.mailUid, 500)}
first_valid_gid = ${Math.min(identity.mailGid, 1)}
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/users
}
userdb {
  driver = passwd-file
  args = ${dir}/users
}
service imap-login {
  ${isRoot ? '' : '# chroot needs root\n  chroot =\n  user = $default_login_user'}
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort ?? 0}
    ssl = yes
  }
}
`;
}

interface Dovecot {
  stop(): Promise<void>;
  signal(signal: NodeJS.Signals): void;
}

/**
 * Runs `dovecot -F` in a process group of its own, under a small shell that kills that group
 * when our end of its stdin closes: on stop(), and also when this process exits or crashes, so
 * no test leaves a dovecot running. The group matters: imap processes outlive their master.
 */
async function startDovecot(dir: string, port: number): Promise<Dovecot> {
  const child = spawn(
    'sh',
    [
      '-c',
      'exec 3<&0; (read _ <&3; kill -TERM 0) & exec "$0" -F -c "$1"',
      DOVECOT,
      join(dir, 'dovecot.conf'),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const group = child.pid;
  if (group === undefined) throw new Error(`could not run ${DOVECOT}`);
  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let hasExited = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      hasExited = true;
      resolve();
    }),
  );
  const stop = async () => {
    child.stdin.end();
    signalGroup(group, 'SIGTERM');
    signalGroup(group, 'SIGCONT'); // a paused server acts on SIGTERM only once it runs
    await Promise.race([exited, delay(10_000)]);
    // Login processes hold the listening socket too; the port is closed once they are gone.
    const until = Date.now() + 10_000;
    while ((await isListening(port)) && Date.now() < until) await delay(20);
    signalGroup(group, 'SIGKILL');
  };

  // Our own greeting, so that another program that took the port is not mistaken for us.
  const deadline = Date.now() + 15_000;
  while (!(await greets(port, greetingOf(port)))) {
    if (hasExited || Date.now() > deadline) {
      await stop();
      throw new Error(`dovecot did not start listening on ${port}:\n${log}`);
    }
    await delay(50);
  }
  return {
    stop,
    signal: (signal) => {
      signalGroup(group, signal);
    },
  };
}

/** Sends a signal to every process of a group; false when none is left. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

const greetingOf = (port: number) => `aitima-test-imap-${port} ready`;

/** True when the port answers with this greeting line. */
function greets(port: number, greeting: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const finish = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2_000, () => finish(false));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (received.includes('\n')) finish(received.includes(greeting));
    });
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(false));
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function createSelfSignedCertificate(dir: string): Promise<void> {
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
