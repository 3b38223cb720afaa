#include "TlsCertificate.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace sc::app::api {

namespace {

struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct KeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct FileClose
{
    void operator()(FILE* f) const { std::fclose(f); }
};

QString fingerprintOf(X509* cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1) {
        return {};
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex(':').toUpper());
}

std::unique_ptr<X509, X509Free> readCertificate(const QString& path)
{
    std::unique_ptr<FILE, FileClose> file(std::fopen(QFile::encodeName(path).constData(), "rb"));
    if (!file) {
        return nullptr;
    }
    return std::unique_ptr<X509, X509Free>(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
}

} // namespace

TlsCertificate TlsCertificate::ensure(const QString& directory)
{
    TlsCertificate out;
    out.certPath = QDir(directory).filePath(QStringLiteral("api-tls-cert.pem"));
    out.keyPath = QDir(directory).filePath(QStringLiteral("api-tls-key.pem"));
    if (QFile::exists(out.certPath) && QFile::exists(out.keyPath)) {
        if (auto cert = readCertificate(out.certPath)) {
            out.sha256 = fingerprintOf(cert.get());
            return out;
        }
    }
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!key || !cert) {
        out.error = QStringLiteral("cannot make a key for the API's certificate");
        return out;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get()));
    BN_free(number);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Sales Copilot local API"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        out.error = QStringLiteral("cannot sign the API's certificate");
        return out;
    }
    {
        // The key is the owner's alone, from the moment it exists.
        QFile keyFile(out.keyPath);
        if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            out.error = QStringLiteral("cannot write %1: %2").arg(out.keyPath, keyFile.errorString());
            return out;
        }
        keyFile.close();
        std::unique_ptr<FILE, FileClose> file(std::fopen(QFile::encodeName(out.keyPath).constData(), "wb"));
        if (!file || PEM_write_PrivateKey(file.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
            out.error = QStringLiteral("cannot write %1").arg(out.keyPath);
            return out;
        }
    }
    {
        std::unique_ptr<FILE, FileClose> file(std::fopen(QFile::encodeName(out.certPath).constData(), "wb"));
        if (!file || PEM_write_X509(file.get(), cert.get()) != 1) {
            out.error = QStringLiteral("cannot write %1").arg(out.certPath);
            return out;
        }
    }
    out.sha256 = fingerprintOf(cert.get());
    return out;
}

} // namespace sc::app::api
