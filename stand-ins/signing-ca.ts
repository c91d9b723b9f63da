// The certificate authority of the remote-signing stand-in: an ECDSA P-256 root, and one
// key and X.509 certificate per signer (a person by ID number, an organisation by
// enterprise code), issued on first use and kept, like a CA's HSM keeps them, under
// DATA_DIR/signing. The subject names the signer as Vietnamese CAs do: UID=CCCD:… or MST:….
import "reflect-metadata";
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  webcrypto,
  type KeyObject,
} from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import * as x509 from "@peculiar/x509";
import { signerUid, type SignerKind } from "@/lib/signing/verify";
import { currentTimeMs } from "@/lib/time";

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
const UID = "0.9.2342.19200300.100.1.1";
const YEAR_MS = 365 * 24 * 3600_000;

export type Credential = { key: KeyObject; certificate: string };
type StoredCredential = { key: string; certificate: string };

async function readStored(file: string): Promise<StoredCredential | null> {
  return readFile(file, "utf8").then(
    (t) => JSON.parse(t) as StoredCredential,
    () => null,
  );
}

async function store(file: string, credential: StoredCredential) {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(credential), { mode: 0o600 });
}

async function webKeys(key: KeyObject) {
  const privateKey = await webcrypto.subtle.importKey(
    "pkcs8",
    key.export({ type: "pkcs8", format: "der" }),
    ALGORITHM,
    false,
    ["sign"],
  );
  const publicKey = await webPublicKey(createPublicKey(key));
  return { privateKey, publicKey };
}

function webPublicKey(key: KeyObject) {
  return webcrypto.subtle.importKey("spki", key.export({ type: "spki", format: "der" }), ALGORITHM, true, ["verify"]);
}

export class SigningCa {
  private constructor(
    private readonly dir: string,
    private readonly root: Credential,
  ) {}

  /** Loads the root from `dir`, creating it on first start. */
  static async open(dir: string): Promise<SigningCa> {
    const file = path.join(dir, "ca.json");
    const existing = await readStored(file);
    if (existing) return new SigningCa(dir, { key: createPrivateKey(existing.key), certificate: existing.certificate });
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const keys = await webKeys(privateKey);
    const now = currentTimeMs();
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: randomBytes(8).toString("hex"),
      name: [
        { CN: ["Một Cửa Số – CA ký số từ xa (mô phỏng)"] },
        { O: ["Bản mô phỏng phục vụ thử nghiệm"] },
        { C: ["VN"] },
      ],
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 10 * YEAR_MS),
      signingAlgorithm: ALGORITHM,
      keys: keys as CryptoKeyPair,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ],
    });
    const root = {
      key: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
      certificate: certificate.toString("pem"),
    };
    await store(file, root);
    return new SigningCa(dir, { key: privateKey, certificate: root.certificate });
  }

  get certificate(): string {
    return this.root.certificate;
  }

  /** The signer's key and certificate, issued the first time they sign. */
  async credentialFor(kind: SignerKind, id: string, name: string): Promise<Credential> {
    if (!/^[A-Za-z0-9.]{1,40}$/.test(id)) throw new Error("invalid signer id");
    const file = path.join(this.dir, "credentials", `${kind.toLowerCase()}-${id}.json`);
    const existing = await readStored(file);
    if (existing) return { key: createPrivateKey(existing.key), certificate: existing.certificate };
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const now = currentTimeMs();
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: randomBytes(8).toString("hex"),
      subject: [{ CN: [name] }, { [UID]: [signerUid(kind, id)] }, { C: ["VN"] }],
      issuer: new x509.X509Certificate(this.root.certificate).subject,
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 3 * YEAR_MS),
      signingAlgorithm: ALGORITHM,
      publicKey: await webPublicKey(publicKey),
      signingKey: (await webKeys(this.root.key)).privateKey,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      ],
    });
    const credential = {
      key: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
      certificate: certificate.toString("pem"),
    };
    await store(file, credential);
    return { key: privateKey, certificate: credential.certificate };
  }
}
